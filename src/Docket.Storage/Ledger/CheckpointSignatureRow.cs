namespace Docket.Storage.Ledger;

/// <summary>
/// One signature on a case's checkpoint at one tree size: the case's own or a party's co-signature. The checkpoint
/// text is not stored: it is recomputed from the first <see cref="TreeSize"/> entries, so a signature verifies only
/// while those entries are the ones that were signed. Rows are only ever inserted (database triggers).
/// </summary>
public sealed class CheckpointSignatureRow
{
    /// <summary>Row id (insertion order).</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The tree size the signed checkpoint commits to.</summary>
    public long TreeSize { get; init; }

    /// <summary>The signer's verifier key ("name+hexid+base64"), as given when signing.</summary>
    public required string VerifierKey { get; init; }

    /// <summary>The C2SP signature line ("— name base64").</summary>
    public required string SignatureLine { get; init; }

    /// <summary>When signed, in Unix milliseconds.</summary>
    public long RecordedAtUnixMs { get; init; }
}
