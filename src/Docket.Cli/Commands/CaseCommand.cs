using System.CommandLine;
using System.Text.Json;
using Docket.Core.Ledger.Entries;
using Docket.Intake.Json;

namespace Docket.Cli.Commands;

/// <summary><c>docket case open FILE</c>, <c>docket case list</c>, <c>docket case show CASE [--as-of SEQ|DATE]</c>.</summary>
internal static class CaseCommand
{
    public static Command Create(Option<string?> db, Option<bool> json, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The narrative to open a case from." };
        var open = new Command("open", "Read a narrative and open a case whose first ledger entry is the intake result.") { file };
        open.SetAction((parse, ct) => OpenAsync(parse.GetValue(file)!, parse.GetValue(db), parse.GetValue(json), output, error, ct));

        var list = new Command("list", "List the cases in the database.");
        list.SetAction((parse, ct) => ListAsync(parse.GetValue(db), parse.GetValue(json), output, ct));

        var caseId = new Argument<string>("case") { Description = "The case id." };
        var asOf = new Option<string?>("--as-of") { Description = "A sequence number or an instant (2026-11-23T10:00:00Z): the case as it stood then." };
        var show = new Command("show", "Show the case as the fold of its ledger entries.") { caseId, asOf };
        show.SetAction((parse, ct) => ShowAsync(parse.GetValue(caseId)!, parse.GetValue(asOf), parse.GetValue(db), output, error, ct));

        return new Command("case", "Open, list and show cases.") { open, list, show };
    }

    private static async Task<int> OpenAsync(string path, string? db, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var result = IntakeRunner.ReadFile(path);
        IntakeRunner.WriteDiagnostics(error, path, result);
        if (result.Case is null)
        {
            return ExitCodes.InputErrors;
        }

        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var id = await host.Cases.OpenAsync(CaseJsonWriter.Write(result), LedgerHost.CurrentUser, ct).ConfigureAwait(false);
        output.WriteLine(json ? JsonSerializer.Serialize(new { id }) : id);
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(string? db, bool json, TextWriter output, CancellationToken ct)
    {
        var host = await LedgerHost.OpenAsync(db, ct).ConfigureAwait(false);
        var cases = await host.Cases.ListAsync(ct).ConfigureAwait(false);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(cases.Select(c => new { id = c.CaseId, entries = c.Entries })));
            return ExitCodes.Success;
        }

        foreach (var c in cases)
        {
            output.WriteLine($"{c.CaseId}  {c.Entries} entries");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ShowAsync(string caseId, string? asOf, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (state, exitCode) = await CaseSource.FoldAsync(caseId, asOf, db, error, ct).ConfigureAwait(false);
        if (state is null)
        {
            return exitCode;
        }

        using var document = JsonDocument.Parse(state.Json!);
        output.WriteLine(JsonSerializer.Serialize(document.RootElement, Indented));
        return ExitCodes.Success;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
