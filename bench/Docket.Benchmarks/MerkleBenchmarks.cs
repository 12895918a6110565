using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Docket.Core.Ledger.Merkle;

namespace Docket.Benchmarks;

/// <summary>
/// The Merkle tree against its floor: building the tree over 1,000,000 leaves does exactly the SHA-256 work of
/// hashing every leaf input (0x00 || entry) and every node input (0x01 || left || right), so the baseline hashes
/// those same inputs with nothing else; the ratio is the tree's overhead.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class MerkleBenchmarks
{
    private const int Leaves = 1_000_000;
    private byte[][] _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        _entries = new byte[Leaves][];
        for (var i = 0; i < Leaves; i++)
        {
            // About the size of a small ledger entry's canonical bytes.
            _entries[i] = System.Text.Encoding.UTF8.GetBytes($"{{\"caseId\":\"c-1\",\"kind\":\"note\",\"payload\":{{\"text\":\"entry {i:D7} of the case log\"}},\"sequence\":{i}}}");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] Sha256OfSameInputs()
    {
        Span<byte> node = stackalloc byte[65];
        Span<byte> leaf = stackalloc byte[256];
        Span<byte> digest = stackalloc byte[32];
        // Leaves, then the n - 1 interior nodes a tree of n leaves has, each over 65 bytes.
        foreach (var entry in _entries)
        {
            leaf[0] = 0x00;
            entry.CopyTo(leaf[1..]);
            SHA256.HashData(leaf[..(1 + entry.Length)], digest);
        }

        node[0] = 0x01;
        for (var i = 1; i < Leaves; i++)
        {
            digest.CopyTo(node[1..]);
            digest.CopyTo(node[33..]);
            SHA256.HashData(node, digest);
        }

        return digest.ToArray();
    }

    [Benchmark]
    public byte[] MerkleRoot()
    {
        var tree = new MerkleTree();
        foreach (var entry in _entries)
        {
            tree.AppendLeaf(entry);
        }

        return tree.RootHash(tree.Size);
    }
}

/// <summary>Proofs against a 1,000,000-entry log: an inclusion proof of a middle leaf and a consistency proof from an odd earlier size.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class MerkleProofBenchmarks
{
    private MerkleTree _tree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tree = new MerkleTree();
        for (var i = 0; i < 1_000_000; i++)
        {
            _tree.AppendLeaf(BitConverter.GetBytes(i));
        }
    }

    [Benchmark]
    public int InclusionProof() => _tree.InclusionProof(654_321, 1_000_000).Count;

    [Benchmark]
    public int ConsistencyProof() => _tree.ConsistencyProof(777_777, 1_000_000).Count;

    [Benchmark]
    public bool VerifyInclusion()
    {
        var proof = _tree.InclusionProof(654_321, 1_000_000);
        return MerkleProofs.VerifyInclusion(654_321, 1_000_000, _tree.LeafHash(654_321), proof, _tree.RootHash(1_000_000)).IsValid;
    }
}
