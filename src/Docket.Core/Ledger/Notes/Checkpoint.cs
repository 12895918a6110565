using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Docket.Core.Ledger.Notes;

/// <summary>
/// A C2SP tlog-checkpoint: the origin line, the decimal tree size, the base64 root hash and optional extension
/// lines, each ending in a newline. Signed as a <see cref="SignedNote"/>.
/// </summary>
/// <param name="Origin">The log's unique name, for example "docket.example/case/42".</param>
/// <param name="Size">Number of entries.</param>
/// <param name="RootHash">RFC 9162 root of the first <paramref name="Size"/> entries (32 bytes).</param>
/// <param name="Extensions">Extra lines, in order.</param>
public sealed record Checkpoint(string Origin, long Size, ImmutableArray<byte> RootHash, ImmutableArray<string> Extensions)
{
    /// <summary>The checkpoint's note text.</summary>
    public string ToText()
    {
        var b = new StringBuilder();
        b.Append(Origin).Append('\n');
        b.Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        b.Append(Convert.ToBase64String(RootHash.AsSpan())).Append('\n');
        foreach (var line in Extensions)
        {
            b.Append(line).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>Parses a checkpoint's text; null with <paramref name="error"/> when malformed.</summary>
    public static Checkpoint? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var lines = text.EndsWith('\n') ? text[..^1].Split('\n') : [];
        if (lines.Length < 3 || lines[0].Length == 0
            || !long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || lines[1] != size.ToString(CultureInfo.InvariantCulture))
        {
            error = "A checkpoint is an origin line, a decimal size and a base64 root, each ending in a newline.";
            return null;
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            error = "The root hash is not valid base64.";
            return null;
        }

        if (root.Length != Merkle.MerkleHash.Size || lines.Skip(3).Any(l => l.Length == 0))
        {
            error = "The root hash must be 32 bytes and extension lines must not be empty.";
            return null;
        }

        return new Checkpoint(lines[0], size, [.. root], [.. lines.Skip(3)]);
    }
}
