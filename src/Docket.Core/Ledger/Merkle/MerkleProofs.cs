namespace Docket.Core.Ledger.Merkle;

/// <summary>
/// Verifies RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs. Strict: every hash must be 32 bytes.
/// Never throws on a proof's content; a bad proof is a <see cref="ProofVerification"/> with its reason.
/// </summary>
public static class MerkleProofs
{
    /// <summary>Checks that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves with root <paramref name="root"/>.</summary>
    public static ProofVerification VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (BadLength(leafHash, root, proof) is { } bad)
        {
            return bad;
        }

        if (index < 0 || index >= size)
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.IndexOutOfRange, $"Leaf index {index} is not inside a tree of {size} leaves.");
        }

        long fn = index, sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "The inclusion proof has more hashes than the tree has levels.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "The inclusion proof has too few hashes for the tree size.");
        }

        return r.AsSpan().SequenceEqual(root)
            ? ProofVerification.Valid
            : ProofVerification.Fail(LedgerDiagnosticCodes.RootMismatch, "The root computed from the inclusion proof differs from the root given.");
    }

    /// <summary>Checks that the tree of <paramref name="size1"/> leaves with root <paramref name="root1"/> is a prefix of the tree of <paramref name="size2"/> leaves with root <paramref name="root2"/>.</summary>
    public static ProofVerification VerifyConsistency(long size1, long size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (BadLength(root1, root2, proof) is { } bad)
        {
            return bad;
        }

        if (size1 < 0 || size1 > size2)
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.SizesOutOfOrder, $"The first size {size1} is not between 0 and the second size {size2}.");
        }

        if (size1 == size2)
        {
            if (proof.Count != 0)
            {
                return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "Equal sizes need an empty proof.");
            }

            return root1.SequenceEqual(root2)
                ? ProofVerification.Valid
                : ProofVerification.Fail(LedgerDiagnosticCodes.RootMismatch, "Equal sizes with different roots.");
        }

        if (size1 == 0)
        {
            // Every tree extends the empty tree; a proof would prove nothing.
            return proof.Count == 0
                ? ProofVerification.Valid
                : ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "A proof from the empty tree must be empty.");
        }

        if (proof.Count == 0)
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "The consistency proof is empty.");
        }

        var path = new List<byte[]>(proof.Count + 1);
        if ((size1 & (size1 - 1)) == 0)
        {
            path.Add(root1.ToArray());
        }

        path.AddRange(proof);
        long fn = size1 - 1, sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "The consistency proof has more hashes than needed.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.WrongProofLength, "The consistency proof has too few hashes.");
        }

        if (!fr.AsSpan().SequenceEqual(root1))
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.RootMismatch, "The proof does not lead to the first root.");
        }

        return sr.AsSpan().SequenceEqual(root2)
            ? ProofVerification.Valid
            : ProofVerification.Fail(LedgerDiagnosticCodes.RootMismatch, "The proof does not lead to the second root.");
    }

    private static ProofVerification? BadLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, IReadOnlyList<byte[]> proof)
    {
        if (a.Length != MerkleHash.Size || b.Length != MerkleHash.Size || proof.Any(p => p is null || p.Length != MerkleHash.Size))
        {
            return ProofVerification.Fail(LedgerDiagnosticCodes.BadHashLength, "Every hash must be 32 bytes.");
        }

        return null;
    }
}
