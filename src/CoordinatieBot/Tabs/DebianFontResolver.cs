using PdfSharp.Fonts;

namespace CoordinatieBot.Tabs;

/// <summary>
/// The fonts of the family's plan PDF, for PDFsharp on Linux (which has no font lookup of its own): DejaVu Sans from
/// Debian's fonts-dejavu-core, else Liberation Sans from fonts-liberation, read from <c>FamilyPlan:FontDirectory</c>
/// (default <c>/usr/share/fonts</c>, searched with its subfolders) and embedded in the PDF. Both are free fonts
/// (Bitstream Vera / DejaVu licence, SIL OFL) that may be embedded. scripts/setup installs the packages.
/// </summary>
public sealed class DebianFontResolver : IFontResolver
{
    /// <summary>The family name the PDF asks for; the resolver maps it to whichever of the fonts it found.</summary>
    public const string FamilyName = "Plan Sans";

    public const string DefaultDirectory = "/usr/share/fonts";

    private static readonly (string Regular, string Bold, string Italic, string BoldItalic)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    ];

    private static readonly Lock InstallLock = new();
    private readonly Dictionary<string, string> _files;

    public DebianFontResolver(string? directory)
    {
        var root = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
        var found = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.ttf", SearchOption.AllDirectories).GroupBy(Path.GetFileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal)
            : [];
        foreach (var set in Candidates)
        {
            if (!found.ContainsKey(set.Regular) || !found.ContainsKey(set.Bold)) continue;
            _files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["regular"] = found[set.Regular],
                ["bold"] = found[set.Bold],
                ["italic"] = found.GetValueOrDefault(set.Italic) ?? found[set.Regular],
                ["bolditalic"] = found.GetValueOrDefault(set.BoldItalic) ?? found[set.Bold],
            };
            Source = Path.GetFileNameWithoutExtension(set.Regular);
            return;
        }
        throw new InvalidOperationException(
            $"No font for the family plan PDF in '{root}': install fonts-dejavu-core or fonts-liberation (scripts/setup does), or set FamilyPlan:FontDirectory");
    }

    /// <summary>Which font was found (its regular file's name), for the log.</summary>
    public string Source { get; } = "";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new((isBold, isItalic) switch
        {
            (true, true) => "bolditalic",
            (true, false) => "bold",
            (false, true) => "italic",
            _ => "regular",
        });

    public byte[]? GetFont(string faceName) => _files.TryGetValue(faceName, out var path) ? File.ReadAllBytes(path) : null;

    /// <summary>PDFsharp's resolver is process-wide and set once: the first host's resolver stays (the same fonts).</summary>
    public static void Install(DebianFontResolver resolver)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = resolver;
        }
    }
}
