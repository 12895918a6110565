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
internal static class DocxTextReader
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
            builder.Append(' ', level * 3).Append("- ").Append(text).Append('\n');
            return;
        }

        var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        if (runs.Count > 0 && runs.All(IsBold))
        {
            builder.Append("**").Append(text).Append("**\n");
            return;
        }

        builder.Append(text).Append('\n');
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
}
