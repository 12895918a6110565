using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Ledger.Notes;

namespace Docket.Core.Ledger;

/// <summary>A case's log as a Merkle tree and its checkpoints: the same computation for the database, export and verification.</summary>
public static class CaseLog
{
    /// <summary>The checkpoint origin line of a case: "docket/case/ID".</summary>
    public static string Origin(string caseId) => "docket/case/" + caseId;

    /// <summary>The Merkle tree over the entries' leaf hashes, in the order given (sequence order).</summary>
    public static MerkleTree Tree(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var tree = new MerkleTree();
        foreach (var entry in entries)
        {
            tree.AppendLeafHash(entry.LeafHash());
        }

        return tree;
    }

    /// <summary>The checkpoint of the case's log at its current size.</summary>
    public static Checkpoint Checkpoint(string caseId, IEnumerable<LedgerEntry> entries)
    {
        var tree = Tree(entries);
        return Checkpoint(caseId, tree, tree.Size);
    }

    /// <summary>The checkpoint of the case's log at an earlier (or the current) <paramref name="size"/> of its tree.</summary>
    public static Checkpoint Checkpoint(string caseId, MerkleTree tree, long size)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new Checkpoint(Origin(caseId), size, [.. tree.RootHash(size)], []);
    }
}
