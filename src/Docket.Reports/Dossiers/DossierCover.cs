using System.Collections.Immutable;

namespace Docket.Reports.Dossiers;

/// <summary>The cover: what the case is, who is in it, where it stands, and the ledger checkpoint it is as of.</summary>
/// <param name="Title">The case title, or the source file's name when the narrative has none.</param>
/// <param name="Ledger">The ledger checkpoint, or null for a case read from a file and not stored.</param>
public sealed record DossierCover(
    string Title,
    int? CaseNumber,
    string? Theme,
    ImmutableArray<DossierParty> Parties,
    string Stage,
    string? StatusSummary,
    string SourceName,
    string? SourceSha256,
    LedgerState? Ledger);

/// <summary>A party on the cover.</summary>
public sealed record DossierParty(string Id, string Name, string Role, string? Description, string? Location);

/// <summary>The ledger state a dossier is as of: the case's log at <paramref name="TreeSize"/> entries.</summary>
/// <param name="RootHash">The Merkle root (RFC 9162) at that size, lower-case hex.</param>
/// <param name="Checkpoint">The C2SP checkpoint body (origin, size, base64 root).</param>
/// <param name="SignedBy">The verifier keys of the signatures stored for this size.</param>
/// <param name="LastRecordedAt">When the last entry was recorded (ISO 8601, UTC).</param>
public sealed record LedgerState(string CaseId, long TreeSize, string RootHash, string Checkpoint, ImmutableArray<string> SignedBy, string LastRecordedAt);
