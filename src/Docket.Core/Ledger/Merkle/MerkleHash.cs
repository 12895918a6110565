using System.Security.Cryptography;

namespace Docket.Core.Ledger.Merkle;

/// <summary>RFC 9162 §2.1.1 hashing: SHA-256 with domain separation, 0x00 for leaves and 0x01 for interior nodes.</summary>
public static class MerkleHash
{
    /// <summary>Length of every hash: 32 bytes.</summary>
    public const int Size = 32;

    /// <summary>The hash of the empty tree, SHA-256 of the empty string.</summary>
    public static byte[] Empty() => SHA256.HashData([]);

    /// <summary>The leaf hash SHA-256(0x00 || <paramref name="leaf"/>).</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> leaf)
    {
        if (leaf.Length <= 1023)
        {
            // Small leaves (most entries) hash in one call from the stack.
            Span<byte> buffer = stackalloc byte[1 + leaf.Length];
            buffer[0] = 0x00;
            leaf.CopyTo(buffer[1..]);
            return SHA256.HashData(buffer);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData([0x00]);
        hash.AppendData(leaf);
        return hash.GetHashAndReset();
    }

    /// <summary>The interior node hash SHA-256(0x01 || <paramref name="left"/> || <paramref name="right"/>).</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        return SHA256.HashData(buffer[..(1 + left.Length + right.Length)]);
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2): where RFC 9162 splits a tree.</summary>
    public static long Split(long n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        var k = 1L;
        while (k << 1 < n)
        {
            k <<= 1;
        }

        return k;
    }
}
