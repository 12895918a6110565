using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using NSec.Cryptography;

namespace Docket.Core.Ledger.Notes;

/// <summary>
/// A C2SP signed note: text ending in a newline, a blank line, and one or more signature lines
/// "— name base64(4-byte key ID || 64-byte Ed25519 signature)".
/// </summary>
/// <param name="Text">The signed text, with its final newline.</param>
/// <param name="SignatureLines">The signature lines, without newlines.</param>
public sealed record SignedNote(string Text, ImmutableArray<string> SignatureLines)
{
    /// <summary>Parses a signed note; null with <paramref name="error"/> when it is malformed.</summary>
    public static SignedNote? Parse(string note, out string? error)
    {
        ArgumentNullException.ThrowIfNull(note);
        error = null;
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n'))
        {
            error = "A signed note is text, a blank line and signature lines, each ending in a newline.";
            return null;
        }

        var text = note[..(split + 1)];
        var lines = note[(split + 2)..^1].Split('\n');
        if (lines.Length == 0 || lines.Any(l => !l.StartsWith("— ", StringComparison.Ordinal)))
        {
            error = "Every signature line starts with an em dash and a space.";
            return null;
        }

        return new SignedNote(text, [.. lines]);
    }

    /// <summary>
    /// Verifies the signatures against <paramref name="verifierKeys"/> ("name+hexid+base64") and returns the names of
    /// the keys whose signatures verified; signatures by unknown keys are ignored, as the specification says.
    /// </summary>
    public NoteVerification Verify(IEnumerable<string> verifierKeys)
    {
        ArgumentNullException.ThrowIfNull(verifierKeys);
        var keys = new List<(string Name, uint Id, PublicKey Key)>();
        foreach (var text in verifierKeys)
        {
            var parsed = NoteKey.Parse(text, 32, out var error);
            if (parsed is null)
            {
                return new NoteVerification([], LedgerDiagnosticCodes.MalformedNote, error!);
            }

            if (NoteKey.KeyId(parsed.Value.Name, parsed.Value.Key) != parsed.Value.Id)
            {
                return new NoteVerification([], LedgerDiagnosticCodes.MalformedNote, $"The key ID of '{parsed.Value.Name}' does not match its key.");
            }

            keys.Add((parsed.Value.Name, parsed.Value.Id, PublicKey.Import(SignatureAlgorithm.Ed25519, parsed.Value.Key, KeyBlobFormat.RawPublicKey)));
        }

        var message = Encoding.UTF8.GetBytes(Text);
        var verified = ImmutableArray.CreateBuilder<string>();
        foreach (var line in SignatureLines)
        {
            var space = line.IndexOf(' ', 2);
            if (space < 0)
            {
                continue;
            }

            var name = line[2..space];
            byte[] blob;
            try
            {
                blob = Convert.FromBase64String(line[(space + 1)..]);
            }
            catch (FormatException)
            {
                continue;
            }

            if (blob.Length != 68)
            {
                continue;
            }

            var id = BinaryPrimitives.ReadUInt32BigEndian(blob);
            foreach (var key in keys.Where(k => k.Name == name && k.Id == id))
            {
                if (SignatureAlgorithm.Ed25519.Verify(key.Key, message, blob.AsSpan(4)) && !verified.Contains(name))
                {
                    verified.Add(name);
                }
            }
        }

        return verified.Count > 0
            ? new NoteVerification(verified.ToImmutable(), null, string.Empty)
            : new NoteVerification([], LedgerDiagnosticCodes.NoVerifiedSignature, "No signature verified with the keys given.");
    }
}
