using System.Runtime.CompilerServices;
using System.Text;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// The figures of the security tests. Lines starting with "[security]", "[exactly-once]" or "[sweep]" that any test
/// writes to the console are also appended to the file named by COORDINATIEBOT_FIGURES (scripts/test sets it to
/// artifacts/security-summary.txt and prints the file at the end of the run): VSTest does not show the console
/// output of passing tests.
/// </summary>
public static class SecurityFigures
{
    private static readonly object FileLock = new();
    private static readonly string[] Tags = ["[security]", "[exactly-once]", "[sweep]"];

    [ModuleInitializer]
    internal static void CaptureFigureLines()
    {
        if (Environment.GetEnvironmentVariable("COORDINATIEBOT_FIGURES") is not { Length: > 0 }) return;
        Console.SetOut(TextWriter.Synchronized(new FigureTee(Console.Out)));
    }

    /// <summary>One line of figures: "[security] area: tried N, refused N, succeeded N, leaks N".</summary>
    public static void Report(string area, int tried, int refused, int succeeded, int leaks, string? extra = null) =>
        Console.WriteLine($"[security] {area}: tried {tried}, refused {refused}, succeeded {succeeded}, leaks {leaks}{(extra is null ? "" : "; " + extra)}");

    public static void Line(string text) => Console.WriteLine($"[security] {text}");

    private static void Append(string line)
    {
        if (Environment.GetEnvironmentVariable("COORDINATIEBOT_FIGURES") is not { Length: > 0 } path) return;
        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    private sealed class FigureTee(TextWriter inner) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            if (value == '\n') Flush(_line.ToString().TrimEnd('\r'));
            else _line.Append(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "") Write(c);
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            Write('\n');
        }

        public override void Flush() => inner.Flush();

        private void Flush(string line)
        {
            _line.Clear();
            if (Tags.Any(t => line.StartsWith(t, StringComparison.Ordinal))) Append(line);
        }
    }
}
