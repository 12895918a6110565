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
        var catalogs = new Option<string?>("--catalogs") { Description = "A folder of extra catalog files (*.json) to load beside the built-in ones (else DOCKET_CATALOGS)." };
        var chronology = new Option<bool>("--chronology") { Description = "Every dated fact in order, with its source, who asserts it, and whether it is disputed; contradictions." };
        var delay = new Option<bool>("--delay") { Description = "The deadline, each party's stated cause and the dates that would decide; with --schedule, delay days per party and rule." };
        var schedule = new Option<string?>("--schedule") { Description = "A schedule: docket.schedule/1 JSON (with delay events), CSV, or Microsoft Project XML." };
        var rule = new Option<string>("--rule")
        {
            Description = "The concurrency rule: malmaison (default), united-states, apportionment, concurrency-clause, first-in-time. Every rule is reported; this one is chosen.",
            DefaultValueFactory = _ => "malmaison",
        };
        var apportion = new Option<decimal>("--apportion") { Description = "The client's share of concurrent days under apportionment (0 to 1).", DefaultValueFactory = _ => 0.5m };
        var clocks = new Option<bool>("--clocks") { Description = "Every statutory and contractual notification clock the incident starts: deadline, rule version, status, missing facts." };
        var incident = new Option<string?>("--incident") { Description = "The incident's facts (docket.incident/1 JSON): times, residents, roles, notices given. Else what the case states." };
        var ics = new Option<string?>("--ics") { Description = "With --clocks, also write the open deadlines to this iCalendar file." };
        var clockRules = new Option<string?>("--clock-rules") { Description = "A folder of extra clock rule files (*.json) beside the built-in ones (else DOCKET_CLOCKS)." };
        var exposure = new Option<bool>("--exposure") { Description = "Who could owe what: heads of loss, each cap assumption under each party's theory, and with --assume p-liability the settlement range and a seeded Monte Carlo." };
        var assume = new Option<string[]>("--assume") { Description = $"An assumption NAME=VALUE; repeat for more. Names: {string.Join(", ", ExposureAnalyzer.Names)}." };
        var command = new Command("analyze", "Analyse a case.") { caseArgument, compliance, catalogs, chronology, delay, schedule, rule, apportion, clocks, incident, ics, clockRules, exposure, assume, json };
        command.SetAction((parse, ct) => RunAsync(
            new Request(parse.GetValue(caseArgument)!, parse.GetValue(compliance), parse.GetValue(chronology), parse.GetValue(delay), parse.GetValue(catalogs),
                parse.GetValue(schedule), parse.GetValue(rule)!, parse.GetValue(apportion), parse.GetValue(json))
            {
                Clocks = parse.GetValue(clocks), Incident = parse.GetValue(incident), Ics = parse.GetValue(ics), ClockRules = parse.GetValue(clockRules),
                Exposure = parse.GetValue(exposure), Assume = parse.GetValue(assume) ?? [],
            },
            parse.GetValue(db), output, error, ct));
        return command;
    }

    private sealed record Request(string Case, bool Compliance, bool Chronology, bool Delay, string? Catalogs, string? Schedule, string Rule, decimal Apportion, bool Json)
    {
        public bool Clocks { get; init; }

        public string? Incident { get; init; }

        public string? Ics { get; init; }

        public string? ClockRules { get; init; }

        public bool Exposure { get; init; }

        public string[] Assume { get; init; } = [];
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

        if (!KebabCase.TryParse<ConcurrencyRule>(request.Rule.Trim().ToLowerInvariant(), out var concurrency) || request.Apportion is < 0 or > 1)
        {
            error.WriteLine($"docket: error: --rule must be one of {string.Join(", ", Enum.GetValues<ConcurrencyRule>().Select(r => KebabCase.Name(r)))}, and --apportion between 0 and 1.");
            return ExitCodes.Usage;
        }

        CatalogSet? catalogs = null;
        if (request.Compliance && (catalogs = LoadCatalogs(request.Catalogs ?? Environment.GetEnvironmentVariable("DOCKET_CATALOGS"), error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        ClockRuleSet? clockRules = null;
        if (request.Clocks && (clockRules = LoadClockRules(request.ClockRules ?? Environment.GetEnvironmentVariable("DOCKET_CLOCKS"), error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        Incident? stated = null;
        if (request.Incident is { } incidentPath && (stated = ReadIncident(incidentPath, error)) is null)
        {
            return ExitCodes.InputErrors;
        }

        ScheduleInput? input = null;
        if (request.Schedule is { } path && (input = ReadSchedule(path, error)) is null)
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
                WriteErrors(request.Schedule ?? request.Case, ex, error);
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
            var assumptions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in request.Assume)
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    error.WriteLine($"docket: error: --assume '{pair}' is not NAME=VALUE.");
                    return ExitCodes.Usage;
                }

                assumptions[pair[..at].Trim()] = pair[(at + 1)..].Trim();
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

    /// <summary>The built-in clock rules and calendars and the folder's files; null after listing the errors when any file is malformed.</summary>
    public static ClockRuleSet? LoadClockRules(string? folder, TextWriter error)
    {
        if (ReadDataFolder(folder, "clock rules", error) is not { } extra)
        {
            return null;
        }

        var set = ClockRuleSet.BuiltInWith(extra);
        return Report(set.Errors, error) ? set : null;
    }

    /// <summary>The incident facts in <paramref name="path"/>; null after saying why when they cannot be read.</summary>
    public static Incident? ReadIncident(string path, TextWriter error)
    {
        try
        {
            return IncidentReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error {CatalogCodes.WrongValue}: {ex.Message}");
            return null;
        }
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

    /// <summary>The schedule in <paramref name="path"/>; null after writing each error (naming the activity) when it cannot be read.</summary>
    public static ScheduleInput? ReadSchedule(string path, TextWriter error)
    {
        try
        {
            var input = ScheduleFile.Read(path, File.ReadAllText(path));
            CriticalPathCalculator.Compute(input.Schedule);
            return input;
        }
        catch (ScheduleException ex)
        {
            WriteErrors(path, ex, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error {ScheduleErrorCodes.BadFile}: (file): {ex.Message}");
        }

        return null;
    }

    private static void WriteErrors(string path, ScheduleException ex, TextWriter error)
    {
        foreach (var e in ex.Errors)
        {
            error.WriteLine($"{path}: {e}");
        }
    }

    /// <summary>The built-in catalogs and the folder's files; null after listing the errors when any file is malformed.</summary>
    public static CatalogSet? LoadCatalogs(string? folder, TextWriter error)
    {
        if (ReadDataFolder(folder, "catalog", error) is not { } extra)
        {
            return null;
        }

        var catalogs = CatalogSet.BuiltInWith(extra);
        return Report(catalogs.Errors, error) ? catalogs : null;
    }

    // The *.json files of a user's data folder (name and text), in name order; null after saying why when it cannot be read.
    private static List<(string, string)>? ReadDataFolder(string? folder, string what, TextWriter error)
    {
        var files = new List<(string, string)>();
        if (folder is null)
        {
            return files;
        }

        if (!Directory.Exists(folder))
        {
            error.WriteLine($"{folder}: error {CatalogCodes.Unreadable}: the {what} folder does not exist.");
            return null;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                files.Add((path, File.ReadAllText(path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}(1): error {CatalogCodes.Unreadable}: (file): {ex.Message}");
                return null;
            }
        }

        return files;
    }

    // Writes each data-file error; true when there was none.
    private static bool Report(IReadOnlyCollection<CatalogError> errors, TextWriter error)
    {
        foreach (var problem in errors)
        {
            error.WriteLine(problem.ToString());
        }

        return errors.Count == 0;
    }
}
