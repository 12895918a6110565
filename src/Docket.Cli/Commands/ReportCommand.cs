using System.CommandLine;
using Docket.Reports;
using Docket.Reports.Csv;
using Docket.Reports.Dossiers;
using Docket.Reports.Html;
using Docket.Reports.Json;
using Docket.Reports.Pdf;
using NodaTime;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket report CASE --format html|pdf|json|csv [-o PATH]</c>: the case's dossier. HTML and JSON go to standard
/// output without <c>-o</c>; a PDF needs <c>-o</c>; CSV writes PATH.chronology.csv and PATH.exhibits.csv.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(Option<string?> db, TextWriter output, TextWriter error)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case id in the database, or a narrative or docket.case/1 JSON file (reported without storing it)." };
        var format = new Option<string>("--format") { Description = "html (default), pdf, json or csv.", DefaultValueFactory = _ => "html" };
        var outPath = new Option<string?>("--output", "-o") { Description = "Where to write it (for csv, the prefix of PATH.chronology.csv and PATH.exhibits.csv)." };
        var asOf = new Option<string?>("--as-of") { Description = "The ledger state to report: a sequence number or an instant (a stored case only)." };
        var options = new AnalysisOptions();
        var command = new Command("report", "Write the case's dossier: cover, summary, chronology, issues, compliance, delay, clocks, exposure, open questions, exhibits, method.")
        {
            caseArgument, format, outPath, asOf,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(caseArgument)!, parse.GetValue(format)!, parse.GetValue(outPath), parse.GetValue(asOf), options.Read(parse),
            parse.GetValue(db), output, error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string caseArgument, string format, string? outPath, string? asOf, AnalysisOptions.Values values, string? db,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        format = format.Trim().ToLowerInvariant();
        if (format is not ("html" or "pdf" or "json" or "csv"))
        {
            error.WriteLine($"docket: error {ReportCodes.UnknownFormat}: --format must be html, pdf, json or csv, not '{format}'.");
            return ExitCodes.Usage;
        }

        if (format is "pdf" or "csv" && outPath is null)
        {
            error.WriteLine($"docket: error {ReportCodes.NoOutput}: --format {format} needs -o PATH.");
            return ExitCodes.Usage;
        }

        string? chromium = null;
        if (format == "pdf" && (chromium = DossierPdf.FindChromium()) is null)
        {
            error.WriteLine($"docket: error {ReportCodes.NoChromium}: a PDF is printed by headless Chromium, and none was found at {DossierPdf.DebianChromium} or DOCKET_CHROMIUM: {DossierPdf.InstallHint}.");
            return ExitCodes.InputErrors;
        }

        var (dossier, exitCode) = await BuildAsync(caseArgument, asOf, values, db, error, ct).ConfigureAwait(false);
        if (dossier is null)
        {
            return exitCode;
        }

        switch (format)
        {
            case "html":
                Emit(DossierHtml.Write(dossier), outPath, output);
                break;
            case "json":
                Emit(DossierJson.Write(dossier), outPath, output);
                break;
            case "csv":
                File.WriteAllText(outPath + ".chronology.csv", DossierCsv.Chronology(dossier));
                File.WriteAllText(outPath + ".exhibits.csv", DossierCsv.Exhibits(dossier));
                output.WriteLine($"Wrote {outPath}.chronology.csv ({dossier.Chronology.Facts.Length} facts) and {outPath}.exhibits.csv ({dossier.Exhibits.Length} exhibits)");
                break;
            default:
                try
                {
                    await using var printer = await DossierPdf.StartAsync(chromium!).ConfigureAwait(false);
                    await File.WriteAllBytesAsync(outPath!, await printer.PrintAsync(DossierHtml.Write(dossier), dossier.Cover.Title, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                }
                catch (Microsoft.Playwright.PlaywrightException ex)
                {
                    error.WriteLine($"docket: error {ReportCodes.PrintFailed}: Chromium at {chromium} could not print the dossier: {ex.Message.Split('\n')[0]}");
                    return ExitCodes.InputErrors;
                }

                output.WriteLine($"Wrote {outPath}");
                break;
        }

        return ExitCodes.Success;
    }

    // The dossier of CASE with the analysis options, or null with the exit code after writing why.
    private static async Task<(Dossier? Dossier, int ExitCode)> BuildAsync(string caseArgument, string? asOf, AnalysisOptions.Values values, string? db, TextWriter error, CancellationToken ct)
    {
        var (loaded, loadCode) = values.Load(error);
        if (loaded is null)
        {
            return (null, loadCode);
        }

        var record = await CaseSource.ReadRecordAsync(caseArgument, asOf, db, error, ct).ConfigureAwait(false);
        if (record is null)
        {
            return (null, ExitCodes.InputErrors);
        }

        var day = DossierInput.Day(record.Entries, SystemClock.Instance.GetCurrentInstant().InUtc().Date);
        try
        {
            return (DossierBuilder.Build(new DossierInput(record.Json, record.File, day)
            {
                CaseId = record.CaseId,
                Entries = record.Entries,
                Signatures = [.. record.Signatures.Select(s => (s.TreeSize, s.VerifierKeys))],
                Catalogs = loaded.Catalogs,
                ClockRules = loaded.ClockRules,
                Schedule = loaded.Schedule,
                Incident = loaded.Incident,
                Rule = loaded.Rule,
                Assumptions = loaded.Assumptions,
            }), ExitCodes.Success);
        }
        catch (FormatException ex)
        {
            error.WriteLine($"docket: error: {ex.Message}");
            return (null, ExitCodes.Usage);
        }
    }

    private static void Emit(string text, string? path, TextWriter output)
    {
        if (path is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(path, text);
            output.WriteLine($"Wrote {path}");
        }
    }
}
