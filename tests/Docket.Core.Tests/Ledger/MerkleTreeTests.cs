using System.Text;
using Docket.Core.Ledger.Merkle;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Docket.Core.Tests.Ledger;

public sealed class MerkleTreeTests
{
    private static MerkleTree Tree(int size)
    {
        var tree = new MerkleTree();
        for (var i = 0; i < size; i++)
        {
            tree.AppendLeaf(Encoding.UTF8.GetBytes($"entry {i}"));
        }

        return tree;
    }

    // The RFC's recursive definition, computed from scratch: the oracle for the stored-subtree implementation.
    private static byte[] Reference(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return MerkleHash.Empty();
        }

        if (leaves.Count == 1)
        {
            return leaves[0];
        }

        var k = (int)MerkleHash.Split(leaves.Count);
        return MerkleHash.Node(Reference([.. leaves.Take(k)]), Reference([.. leaves.Skip(k)]));
    }

    [Fact]
    public void RootHash_EmptyTree_IsSha256OfNothing() =>
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", Convert.ToBase64String(new MerkleTree().RootHash(0)));

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property RootHash_EverySize_MatchesRecursiveDefinition() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), size =>
        {
            var tree = Tree(size);
            var leaves = Enumerable.Range(0, size).Select(i => tree.LeafHash(i)).ToList();
            return Enumerable.Range(0, size + 1).All(m => tree.RootHash(m).AsSpan().SequenceEqual(Reference([.. leaves.Take(m)])));
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property InclusionProof_Generated_VerifiesAndRejectsChanges() =>
        Prop.ForAll(Gen.Choose(1, 260).SelectMany(n => Gen.Choose(0, n - 1).Select(i => (n, i))).ToArbitrary(), t =>
        {
            var (size, index) = t;
            var tree = Tree(size + 3);
            var root = tree.RootHash(size);
            var proof = tree.InclusionProof(index, size);
            var leaf = tree.LeafHash(index);
            var ok = MerkleProofs.VerifyInclusion(index, size, leaf, proof, root).IsValid;
            var otherLeaf = !MerkleProofs.VerifyInclusion(index, size, tree.LeafHash(index + 1), proof, root).IsValid;
            var otherIndex = size == 1 || !MerkleProofs.VerifyInclusion((index + 1) % size, size, leaf, proof, root).IsValid;
            // A proof for one size does not prove inclusion in the tree of another size (whose root the verifier holds).
            var otherSize = !MerkleProofs.VerifyInclusion(index, size + 1, leaf, proof, tree.RootHash(size + 1)).IsValid
                && (index == size - 1 || !MerkleProofs.VerifyInclusion(index, size - 1, leaf, proof, tree.RootHash(size - 1)).IsValid);
            var flipped = proof.Count == 0 || !MerkleProofs.VerifyInclusion(index, size, leaf, Flip(proof, index % proof.Count), root).IsValid;
            return ok && otherLeaf && otherIndex && otherSize && flipped;
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property ConsistencyProof_Generated_VerifiesAndRejectsChanges() =>
        Prop.ForAll(Gen.Choose(1, 260).SelectMany(n => Gen.Choose(1, n).Select(m => (m, n))).ToArbitrary(), t =>
        {
            var (first, second) = t;
            var tree = Tree(second + 2);
            var root1 = tree.RootHash(first);
            var root2 = tree.RootHash(second);
            var proof = tree.ConsistencyProof(first, second);
            var ok = MerkleProofs.VerifyConsistency(first, second, root1, root2, proof).IsValid;
            var otherRoot = !MerkleProofs.VerifyConsistency(first, second, root1, tree.RootHash(second + 1), proof).IsValid;
            var otherSize = !MerkleProofs.VerifyConsistency(first, second + 1, root1, tree.RootHash(second + 1), proof).IsValid
                && (first == 1 || !MerkleProofs.VerifyConsistency(first - 1, second, tree.RootHash(first - 1), root2, proof).IsValid);
            var flipped = proof.Count == 0 || !MerkleProofs.VerifyConsistency(first, second, root1, root2, Flip(proof, first % proof.Count)).IsValid;
            return ok && otherRoot && otherSize && flipped;
        });

    [Fact]
    public void AppendLeafHash_WrongLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MerkleTree().AppendLeafHash(new byte[31]));

    private static List<byte[]> Flip(IReadOnlyList<byte[]> proof, int at)
    {
        var copy = proof.Select(p => (byte[])p.Clone()).ToList();
        copy[at][0] ^= 0x01;
        return copy;
    }
}
