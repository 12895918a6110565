namespace Docket.Storage.Ledger;

/// <summary>A stored ledger entry. Rows are only ever inserted: the database's triggers reject UPDATE and DELETE.</summary>
public sealed class LedgerEntryRow
{
    /// <summary>Row id (insertion order across all cases).</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>Position in the case's log, from 0; unique per case.</summary>
    public long Sequence { get; init; }

    /// <summary>Entry kind, kebab-case ("case-opened").</summary>
    public required string Kind { get; init; }

    /// <summary>"party" or "user".</summary>
    public required string AuthorKind { get; init; }

    /// <summary>Party or user id.</summary>
    public required string AuthorId { get; init; }

    /// <summary>When recorded, in Unix milliseconds (the same integer on every provider).</summary>
    public long RecordedAtUnixMs { get; init; }

    /// <summary>The payload as canonical JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>The entry's RFC 9162 leaf hash (32 bytes).</summary>
    public required byte[] LeafHash { get; init; }
}
