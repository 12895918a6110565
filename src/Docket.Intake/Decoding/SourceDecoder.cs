using System.Text;
using Docket.Core.Diagnostics;

namespace Docket.Intake.Decoding;

/// <summary>
/// Turns the bytes of a text file into text: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, and
/// Windows-1252 when the bytes are not UTF-8; then repairs mojibake. Never throws on input bytes.
/// </summary>
public static class SourceDecoder
{
    /// <summary>The largest input intake reads: 20 MiB. Larger inputs get <see cref="IntakeDiagnosticCodes.TooLarge"/>.</summary>
    public const long MaxInputBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.Length > MaxInputBytes)
        {
            return Fail("none", IntakeDiagnosticCodes.TooLarge, $"The input is {bytes.Length:N0} bytes; the limit is {MaxInputBytes:N0} bytes.");
        }

        string text;
        string encoding;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (text, encoding) = (DecodeUtf8(bytes[3..], diagnostics), "utf-8-bom");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (text, encoding) = (new UTF32Encoding(false, true, false).GetString(bytes[4..]), "utf-32le");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (text, encoding) = (new UnicodeEncoding(false, true, false).GetString(bytes[2..]), "utf-16le");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (text, encoding) = (new UnicodeEncoding(true, true, false).GetString(bytes[2..]), "utf-16be");
        }
        else if (LooksBinary(bytes))
        {
            return Fail("binary", IntakeDiagnosticCodes.BinaryInput, "The input is binary data, not text (it contains NUL or control bytes).");
        }
        else if (IsValidUtf8(bytes))
        {
            (text, encoding) = (StrictUtf8.GetString(bytes), "utf-8");
        }
        else if (MostlyUtf8(bytes))
        {
            (text, encoding) = (DecodeUtf8(bytes, diagnostics), "utf-8");
        }
        else
        {
            text = LegacyEncodings.Windows1252.GetString(bytes);
            encoding = "windows-1252";
            diagnostics.Add(new Diagnostic(
                IntakeDiagnosticCodes.LegacyEncoding, DiagnosticSeverity.Info, null, "The input is not UTF-8; it was decoded as Windows-1252."));
        }

        return FromText(text, encoding, diagnostics);
    }

    /// <summary>Checks, repairs and wraps text that is already decoded (from .docx or .pdf).</summary>
    public static DecodedSource FromText(string text, string encoding, List<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        diagnostics ??= [];
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.EmptyInput, DiagnosticSeverity.Error, null, "The input is empty: there is no text to read."));
            return new DecodedSource(null, encoding, 0, [.. diagnostics]);
        }

        var repaired = MojibakeRepairer.Repair(text, diagnostics, out var repairs);
        return new DecodedSource(repaired, encoding, repairs, [.. diagnostics]);
    }

    private static DecodedSource Fail(string encoding, string code, string message) =>
        new(null, encoding, 0, [new Diagnostic(code, DiagnosticSeverity.Error, null, message)]);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        if (IsValidUtf8(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var text = LenientUtf8.GetString(bytes);
        var count = text.Count(c => c == '\uFFFD');
        diagnostics.Add(new Diagnostic(
            IntakeDiagnosticCodes.InvalidBytes,
            DiagnosticSeverity.Warning,
            null,
            $"{count} invalid UTF-8 byte sequence(s) were replaced with U+FFFD."));
        return text;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    // UTF-8 with a few damaged bytes is still UTF-8; Windows-1252 text almost never contains a valid multi-byte sequence.
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(consumed, 1);
        }

        return valid > 0 && valid >= invalid * 2;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 20 > sample.Length;
    }
}
