using System.Collections.Immutable;
using Docket.Core.CaseFiles;
using Docket.Core.Clocks;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Delay;
using Docket.Core.Ledger.Entries;
using Docket.Core.Scheduling.Files;
using NodaTime;

namespace Docket.Reports.Dossiers;

/// <summary>
/// What a dossier is made from: the case as a <c>docket.case/1</c> document and its typed view, the ledger state it
/// came from (when it came from a ledger), and the settings each analysis takes.
/// </summary>
/// <param name="CaseJson">The case document (the fold of the ledger's entries, or intake's output for a file).</param>
/// <param name="File">The typed view of <paramref name="CaseJson"/>.</param>
/// <param name="AsOf">The day the clocks are judged on (<see cref="Day"/>).</param>
public sealed record DossierInput(string CaseJson, CaseFile File, LocalDate AsOf)
{
    /// <summary>
    /// The day a dossier is judged on: the day (UTC) of the last of <paramref name="entries"/>, so that one ledger state
    /// gives one dossier; <paramref name="today"/> for a case with no ledger.
    /// </summary>
    public static LocalDate Day(IReadOnlyList<LedgerEntry> entries, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count > 0 ? entries[^1].RecordedAt.InUtc().Date : today;
    }

    /// <summary>The case's id in the ledger; null for a case read from a file and not stored.</summary>
    public string? CaseId { get; init; }

    /// <summary>The ledger entries the case state folds, in sequence order (empty for a file).</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>Signed checkpoints stored for the case; those at the dossier's tree size are named on the cover.</summary>
    public IReadOnlyList<(long TreeSize, ImmutableArray<string> VerifierKeys)> Signatures { get; init; } = [];

    /// <summary>The compliance catalogs (the built-in ones unless the user adds their own).</summary>
    public CatalogSet Catalogs { get; init; } = CatalogSet.BuiltIn();

    /// <summary>The notification rules.</summary>
    public ClockRuleSet ClockRules { get; init; } = ClockRuleSet.BuiltIn();

    /// <summary>A schedule with delay events, when there is one.</summary>
    public ScheduleInput? Schedule { get; init; }

    /// <summary>Incident facts stated in a file, completed from the case; else the case's own.</summary>
    public Incident? Incident { get; init; }

    /// <summary>The concurrency rule chosen for the delay findings (every rule is reported).</summary>
    public ConcurrencyRule Rule { get; init; } = ConcurrencyRule.Malmaison;

    /// <summary>The exposure assumptions (<c>--assume NAME=VALUE</c>).</summary>
    public IReadOnlyDictionary<string, string> Assumptions { get; init; } = ImmutableDictionary<string, string>.Empty;
}
