using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Docket.Intake.Documents;

/// <summary>
/// Reads the text of a .docx body as intake text: one line per paragraph, headings as <c>#</c> lines, list
/// paragraphs as <c>-</c> items, wholly bold paragraphs as <c>**…**</c> lines and table rows joined with <c>|</c>,
/// so that the house format survives the trip through Word.
/// </summary>
internal static partial class DocxTextReader
{
    public static string Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(builder, paragraph);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        builder.AppendJoin(" | ", row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(ParagraphText))));
                        builder.Append('\n');
                    }

                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AppendParagraph(StringBuilder builder, Paragraph paragraph)
    {
        var text = ParagraphText(paragraph).Trim();
        if (text.Length == 0)
        {
            builder.Append('\n');
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            var level = int.TryParse(new string([.. style.Where(char.IsAsciiDigit)]), out var l) ? l : 1;
            builder.Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(text).Append('\n');
            return;
        }

        if (properties?.NumberingProperties is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase))
        {
            var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? 0;
            // Authors often type the number themselves ("1. Acme – …"); keep theirs rather than adding a bullet.
            var marker = WrittenMarker().IsMatch(text) ? string.Empty : "- ";
            builder.Append(' ', level * 3).Append(marker).Append(Emphasised(paragraph, text)).Append('\n');
            return;
        }

        var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        if (runs.Count > 0 && runs.All(IsBold))
        {
            builder.Append("**").Append(text).Append("**\n");
            return;
        }

        builder.Append(Emphasised(paragraph, text)).Append('\n');
    }

    // A leading bold run ("**TechSecure, Inc.** – a vendor", "**Late Delivery:** …") keeps its markers, as in the house format.
    private static string Emphasised(Paragraph paragraph, string text)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Length > 0).ToList();
        var boldRuns = new StringBuilder();
        foreach (var run in runs)
        {
            if (!IsBold(run))
            {
                break;
            }

            boldRuns.Append(run.InnerText);
        }

        var bold = boldRuns.ToString().Trim();
        if (bold.Length == 0 || bold.Length == text.Length)
        {
            return text;
        }

        var at = text.IndexOf(bold, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        // A typed list number stays outside the markers: "1. **Acme, Inc.** - …".
        var marker = WrittenMarker().Match(bold);
        var (lead, inner) = marker.Success ? (bold[..marker.Length], bold[marker.Length..]) : (string.Empty, bold);
        return text[..at] + lead + "**" + inner + "**" + text[(at + bold.Length)..];
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    builder.Append(t.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsBold(Run run)
    {
        var bold = run.RunProperties?.Bold;
        return bold is not null && (bold.Val is null || bold.Val.Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|[-*•–—])\s")]
    private static partial System.Text.RegularExpressions.Regex WrittenMarker();
}
