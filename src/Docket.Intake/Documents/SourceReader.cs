using Docket.Core.Diagnostics;
using Docket.Intake.Decoding;

namespace Docket.Intake.Documents;

/// <summary>Reads an input file's bytes as text according to its extension: .txt and .md (and anything else
/// textual) through <see cref="SourceDecoder"/>, .docx through Open XML, .pdf through PdfPig.</summary>
public static class SourceReader
{
    /// <summary>Extensions read as documents rather than text.</summary>
    public static IReadOnlySet<string> DocumentExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".docx", ".pdf" };

    private static readonly HashSet<string> Unsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        ".doc", ".rtf", ".odt", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".exe", ".dll",
    };

    /// <summary>Reads <paramref name="bytes"/> of a file called <paramref name="name"/>. Never throws on the content.</summary>
    public static DecodedSource Read(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(name);
        if (bytes.LongLength > SourceDecoder.MaxInputBytes)
        {
            return SourceDecoder.Decode(bytes);
        }

        if (Unsupported.Contains(extension))
        {
            return Error(extension, IntakeDiagnosticCodes.UnsupportedType,
                $"'{extension}' files are not supported; use .txt, .md, .docx or .pdf.");
        }

        if (extension.Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return ReadDocument("docx", () => DocxTextReader.Read(new MemoryStream(bytes, writable: false)));
        }

        if (extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return ReadDocument("pdf", () => PdfTextReader.Read(bytes));
        }

        return SourceDecoder.Decode(bytes);
    }

    private static DecodedSource ReadDocument(string kind, Func<string> read)
    {
        string text;
        try
        {
            text = read();
        }
#pragma warning disable CA1031 // Open XML and PdfPig throw many exception types on malformed files; any of them means "unreadable document".
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Error(kind, IntakeDiagnosticCodes.UnreadableDocument, $"The {kind} file could not be read: {ex.Message}");
        }

        return SourceDecoder.FromText(text, kind);
    }

    private static DecodedSource Error(string encoding, string code, string message) =>
        new(null, encoding, 0, [new Diagnostic(code, DiagnosticSeverity.Error, null, message)]);
}
