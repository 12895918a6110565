using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Docket.Intake.Documents;

/// <summary>Reads the text of a PDF in reading order, page after page, with a blank line between pages.</summary>
internal static class PdfTextReader
{
    public static string Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var builder = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            var text = ContentOrderTextExtractor.GetText(page);
            builder.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()).Append("\n\n");
        }

        return builder.ToString();
    }
}
