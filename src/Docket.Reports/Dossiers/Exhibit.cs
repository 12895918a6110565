using System.Collections.Immutable;

namespace Docket.Reports.Dossiers;

/// <summary>
/// An evidence entry of the ledger: the file's SHA-256, the entry's sequence, and the RFC 9162 inclusion proof of the
/// entry's leaf against the dossier's checkpoint, checked when the dossier is made.
/// </summary>
/// <param name="LeafHash">The entry's Merkle leaf hash, hex.</param>
/// <param name="Proof">The inclusion proof's hashes, hex, from the leaf upwards.</param>
/// <param name="Verified">The proof leads from the leaf to the checkpoint's root.</param>
public sealed record Exhibit(
    string Id,
    long Sequence,
    string Sha256,
    string FileName,
    string? SubmittedBy,
    string? Shows,
    string LeafHash,
    long TreeSize,
    ImmutableArray<string> Proof,
    bool Verified);
