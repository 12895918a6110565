using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Ledger.Notes;

namespace Docket.Core.Ledger.Bundles;

/// <summary>
/// Verifies a case bundle offline, from its members' bytes: <c>entries.jsonl</c> (each entry's canonical JSON, one a
/// line, in sequence order), <c>evidence/SHA256</c> files, <c>checkpoint.note</c> (a checkpoint, signed or not) and
/// <c>keys/*.pub</c> verifier keys. Recomputes every leaf hash and the root, checks the checkpoint against the
/// tree and its signatures against the keys, and every evidence file against its name and its entry; names the
/// first member or entry that fails.
/// </summary>
public static class BundleVerifier
{
    /// <summary>The name of the entries member.</summary>
    public const string EntriesMember = "entries.jsonl";

    /// <summary>The name of the checkpoint member.</summary>
    public const string CheckpointMember = "checkpoint.note";

    /// <summary>Verifies the members of a bundle.</summary>
    public static BundleVerification Verify(IReadOnlyDictionary<string, byte[]> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (!members.TryGetValue(EntriesMember, out var entryBytes))
        {
            return Fail(0, $"The bundle has no {EntriesMember}.");
        }

        var lines = Encoding.UTF8.GetString(entryBytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var tree = new MerkleTree();
        var entries = new List<LedgerEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = LedgerEntry.Parse(lines[i], out var error);
            if (entry is null)
            {
                return Fail(i, $"Entry {i}: {error}");
            }

            if (entry.Sequence != i)
            {
                return Fail(i, $"Entry {i} is missing or out of order: line {i + 1} holds entry {entry.Sequence}.");
            }

            // A line that is not exactly its entry's canonical bytes was edited after export.
            if (!entry.CanonicalBytes().AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(lines[i])))
            {
                return Fail(i, $"Entry {i} was altered: its line is not its canonical form.");
            }

            tree.AppendLeafHash(entry.LeafHash());
            entries.Add(entry);
        }

        var verifiedBy = ImmutableArray<string>.Empty;
        if (members.TryGetValue(CheckpointMember, out var noteBytes))
        {
            var text = Encoding.UTF8.GetString(noteBytes);
            var keys = members.Where(m => m.Key.StartsWith("keys/", StringComparison.Ordinal)).Select(m => Encoding.UTF8.GetString(m.Value).Trim()).ToList();
            var signed = text.Contains("\n\n— ", StringComparison.Ordinal) ? SignedNote.Parse(text, out _) : null;
            var checkpoint = Checkpoint.Parse(signed?.Text ?? text, out var error);
            if (checkpoint is null)
            {
                return Fail(entries.Count, $"{CheckpointMember}: {error}");
            }

            if (checkpoint.Size > tree.Size || !tree.RootHash(checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash.AsSpan()))
            {
                return Fail(entries.Count, $"{CheckpointMember}: the checkpoint (size {checkpoint.Size}) does not match the entries.");
            }

            if (signed is not null)
            {
                var verification = signed.Verify(keys);
                if (!verification.IsValid)
                {
                    return Fail(entries.Count, $"{CheckpointMember}: {verification.Message}");
                }

                verifiedBy = verification.VerifiedBy;
            }
        }

        foreach (var entry in entries.Where(e => e.Kind == EntryKind.EvidenceAdded))
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            var hash = payload.RootElement.TryGetProperty("sha256", out var h) ? h.GetString() : null;
            if (hash is null || !members.TryGetValue("evidence/" + hash, out var file))
            {
                return Fail(entries.Count, $"Entry {entry.Sequence} names evidence {hash} that the bundle does not hold.");
            }

            if (Convert.ToHexStringLower(SHA256.HashData(file)) != hash)
            {
                return Fail(entries.Count, $"evidence/{hash} was altered: its content does not have its name's SHA-256.");
            }
        }

        return new BundleVerification(true, entries.Count, Convert.ToBase64String(tree.RootHash(tree.Size)), verifiedBy, null);
    }

    private static BundleVerification Fail(int entries, string problem) => new(false, entries, null, [], problem);
}
