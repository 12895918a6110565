using System.Text.Json;
using Docket.Core.CaseFiles;
using Docket.Core.Compliance;
using Docket.Core.Ledger.Entries;
using Docket.Storage.Ledger;
using Docket.Intake.Json;
using NodaTime.Text;

namespace Docket.Cli.Commands;

/// <summary>
/// What a command's CASE argument names: an existing file (a docket.case/1 JSON document, or a narrative read by
/// intake without storing it), else a case id in the database (the fold of its entries).
/// </summary>
internal static class CaseSource
{
    /// <summary>The case, or null after writing why to <paramref name="error"/>.</summary>
    public static async Task<CaseFile?> ReadAsync(string caseArgument, string? db, TextWriter error, CancellationToken ct) =>
        (await ReadRecordAsync(caseArgument, null, db, error, ct).ConfigureAwait(false))?.File;

    /// <summary>
    /// The case with its document, and for a stored case its entries (as of <paramref name="asOf"/>) and signed
    /// checkpoints; null after writing why to <paramref name="error"/>.
    /// </summary>
    public static async Task<CaseRecord?> ReadRecordAsync(string caseArgument, string? asOf, string? db, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(caseArgument))
        {
            var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
            var (state, entries, _) = await FoldEntriesAsync(host, caseArgument, asOf, error, ct).ConfigureAwait(false);
            if (state is null)
            {
                return null;
            }

            var upTo = entries.Where(e => e.Sequence <= state.LastSequence).ToList();
            var signatures = await host.Cases.CheckpointsAsync(caseArgument, ct).ConfigureAwait(false);
            return new CaseRecord(state.Json!, CaseFile.Parse(state.Json!)) { CaseId = caseArgument, Entries = upTo, Signatures = signatures };
        }

        if (asOf is not null)
        {
            error.WriteLine("docket: error: --as-of needs a case stored in the ledger, not a file.");
            return null;
        }

        if (!caseArgument.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var result = IntakeRunner.ReadFile(caseArgument);
            IntakeRunner.WriteDiagnostics(error, caseArgument, result);
            if (result.Case is null)
            {
                return null;
            }

            var json = CaseJsonWriter.Write(result);
            return new CaseRecord(json, CaseFile.Parse(json));
        }

        try
        {
            var json = await File.ReadAllTextAsync(caseArgument, ct).ConfigureAwait(false);
            return new CaseRecord(json, CaseFile.Parse(json));
        }
        catch (JsonException ex)
        {
            error.WriteLine($"{caseArgument}({(ex.LineNumber ?? 0) + 1}): error {Intake.IntakeDiagnosticCodes.NotACaseDocument}: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// The stored case as the fold of its entries, as of a sequence number or an instant when <paramref name="asOf"/>
    /// is given; fold problems are written as warnings. A null state comes with the exit code to return, after
    /// writing why to <paramref name="error"/>.
    /// </summary>
    public static async Task<(CaseState? State, int ExitCode)> FoldAsync(string caseId, string? asOf, string? db, TextWriter error, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var (state, _, exitCode) = await FoldEntriesAsync(host, caseId, asOf, error, ct).ConfigureAwait(false);
        return (state, exitCode);
    }

    // The fold, with every entry of the case.
    private static async Task<(CaseState? State, IReadOnlyList<LedgerEntry> Entries, int ExitCode)> FoldEntriesAsync(LedgerHost host, string caseId, string? asOf, TextWriter error, CancellationToken ct)
    {
        var entries = await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return (null, [], ExitCodes.InputErrors);
        }

        CaseState state;
        if (asOf is null)
        {
            state = CaseFold.Fold(entries);
        }
        else if (long.TryParse(asOf, System.Globalization.CultureInfo.InvariantCulture, out var sequence))
        {
            state = CaseFold.Fold(entries, sequence);
        }
        else if (InstantPattern.ExtendedIso.Parse(asOf) is { Success: true } instant)
        {
            state = CaseFold.FoldAsOf(entries, instant.Value);
        }
        else
        {
            error.WriteLine($"docket: error: --as-of takes a sequence number or an instant such as 2026-11-23T10:00:00Z, not '{asOf}'.");
            return (null, entries, ExitCodes.Usage);
        }

        foreach (var problem in state.Problems)
        {
            error.WriteLine($"{caseId}: warning {Core.Ledger.LedgerDiagnosticCodes.FoldProblem}: {problem}");
        }

        if (state.Json is null)
        {
            error.WriteLine($"docket: error: case '{caseId}' had not been opened at {asOf}.");
            return (null, entries, ExitCodes.InputErrors);
        }

        return (state, entries, ExitCodes.Success);
    }
}

/// <summary>A case as a command reads it: its docket.case/1 document and typed view, and for a stored case its ledger.</summary>
internal sealed record CaseRecord(string Json, CaseFile File)
{
    /// <summary>The ledger's case id; null for a file.</summary>
    public string? CaseId { get; init; }

    /// <summary>The entries the state folds (up to --as-of), in sequence order.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>The signed checkpoints stored for the case.</summary>
    public IReadOnlyList<SignedCheckpoint> Signatures { get; init; } = [];
}
