using System.Buffers.Binary;
using System.Text;
using NSec.Cryptography;

namespace Docket.Core.Ledger.Notes;

/// <summary>Signs notes with one Ed25519 key. Ed25519 is deterministic: the same text always gives the same signature line.</summary>
public sealed class NoteSigner : IDisposable
{
    private readonly Key _key;

    private NoteSigner(string name, Key key)
    {
        Name = name;
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        KeyId = NoteKey.KeyId(name, PublicKey);
    }

    /// <summary>The key's name, as in signature lines.</summary>
    public string Name { get; }

    /// <summary>The key ID.</summary>
    public uint KeyId { get; }

    /// <summary>The 32-byte public key.</summary>
    public byte[] PublicKey { get; }

    /// <summary>The verifier key string "name+hexid+base64(0x01 || public key)".</summary>
    public string VerifierKey => $"{Name}+{KeyId:x8}+{Convert.ToBase64String([NoteKey.Ed25519, .. PublicKey])}";

    /// <summary>Reads a signer key "PRIVATE+KEY+name+hexid+base64(0x01 || 32-byte seed)".</summary>
    /// <exception cref="FormatException">The key is malformed or its key ID does not match.</exception>
    public static NoteSigner Parse(string signerKey)
    {
        ArgumentNullException.ThrowIfNull(signerKey);
        const string prefix = "PRIVATE+KEY+";
        if (!signerKey.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new FormatException("A signer key starts with PRIVATE+KEY+.");
        }

        var parsed = NoteKey.Parse(signerKey[prefix.Length..], 32, out var error) ?? throw new FormatException(error);
        var key = Key.Import(SignatureAlgorithm.Ed25519, parsed.Key, KeyBlobFormat.RawPrivateKey);
        var signer = new NoteSigner(parsed.Name, key);
        if (signer.KeyId != parsed.Id)
        {
            signer.Dispose();
            throw new FormatException("The key ID does not match the key.");
        }

        return signer;
    }

    /// <summary>Creates a signer from a 32-byte seed.</summary>
    public static NoteSigner FromSeed(string name, ReadOnlySpan<byte> seed)
    {
        if (!NoteKey.IsValidName(name))
        {
            throw new ArgumentException("A key name has no spaces or '+'.", nameof(name));
        }

        return new NoteSigner(name, Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey));
    }

    /// <summary>The signer key string "PRIVATE+KEY+name+hexid+base64(0x01 || seed)" for a 32-byte seed; keep it secret.</summary>
    public static string FormatSignerKey(string name, ReadOnlySpan<byte> seed)
    {
        using var signer = FromSeed(name, seed);
        return $"PRIVATE+KEY+{name}+{signer.KeyId:x8}+{Convert.ToBase64String([NoteKey.Ed25519, .. seed])}";
    }

    /// <summary>The signature line "— name base64(keyid || signature)" (U+2014, a space), without its newline.</summary>
    /// <exception cref="ArgumentException">The text does not end with a newline.</exception>
    public string SignatureLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            throw new ArgumentException("A note's text ends with a newline.", nameof(text));
        }

        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(text));
        var blob = new byte[4 + signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, KeyId);
        signature.CopyTo(blob, 4);
        return $"— {Name} {Convert.ToBase64String(blob)}";
    }

    /// <summary>The whole signed note: text, a blank line, and this key's signature line.</summary>
    public string Sign(string text) => text + "\n" + SignatureLine(text) + "\n";

    /// <summary>Adds this key's signature to an already signed note (a co-signature).</summary>
    public string CoSign(SignedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Text + "\n" + string.Concat(note.SignatureLines.Select(l => l + "\n")) + SignatureLine(note.Text) + "\n";
    }

    /// <inheritdoc/>
    public void Dispose() => _key.Dispose();
}
