using System.Text.Json;
using Docket.Core.Ledger.Entries;
using Docket.Intake.Json;

namespace Docket.Cli.Commands;

/// <summary>
/// What a command's CASE argument names: an existing file (a docket.case/1 JSON document, or a narrative read by
/// intake without storing it), else a case id in the database (the fold of its entries).
/// </summary>
internal static class CaseSource
{
    /// <summary>The case's docket.case/1 JSON, or null after writing why to <paramref name="error"/>.</summary>
    public static async Task<string?> ReadAsync(string caseArgument, string? db, TextWriter error, CancellationToken ct)
    {
        if (File.Exists(caseArgument))
        {
            if (caseArgument.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var text = await File.ReadAllTextAsync(caseArgument, ct).ConfigureAwait(false);
                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind == JsonValueKind.Object
                        && document.RootElement.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.String && schema.GetString() == "docket.case/1")
                    {
                        return text;
                    }
                }
                catch (JsonException ex)
                {
                    error.WriteLine($"{caseArgument}({(ex.LineNumber ?? 0) + 1}): error {Intake.IntakeDiagnosticCodes.NotACaseDocument}: not valid JSON: {ex.Message}");
                    return null;
                }

                error.WriteLine($"{caseArgument}(1): error {Intake.IntakeDiagnosticCodes.NotACaseDocument}: not a docket.case/1 document (its \"schema\" must be \"docket.case/1\").");
                return null;
            }

            var result = IntakeRunner.ReadFile(caseArgument);
            IntakeRunner.WriteDiagnostics(error, caseArgument, result);
            return result.Case is null ? null : CaseJsonWriter.Write(result);
        }

        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var entries = await host.Ledger.ReadAsync(caseArgument, ct).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            error.WriteLine($"docket: error: '{caseArgument}' is neither a file nor a case in {host.Location}.");
            return null;
        }

        var state = CaseFold.Fold(entries);
        foreach (var problem in state.Problems)
        {
            error.WriteLine($"{caseArgument}: warning {Core.Ledger.LedgerDiagnosticCodes.FoldProblem}: {problem}");
        }

        return state.Json;
    }
}
