using System.CommandLine;
using System.Globalization;
using Docket.Cli.Rendering;
using Docket.Core.CaseFiles;
using Docket.Core.Chronology;
using Docket.Core.Clocks;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Delay;
using Docket.Core.Exposure;
using Docket.Core.Scheduling;
using Docket.Core.Scheduling.Files;
using Docket.Core.Utility;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket analyze CASE --compliance|--chronology|--delay [--schedule FILE] [--rule RULE] [--json]</c>: the case's
/// obligations judged against the contract and the standards it invokes; its dated facts in order; its delay.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(Option<string?> db, Option<bool> json, TextWriter output, TextWriter error)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case id in the database, or a narrative or docket.case/1 JSON file (analysed without storing it)." };
        var compliance = new Option<bool>("--compliance") { Description = "Each obligation's status, reasons and open questions; the matrix against the standards; coverage and gaps." };
        var chronology = new Option<bool>("--chronology") { Description = "Every dated fact in order, with its source, who asserts it, and whether it is disputed; contradictions." };
        var delay = new Option<bool>("--delay") { Description = "The deadline, each party's stated cause and the dates that would decide; with --schedule, delay days per party and rule." };
        var apportion = new Option<decimal>("--apportion") { Description = "The client's share of concurrent days under apportionment (0 to 1).", DefaultValueFactory = _ => 0.5m };
        var clocks = new Option<bool>("--clocks") { Description = "Every statutory and contractual notification clock the incident starts: deadline, rule version, status, missing facts." };
        var ics = new Option<string?>("--ics") { Description = "With --clocks, also write the open deadlines to this iCalendar file." };
        var exposure = new Option<bool>("--exposure") { Description = "Who could owe what: heads of loss, each cap assumption under each party's theory, and with --assume p-liability the settlement range and a seeded Monte Carlo." };
        var shared = new AnalysisOptions();
        var command = new Command("analyze", "Analyse a case.") { caseArgument, compliance, chronology, delay, apportion, clocks, ics, exposure, json };
        shared.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(
            new Request(parse.GetValue(caseArgument)!, parse.GetValue(compliance), parse.GetValue(chronology), parse.GetValue(delay), parse.GetValue(apportion), parse.GetValue(json), shared.Read(parse))
            {
                Clocks = parse.GetValue(clocks), Ics = parse.GetValue(ics), Exposure = parse.GetValue(exposure),
            },
            parse.GetValue(db), output, error, ct));
        return command;
    }

    private sealed record Request(string Case, bool Compliance, bool Chronology, bool Delay, decimal Apportion, bool Json, AnalysisOptions.Values Options)
    {
        public bool Clocks { get; init; }

        public string? Ics { get; init; }

        public bool Exposure { get; init; }
    }

    private static async Task<int> RunAsync(Request request, string? db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var chosen = (request.Compliance ? 1 : 0) + (request.Chronology ? 1 : 0) + (request.Delay ? 1 : 0) + (request.Clocks ? 1 : 0) + (request.Exposure ? 1 : 0);
        if (chosen == 0 || (request.Json && chosen > 1))
        {
            error.WriteLine(chosen == 0
                ? "docket: error: name an analysis: --compliance, --chronology, --delay, --clocks or --exposure."
                : "docket: error: with --json, name one analysis at a time.");
            return ExitCodes.Usage;
        }

        var options = request.Options;
        if (!AnalysisOptions.TryParseRule(options.Rule, out var concurrency) || request.Apportion is < 0 or > 1)
        {
            error.WriteLine($"docket: error: --rule must be one of {AnalysisOptions.RuleNames}, and --apportion between 0 and 1.");
            return ExitCodes.Usage;
        }

        CatalogSet? catalogs = null;
        if (request.Compliance && (catalogs = AnalysisOptions.LoadCatalogs(options.Catalogs ?? Environment.GetEnvironmentVariable("DOCKET_CATALOGS"), error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        ClockRuleSet? clockRules = null;
        if (request.Clocks && (clockRules = AnalysisOptions.LoadClockRules(options.ClockRules ?? Environment.GetEnvironmentVariable("DOCKET_CLOCKS"), error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        Incident? stated = null;
        if (options.Incident is { } incidentPath && (stated = AnalysisOptions.ReadIncident(incidentPath, error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        ScheduleInput? input = null;
        if (options.Schedule is { } path && (input = AnalysisOptions.ReadSchedule(path, error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        var file = await CaseSource.ReadAsync(request.Case, db, error, ct).ConfigureAwait(false);
        if (file is null)
        {
            return ExitCodes.InputErrors;
        }

        if (request.Compliance)
        {
            var report = new ComplianceAssessor(catalogs!).Assess(file);
            Write(request.Json, output, () => ComplianceJson.Write(report), () => ComplianceTable.Write(output, file, report));
        }

        if (request.Chronology)
        {
            var report = ChronologyBuilder.Build(file);
            Write(request.Json, output, () => ChronologyJson.Write(report), () => ChronologyTable.Write(output, file, report));
        }

        if (request.Delay)
        {
            DelayReport report;
            try
            {
                report = DelayAnalyzer.Analyze(file, input, concurrency, request.Apportion);
            }
            catch (ScheduleException ex)
            {
                AnalysisOptions.WriteErrors(options.Schedule ?? request.Case, ex, error);
                return ExitCodes.InputErrors;
            }

            Write(request.Json, output, () => DelayJson.Write(report), () => DelayTable.Write(output, file, report));
        }

        if (request.Clocks)
        {
            // The case's own facts, or an incident file's, completed from the case.
            var facts = stated is null ? IncidentFromCase.Read(file) : IncidentFromCase.Complete(stated, file);
            var report = new ClockEngine(clockRules!).Evaluate(facts, NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date, ContractClocks.From(file));
            Write(request.Json, output, () => ClockJson.Write(report), () => ClockTable.Write(output, report));
            if (request.Ics is { } ics)
            {
                File.WriteAllText(ics, ClockCalendar.Write(report));
            }
        }

        if (request.Exposure)
        {
            if (AnalysisOptions.ParseAssumptions(options.Assume, error) is not { } assumptions)
            {
                return ExitCodes.Usage;
            }

            ExposureReport report;
            try
            {
                report = ExposureAnalyzer.Analyze(file, assumptions);
            }
            catch (FormatException ex)
            {
                error.WriteLine($"docket: error: {ex.Message}");
                return ExitCodes.Usage;
            }

            Write(request.Json, output, () => ExposureJson.Write(report), () => ExposureTable.Write(output, report));
        }

        return ExitCodes.Success;
    }

    private static void Write(bool json, TextWriter output, Func<string> document, Action table)
    {
        if (json)
        {
            output.WriteLine(document());
        }
        else
        {
            table();
        }
    }
}
