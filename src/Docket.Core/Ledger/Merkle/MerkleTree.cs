namespace Docket.Core.Ledger.Merkle;

/// <summary>
/// An append-only RFC 9162 Merkle tree over leaf hashes. It keeps the hash of every complete subtree (level h holds
/// the hashes of the aligned subtrees of 2^h leaves), so the root of any earlier size and the inclusion and
/// consistency proofs against it take O(log n) hash operations and never rehash the log.
/// </summary>
/// <remarks>Not thread-safe: one writer appends; readers must not run while it does.</remarks>
public sealed class MerkleTree
{
    private readonly List<List<byte[]>> _levels = [[]];

    /// <summary>Number of leaves.</summary>
    public long Size => _levels[0].Count;

    /// <summary>Appends a leaf by its data; returns its index.</summary>
    public long AppendLeaf(ReadOnlySpan<byte> data) => AppendLeafHash(MerkleHash.Leaf(data));

    /// <summary>Appends a leaf by its hash (RFC 9162 leaf hash, 32 bytes); returns its index.</summary>
    public long AppendLeafHash(byte[] leafHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        ArgumentOutOfRangeException.ThrowIfNotEqual(leafHash.Length, MerkleHash.Size);
        var index = Size;
        _levels[0].Add(leafHash);
        // Each time a level gains an even count, its last two hashes complete a subtree one level up.
        for (var level = 0; _levels[level].Count % 2 == 0; level++)
        {
            if (_levels.Count == level + 1)
            {
                _levels.Add([]);
            }

            var hashes = _levels[level];
            _levels[level + 1].Add(MerkleHash.Node(hashes[^2], hashes[^1]));
        }

        return index;
    }

    /// <summary>The leaf hash at <paramref name="index"/>.</summary>
    public byte[] LeafHash(long index) => _levels[0][checked((int)index)];

    /// <summary>The root hash of the first <paramref name="size"/> leaves (MTH of RFC 9162 §2.1.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative or larger than the tree.</exception>
    public byte[] RootHash(long size)
    {
        CheckSize(size);
        return size == 0 ? MerkleHash.Empty() : SubtreeHash(0, size);
    }

    /// <summary>The inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves (RFC 9162 §2.1.3.1).</summary>
    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        CheckSize(size);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var proof = new List<byte[]>();
        Path(index, 0, size, proof);
        return proof;
    }

    /// <summary>The consistency proof between sizes <paramref name="first"/> and <paramref name="second"/> (RFC 9162 §2.1.4.1).</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long first, long second)
    {
        CheckSize(second);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, second);
        var proof = new List<byte[]>();
        if (first > 0 && first < second)
        {
            SubProof(first, 0, second, true, proof);
        }

        return proof;
    }

    // PATH(m, D[start:end]) with m relative to start.
    private void Path(long m, long start, long end, List<byte[]> proof)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }

        var k = MerkleHash.Split(n);
        if (m < k)
        {
            Path(m, start, start + k, proof);
            proof.Add(SubtreeHash(start + k, end));
        }
        else
        {
            Path(m - k, start + k, end, proof);
            proof.Add(SubtreeHash(start, start + k));
        }
    }

    // SUBPROOF(m, D[start:end], b).
    private void SubProof(long m, long start, long end, bool whole, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!whole)
            {
                proof.Add(SubtreeHash(start, end));
            }

            return;
        }

        var k = MerkleHash.Split(n);
        if (m <= k)
        {
            SubProof(m, start, start + k, whole, proof);
            proof.Add(SubtreeHash(start + k, end));
        }
        else
        {
            SubProof(m - k, start + k, end, false, proof);
            proof.Add(SubtreeHash(start, start + k));
        }
    }

    // MTH(D[start:end]); aligned power-of-two ranges come from the stored levels.
    private byte[] SubtreeHash(long start, long end)
    {
        var n = end - start;
        if ((n & (n - 1)) == 0 && start % n == 0)
        {
            var level = System.Numerics.BitOperations.Log2((ulong)n);
            return _levels[level][checked((int)(start >> level))];
        }

        var k = MerkleHash.Split(n);
        return MerkleHash.Node(SubtreeHash(start, start + k), SubtreeHash(start + k, end));
    }

    private void CheckSize(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
    }
}
