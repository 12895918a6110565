using System.Text;
using Docket.Core.Diagnostics;
using Docket.Intake.Syntax;

namespace Docket.Intake.Decoding;

/// <summary>
/// Repairs UTF-8 text that was once decoded as Windows-1252 ("â€™" for "’", "Ã©" for "é").
/// </summary>
/// <remarks>
/// A sequence is repaired only when its characters map back to Windows-1252 bytes that form exactly one
/// well-formed, non-ASCII UTF-8 scalar: a lead byte C2–F4 followed by the right number of continuation bytes
/// 80–BF. Ordinary accented text ("café", "Zürich") never has that shape, so it is left alone.
/// </remarks>
internal static class MojibakeRepairer
{
    private static readonly Dictionary<char, byte> Cp1252Bytes = BuildReverseMap();

    public static string Repair(string text, List<Diagnostic> diagnostics, out int repairs)
    {
        repairs = 0;
        if (!HasCandidate(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var found = new List<(int OutStart, int OutLength, string Original)>();
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            if (TryDecodeAt(text, i, bytes, out var consumed, out var scalar))
            {
                found.Add((output.Length, scalar.Utf16SequenceLength, text.Substring(i, consumed)));
                output.Append(scalar.ToString());
                i += consumed;
                continue;
            }

            output.Append(text[i]);
            i++;
        }

        var repaired = output.ToString();
        var source = new SourceText(repaired);
        foreach (var (start, length, original) in found)
        {
            diagnostics.Add(new Diagnostic(
                IntakeDiagnosticCodes.MojibakeRepaired,
                DiagnosticSeverity.Info,
                source.Span(start, start + length),
                $"Repaired mojibake '{original}' to '{repaired.Substring(start, length)}'."));
        }

        repairs = found.Count;
        return repaired;
    }

    private static bool HasCandidate(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u00C2' and <= '\u00F4')
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDecodeAt(string text, int index, Span<byte> bytes, out int consumed, out Rune scalar)
    {
        consumed = 0;
        scalar = default;
        if (!Cp1252Bytes.TryGetValue(text[index], out var lead) || lead < 0xC2 || lead > 0xF4)
        {
            return false;
        }

        var length = lead switch
        {
            < 0xE0 => 2,
            < 0xF0 => 3,
            _ => 4,
        };
        if (index + length > text.Length)
        {
            return false;
        }

        bytes[0] = lead;
        for (var k = 1; k < length; k++)
        {
            if (!Cp1252Bytes.TryGetValue(text[index + k], out var b) || b < 0x80 || b > 0xBF)
            {
                return false;
            }

            bytes[k] = b;
        }

        if (Rune.DecodeFromUtf8(bytes[..length], out scalar, out var used) != System.Buffers.OperationStatus.Done || used != length)
        {
            return false;
        }

        consumed = length;
        return true;
    }

    private static Dictionary<char, byte> BuildReverseMap()
    {
        var encoding = LegacyEncodings.Windows1252;
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD')
            {
                map[decoded[0]] = (byte)b;
            }
            else
            {
                // The five bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) survive as C1 controls.
                map[(char)b] = (byte)b;
            }
        }

        return map;
    }
}
