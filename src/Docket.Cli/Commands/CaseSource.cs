using System.Text.Json;
using Docket.Core.CaseFiles;
using Docket.Core.Compliance;
using Docket.Core.Ledger.Entries;
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
    public static async Task<CaseFile?> ReadAsync(string caseArgument, string? db, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(caseArgument))
        {
            var (state, _) = await FoldAsync(caseArgument, null, db, error, ct).ConfigureAwait(false);
            return state is null ? null : CaseFile.Parse(state.Json!);
        }

        if (!caseArgument.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var result = IntakeRunner.ReadFile(caseArgument);
            IntakeRunner.WriteDiagnostics(error, caseArgument, result);
            return result.Case is null ? null : CaseFile.Parse(CaseJsonWriter.Write(result));
        }

        try
        {
            return CaseFile.Parse(await File.ReadAllTextAsync(caseArgument, ct).ConfigureAwait(false));
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
        var entries = await host.ReadCaseAsync(caseId, error, ct).ConfigureAwait(false);
        if (entries is null)
        {
            return (null, ExitCodes.InputErrors);
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
            return (null, ExitCodes.Usage);
        }

        foreach (var problem in state.Problems)
        {
            error.WriteLine($"{caseId}: warning {Core.Ledger.LedgerDiagnosticCodes.FoldProblem}: {problem}");
        }

        if (state.Json is null)
        {
            error.WriteLine($"docket: error: case '{caseId}' had not been opened at {asOf}.");
            return (null, ExitCodes.InputErrors);
        }

        return (state, ExitCodes.Success);
    }
}
