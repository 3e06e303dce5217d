using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Conversation.Texts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CoordinatieBot.Tabs;

/// <summary>
/// The family's plan as a PDF (PDFsharp 6.2.4, MIT): A4, black on white (it prints in black and white), one column,
/// large type, the font embedded as a subset (DejaVu Sans or Liberation Sans from Debian's packages, read by
/// <see cref="DebianFontResolver"/>). It lays out a <see cref="FamilyPlanDocument"/> and adds nothing: every word is
/// the document's.
/// </summary>
public static class FamilyPlanPdf
{
    private const double Margin = 56; // about 2 cm
    private const double FooterSpace = 36;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly XColor Grey = XColor.FromArgb(0x44, 0x44, 0x44);

    public static byte[] Render(FamilyPlanDocument document, DebianFontResolver fonts)
    {
        DebianFontResolver.Install(fonts);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "CoordinatieBot";
        var writer = new Writer(pdf);

        writer.Paragraph(document.Title, Font(20, XFontStyleEx.Bold), XBrushes.Black, after: 6);
        writer.Paragraph(document.Intro, Font(12), XBrushes.Black, after: 4);
        writer.Paragraph(document.MadeOn, Font(10), new XSolidBrush(Grey), after: 10);
        foreach (var section in document.Sections)
        {
            // The place to sign stays on one page with its heading.
            if (section.Lines.Any(l => l.Kind == FamilyPlanLineKind.SignLine)) writer.Room(60 + 40 * section.Lines.Count);
            writer.Heading(section.Heading);
            foreach (var line in section.Lines)
            {
                switch (line.Kind)
                {
                    case FamilyPlanLineKind.Subheading:
                        writer.Paragraph(line.Text, Font(12, XFontStyleEx.Bold), XBrushes.Black, before: 6, after: 1);
                        break;
                    case FamilyPlanLineKind.Quote:
                        writer.Quote(line.Text, Font(13, XFontStyleEx.Italic));
                        break;
                    case FamilyPlanLineKind.Detail:
                        writer.Paragraph(line.Text, Font(10.5), new XSolidBrush(Grey), after: 2);
                        break;
                    case FamilyPlanLineKind.SignLine:
                        writer.SignLine(line.Text, Font(11));
                        break;
                    default:
                        writer.Paragraph(line.Text, Font(12), XBrushes.Black, after: 3);
                        break;
                }
            }
        }
        writer.Finish();

        // The footer on every page, now that the number of pages is known.
        var pages = pdf.PageCount;
        for (var i = 0; i < pages; i++)
        {
            using var gfx = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var page = pdf.Pages[i];
            var footer = $"{document.Title} · {TabTexts.FamilyPlan.PageOf(document.Language, i + 1, pages)}";
            gfx.DrawString(footer, Font(9), new XSolidBrush(Grey),
                new XRect(Margin, page.Height.Point - Margin + 8, page.Width.Point - 2 * Margin, 14), XStringFormats.TopLeft);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(DebianFontResolver.FamilyName, size, style, Unicode);

    /// <summary>Writes lines top to bottom, wrapping words and starting a new page where the page is full.</summary>
    private sealed class Writer
    {
        private readonly PdfDocument _pdf;
        private PdfPage _page = null!;
        private XGraphics _gfx = null!;
        private double _y;

        public Writer(PdfDocument pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        private double Width => _page.Width.Point - 2 * Margin;
        private double Bottom => _page.Height.Point - Margin - FooterSpace;

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = _pdf.AddPage();
            _page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Room(double height)
        {
            if (_y + height > Bottom) NewPage();
        }

        public void Heading(string text)
        {
            var font = Font(15, XFontStyleEx.Bold);
            var lineHeight = font.GetHeight();
            // A heading is not left alone at the foot of a page: it needs room for a line or two after it.
            Room(lineHeight * 3 + 14);
            _y += 12;
            Draw(Wrap(text, font, Width), font, XBrushes.Black, Margin);
            _gfx.DrawLine(new XPen(XColors.Black, 1), Margin, _y + 2, Margin + Width, _y + 2);
            _y += 8;
        }

        public void Paragraph(string text, XFont font, XBrush brush, double before = 0, double after = 0)
        {
            _y += before;
            Draw(Wrap(text, font, Width), font, brush, Margin);
            _y += after;
        }

        /// <summary>The family's own words: indented, italic, with a bar in front, so they stand out without colour.</summary>
        public void Quote(string text, XFont font)
        {
            var lines = Wrap(text, font, Width - 16);
            var lineHeight = font.GetHeight();
            var top = _y;
            foreach (var line in lines)
            {
                if (_y + lineHeight > Bottom)
                {
                    NewPage();
                    top = _y;
                }
                _gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin + 14, _y, Width - 14, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
                _gfx.DrawLine(new XPen(XColors.Black, 2.5), Margin + 3, top, Margin + 3, _y);
            }
            _y += 4;
        }

        /// <summary>A label with a line after it to write on.</summary>
        public void SignLine(string label, XFont font)
        {
            var lineHeight = font.GetHeight();
            Room(lineHeight + 26);
            _y += 18;
            _gfx.DrawString(label, font, XBrushes.Black, new XRect(Margin, _y, Width, lineHeight), XStringFormats.TopLeft);
            var start = Margin + Math.Min(_gfx.MeasureString(label + "  ", font).Width, Width / 2);
            _gfx.DrawLine(new XPen(XColors.Black, 0.8), start, _y + lineHeight, Margin + Width, _y + lineHeight);
            _y += lineHeight + 4;
        }

        public void Finish() => _gfx.Dispose();

        private void Draw(IReadOnlyList<string> lines, XFont font, XBrush brush, double x)
        {
            var lineHeight = font.GetHeight();
            foreach (var line in lines)
            {
                Room(lineHeight);
                _gfx.DrawString(line, font, brush, new XRect(x, _y, Width, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        /// <summary>Words as lines that fit <paramref name="width"/>; a word longer than a line is cut where it must be.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (_gfx.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }
                    if (line.Length > 0) lines.Add(line);
                    line = word;
                    while (line.Length > 1 && _gfx.MeasureString(line, font).Width > width)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width) cut--;
                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }
                lines.Add(line);
            }
            return lines;
        }
    }
}
