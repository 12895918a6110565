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

    /// <summary>The name of the checkpoint member: the checkpoint at the bundle's size, signed or not.</summary>
    public const string CheckpointMember = "checkpoint.note";

    /// <summary>The folder of signed checkpoints at earlier sizes.</summary>
    public const string EarlierCheckpointFolder = "checkpoints/";

    /// <summary>The member name of the signed checkpoint at an earlier <paramref name="treeSize"/>.</summary>
    public static string EarlierCheckpointMember(long treeSize) => EarlierCheckpointFolder + treeSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".note";

    /// <summary>
    /// Verifies the members of a bundle. With <paramref name="trustedKeys"/> (verifier keys the reader already holds),
    /// signatures are checked against those keys only, not the bundle's own, and <c>checkpoint.note</c> must be
    /// signed by every one of them: a bundle whose log was forged and re-checkpointed then fails.
    /// </summary>
    public static BundleVerification Verify(IReadOnlyDictionary<string, byte[]> members, IReadOnlyList<string>? trustedKeys = null)
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

        var trusted = trustedKeys is { Count: > 0 };
        var bundleKeys = members.Where(m => m.Key.StartsWith("keys/", StringComparison.Ordinal)).Select(m => Encoding.UTF8.GetString(m.Value).Trim()).ToList();
        var keys = trusted ? [.. trustedKeys!] : bundleKeys;
        var verifiedBy = ImmutableArray<string>.Empty;
        if (members.TryGetValue(CheckpointMember, out var noteBytes))
        {
            var problem = CheckCheckpoint(CheckpointMember, noteBytes, tree, keys, requireSignature: trusted, out verifiedBy);
            if (problem is not null)
            {
                return Fail(entries.Count, problem);
            }
        }
        else if (trusted)
        {
            return Fail(entries.Count, $"The bundle has no {CheckpointMember} to check the trusted keys against.");
        }

        if (trusted && keys.Select(k => k.Split('+')[0]).FirstOrDefault(name => !verifiedBy.Contains(name)) is { } unsigned)
        {
            return Fail(entries.Count, $"{CheckpointMember} is not signed by the trusted key {unsigned}.");
        }

        // Signed checkpoints at earlier sizes (co-signatures): each pins a prefix of the log, so each must match it and
        // verify, with the bundle's keys as well as the trusted ones (the trust anchor is checkpoint.note).
        var allKeys = trusted ? [.. keys.Union(bundleKeys, StringComparer.Ordinal)] : keys;
        foreach (var (name, bytes) in members.Where(m => m.Key.StartsWith(EarlierCheckpointFolder, StringComparison.Ordinal)).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var problem = CheckCheckpoint(name, bytes, tree, allKeys, requireSignature: true, out _);
            if (problem is not null)
            {
                return Fail(entries.Count, problem);
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

    // A checkpoint member must parse, commit to a prefix of the entries (its size and root), and, when signed, verify
    // with the bundle's keys; null when it does, else what failed.
    private static string? CheckCheckpoint(string member, byte[] bytes, MerkleTree tree, List<string> keys, bool requireSignature, out ImmutableArray<string> verifiedBy)
    {
        verifiedBy = [];
        var text = Encoding.UTF8.GetString(bytes);
        var signed = text.Contains("\n\n— ", StringComparison.Ordinal) ? SignedNote.Parse(text, out _) : null;
        if (signed is null && requireSignature)
        {
            return $"{member}: the checkpoint is not signed.";
        }

        var checkpoint = Checkpoint.Parse(signed?.Text ?? text, out var error);
        if (checkpoint is null)
        {
            return $"{member}: {error}";
        }

        if (checkpoint.Size < 1 || checkpoint.Size > tree.Size || !tree.RootHash(checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash.AsSpan()))
        {
            return $"{member}: the checkpoint (size {checkpoint.Size}) does not match the entries.";
        }

        if (signed is not null)
        {
            var verification = signed.Verify(keys);
            if (!verification.IsValid)
            {
                return $"{member}: {verification.Message}";
            }

            verifiedBy = verification.VerifiedBy;
        }

        return null;
    }

    private static BundleVerification Fail(int entries, string problem) => new(false, entries, null, [], problem);
}
