using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Docket.Core.Ledger.Notes;

/// <summary>The name and key ID that identify a signed-note key (C2SP signed-note).</summary>
/// <remarks>The key ID is the first four bytes, big-endian, of SHA-256(name || 0x0A || 0x01 || 32-byte Ed25519 public key).</remarks>
public static class NoteKey
{
    /// <summary>Signature type byte of Ed25519 keys.</summary>
    public const byte Ed25519 = 0x01;

    /// <summary>Computes the key ID of an Ed25519 public key under <paramref name="name"/>.</summary>
    public static uint KeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = 0x0A;
        buffer[nameBytes.Length + 1] = Ed25519;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(buffer));
    }

    /// <summary>
    /// Splits "name+hexid+base64" at its first two '+' signs only, since base64 may itself contain '+'; checks the
    /// name, the type byte and the key ID. Returns null with <paramref name="error"/> when the key is malformed.
    /// </summary>
    internal static (string Name, uint Id, byte[] Key)? Parse(string text, int keyLength, out string? error)
    {
        error = null;
        var first = text.IndexOf('+', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf('+', first + 1);
        if (first <= 0 || second < 0)
        {
            error = "A key is written name+keyid+base64.";
            return null;
        }

        var name = text[..first];
        if (!uint.TryParse(text.AsSpan(first + 1, second - first - 1), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var id)
            || second - first - 1 != 8)
        {
            error = "The key ID must be eight hex digits.";
            return null;
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(text[(second + 1)..]);
        }
        catch (FormatException)
        {
            error = "The key is not valid base64.";
            return null;
        }

        if (blob.Length != keyLength + 1 || blob[0] != Ed25519 || !IsValidName(name))
        {
            error = "Only Ed25519 keys (type 0x01) with a name without spaces or '+' are supported.";
            return null;
        }

        return (name, id, blob[1..]);
    }

    internal static bool IsValidName(string name) =>
        name.Length > 0 && !name.Any(c => char.IsWhiteSpace(c) || c == '+' || char.IsControl(c));
}
