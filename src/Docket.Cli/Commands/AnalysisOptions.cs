using System.CommandLine;
using Docket.Core.Clocks;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Delay;
using Docket.Core.Exposure;
using Docket.Core.Scheduling;
using Docket.Core.Scheduling.Files;
using Docket.Core.Utility;

namespace Docket.Cli.Commands;

/// <summary>
/// What the analyses take besides the case, for 'docket analyze' and 'docket report': extra catalogs and clock rules,
/// a schedule, incident facts, the concurrency rule, exposure assumptions; the options, and the reading of their files.
/// </summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string?> _catalogs = new("--catalogs") { Description = "A folder of extra catalog files (*.json) to load beside the built-in ones (else DOCKET_CATALOGS)." };
    private readonly Option<string?> _clockRules = new("--clock-rules") { Description = "A folder of extra clock rule files (*.json) beside the built-in ones (else DOCKET_CLOCKS)." };
    private readonly Option<string?> _schedule = new("--schedule") { Description = "A schedule: docket.schedule/1 JSON (with delay events), CSV, or Microsoft Project XML." };
    private readonly Option<string?> _incident = new("--incident") { Description = "The incident's facts (docket.incident/1 JSON): times, residents, roles, notices given. Else what the case states." };
    private readonly Option<string> _rule = new("--rule")
    {
        Description = "The concurrency rule: malmaison (default), united-states, apportionment, concurrency-clause, first-in-time. Every rule is reported; this one is chosen.",
        DefaultValueFactory = _ => "malmaison",
    };

    private readonly Option<string[]> _assume = new("--assume") { Description = $"An exposure assumption NAME=VALUE; repeat for more. Names: {string.Join(", ", ExposureAnalyzer.Names)}." };

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[_catalogs, _clockRules, _schedule, _incident, _rule, _assume])
        {
            command.Options.Add(option);
        }
    }

    public Values Read(ParseResult parse) => new(parse.GetValue(_catalogs), parse.GetValue(_clockRules), parse.GetValue(_schedule), parse.GetValue(_incident),
        parse.GetValue(_rule) ?? "malmaison", parse.GetValue(_assume) ?? []);

    /// <summary>The concurrency rule named <paramref name="text"/> ("malmaison", "first-in-time" …).</summary>
    public static bool TryParseRule(string text, out ConcurrencyRule rule) => KebabCase.TryParse(text.Trim().ToLowerInvariant(), out rule);

    /// <summary>The names the concurrency rules go by, for an error message.</summary>
    public static string RuleNames => string.Join(", ", Enum.GetValues<ConcurrencyRule>().Select(r => KebabCase.Name(r)));

    /// <summary>The --assume pairs as NAME → VALUE; null after naming the first that is not NAME=VALUE.</summary>
    public static Dictionary<string, string>? ParseAssumptions(IEnumerable<string> pairs, TextWriter error)
    {
        var assumptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                error.WriteLine($"docket: error: --assume '{pair}' is not NAME=VALUE.");
                return null;
            }

            assumptions[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }

        return assumptions;
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

    public static void WriteErrors(string path, ScheduleException ex, TextWriter error)
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

    /// <summary>The options as given on the command line.</summary>
    internal sealed record Values(string? Catalogs, string? ClockRules, string? Schedule, string? Incident, string Rule, string[] Assume)
    {
        /// <summary>Every file read and every value parsed, or null with the exit code after writing each problem.</summary>
        public (Loaded? Loaded, int ExitCode) Load(TextWriter error)
        {
            if (!TryParseRule(Rule, out var rule))
            {
                error.WriteLine($"docket: error: --rule must be one of {RuleNames}.");
                return (null, ExitCodes.Usage);
            }

            if (ParseAssumptions(Assume, error) is not { } assumptions)
            {
                return (null, ExitCodes.Usage);
            }

            var catalogs = LoadCatalogs(Catalogs ?? Environment.GetEnvironmentVariable("DOCKET_CATALOGS"), error);
            var clockRules = LoadClockRules(ClockRules ?? Environment.GetEnvironmentVariable("DOCKET_CLOCKS"), error);
            ScheduleInput? schedule = null;
            Incident? incident = null;
            if (catalogs is null || clockRules is null
                || (Schedule is { } path && (schedule = ReadSchedule(path, error)) is null)
                || (Incident is { } incidentPath && (incident = ReadIncident(incidentPath, error)) is null))
            {
                return (null, ExitCodes.InputErrors);
            }

            return (new Loaded(catalogs, clockRules, schedule, incident, rule, assumptions), ExitCodes.Success);
        }
    }

    /// <summary>The options, read and checked.</summary>
    internal sealed record Loaded(CatalogSet Catalogs, ClockRuleSet ClockRules, ScheduleInput? Schedule, Incident? Incident, ConcurrencyRule Rule, IReadOnlyDictionary<string, string> Assumptions);
}
