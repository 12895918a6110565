namespace Docket.Core.Ledger.Entries;

/// <summary>What a ledger entry records. JSON names are kebab-case ("case-opened").</summary>
public enum EntryKind
{
    /// <summary>The case was opened from an intake result (the first entry of every case).</summary>
    CaseOpened,
    /// <summary>A fact was added.</summary>
    FactAdded,
    /// <summary>A fact was amended.</summary>
    FactAmended,
    /// <summary>A fact was withdrawn.</summary>
    FactWithdrawn,
    /// <summary>A party stated a position on an issue.</summary>
    PositionStated,
    /// <summary>An evidence file was added (by its SHA-256).</summary>
    EvidenceAdded,
    /// <summary>A note.</summary>
    Note,
    /// <summary>The dispute's status changed.</summary>
    StatusChanged,
}
