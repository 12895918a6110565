using System.Text;

namespace Docket.Web.Api;

/// <summary>
/// What an upload may be: the file name's extension must be one Docket accepts, and the first bytes must agree with it
/// (a ".pdf" starts "%PDF-", a ".docx" is a ZIP, a text file is UTF-8 with no NUL), so a renamed executable is refused.
/// </summary>
internal static class Uploads
{
    /// <summary>How many leading bytes the check reads.</summary>
    public const int SniffBytes = 8192;

    private static readonly Dictionary<string, string> Binary = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".zip"] = "application/zip",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    private static readonly Dictionary<string, string> Text = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain", [".md"] = "text/markdown", [".csv"] = "text/csv", [".json"] = "application/json",
        [".log"] = "text/plain", [".xml"] = "application/xml", [".eml"] = "message/rfc822",
    };

    /// <summary>The narrative formats intake reads.</summary>
    public static readonly string[] NarrativeExtensions = [".txt", ".md", ".docx", ".pdf"];

    /// <summary>The evidence formats accepted.</summary>
    public static IEnumerable<string> EvidenceExtensions => Binary.Keys.Concat(Text.Keys);

    /// <summary>The media type of a file named <paramref name="fileName"/> that starts with <paramref name="head"/>; null when refused.</summary>
    public static string? MediaType(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        if (Binary.TryGetValue(extension, out var binary))
        {
            var matches = binary switch
            {
                "application/pdf" => head.StartsWith("%PDF-"u8),
                "image/png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
                "image/jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
                _ => head.StartsWith("PK\u0003\u0004"u8),
            };
            return matches ? binary : null;
        }

        if (Text.TryGetValue(extension, out var text))
        {
            return head.IndexOf((byte)0) < 0 && IsUtf8Prefix(head) ? text : null;
        }

        return null;
    }

    /// <summary>The media type of a narrative named <paramref name="fileName"/> with <paramref name="content"/>; null when it is not one intake reads.</summary>
    public static string? NarrativeType(string fileName, ReadOnlySpan<byte> content) =>
        NarrativeExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase)
            ? MediaType(fileName, content[..Math.Min(content.Length, SniffBytes)])
            : null;

    /// <summary>The first <see cref="SniffBytes"/> bytes of an upload (fewer when it is shorter), read from <paramref name="body"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>> HeadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var head = new byte[SniffBytes];
        var read = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return head.AsMemory(0, read);
    }

    /// <summary>A safe file name to record: the last path segment, control characters removed, at most 200 characters.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length > 200 ? name[^200..] : name;
    }

    // Valid UTF-8, allowing a character cut off at the end of the sniffed bytes (or UTF-16 with a BOM, which intake reads).
    private static bool IsUtf8Prefix(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        for (var cut = 0; cut < 4 && cut <= head.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
