namespace Docket.Core.Ledger;

/// <summary>The stable diagnostic codes of the case ledger. A code is never reused for another meaning.</summary>
public static class LedgerDiagnosticCodes
{
    /// <summary>A hash in a proof, root or leaf is not 32 bytes.</summary>
    public const string BadHashLength = "LED001";

    /// <summary>The leaf index is not inside the tree.</summary>
    public const string IndexOutOfRange = "LED002";

    /// <summary>The proof has the wrong number of hashes for the sizes or index given.</summary>
    public const string WrongProofLength = "LED003";

    /// <summary>The root computed from the proof differs from the root given.</summary>
    public const string RootMismatch = "LED004";

    /// <summary>The first tree size is larger than the second.</summary>
    public const string SizesOutOfOrder = "LED005";

    /// <summary>A signed note or key could not be parsed.</summary>
    public const string MalformedNote = "LED006";

    /// <summary>No signature of the note verified with the keys given.</summary>
    public const string NoVerifiedSignature = "LED007";

    /// <summary>A ledger entry could not be applied to the case state (unknown target, gap in the log).</summary>
    public const string FoldProblem = "LED008";

    /// <summary>A stored entry no longer has its recorded hash, or an entry is missing.</summary>
    public const string TamperedEntry = "LED009";
}
