using System.CommandLine;
using Docket.Core.Clocks;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Delay;
using Docket.Core.Scheduling.Files;
using Docket.Core.Utility;

namespace Docket.Cli.Commands;

/// <summary>The settings every analysis of a dossier takes: extra catalogs and clock rules, a schedule, incident facts, the concurrency rule, exposure assumptions.</summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string?> _catalogs = new("--catalogs") { Description = "A folder of extra catalog files (*.json) beside the built-in ones (else DOCKET_CATALOGS)." };
    private readonly Option<string?> _clockRules = new("--clock-rules") { Description = "A folder of extra clock rule files (*.json) beside the built-in ones (else DOCKET_CLOCKS)." };
    private readonly Option<string?> _schedule = new("--schedule") { Description = "A schedule: docket.schedule/1 JSON (with delay events), CSV, or Microsoft Project XML." };
    private readonly Option<string?> _incident = new("--incident") { Description = "The incident's facts (docket.incident/1 JSON); else what the case states." };
    private readonly Option<string> _rule = new("--rule") { Description = "The concurrency rule chosen for the delay findings (every rule is reported).", DefaultValueFactory = _ => "malmaison" };
    private readonly Option<string[]> _assume = new("--assume") { Description = $"An exposure assumption NAME=VALUE; repeat for more. Names: {string.Join(", ", Core.Exposure.ExposureAnalyzer.Names)}." };

    public static AnalysisOptions Create() => new();

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[_catalogs, _clockRules, _schedule, _incident, _rule, _assume])
        {
            command.Options.Add(option);
        }
    }

    public Values Read(ParseResult parse) => new(parse.GetValue(_catalogs), parse.GetValue(_clockRules), parse.GetValue(_schedule), parse.GetValue(_incident),
        parse.GetValue(_rule) ?? "malmaison", parse.GetValue(_assume) ?? []);

    /// <summary>The options as given on the command line.</summary>
    internal sealed record Values(string? Catalogs, string? ClockRules, string? Schedule, string? Incident, string Rule, string[] Assume)
    {
        /// <summary>The exit code when <see cref="Load"/> failed.</summary>
        public int ExitCode { get; private set; } = ExitCodes.InputErrors;

        /// <summary>The files read and the values parsed; null after writing each problem.</summary>
        public Loaded? Load(TextWriter error)
        {
            if (!KebabCase.TryParse<ConcurrencyRule>(Rule.Trim().ToLowerInvariant(), out var rule))
            {
                error.WriteLine($"docket: error: --rule must be one of {string.Join(", ", Enum.GetValues<ConcurrencyRule>().Select(r => KebabCase.Name(r)))}.");
                ExitCode = ExitCodes.Usage;
                return null;
            }

            var assumptions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in Assume)
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    error.WriteLine($"docket: error: --assume '{pair}' is not NAME=VALUE.");
                    ExitCode = ExitCodes.Usage;
                    return null;
                }

                assumptions[pair[..at].Trim()] = pair[(at + 1)..].Trim();
            }

            var catalogs = AnalyzeCommand.LoadCatalogs(Catalogs ?? Environment.GetEnvironmentVariable("DOCKET_CATALOGS"), error);
            var clockRules = AnalyzeCommand.LoadClockRules(ClockRules ?? Environment.GetEnvironmentVariable("DOCKET_CLOCKS"), error);
            if (catalogs is null || clockRules is null)
            {
                return null;
            }

            ScheduleInput? schedule = null;
            if (Schedule is { } path && (schedule = AnalyzeCommand.ReadSchedule(path, error)) is null)
            {
                return null;
            }

            Incident? incident = null;
            if (Incident is { } incidentPath && (incident = AnalyzeCommand.ReadIncident(incidentPath, error)) is null)
            {
                return null;
            }

            return new Loaded(catalogs, clockRules, schedule, incident, rule, assumptions);
        }
    }

    /// <summary>The options, read and checked.</summary>
    internal sealed record Loaded(CatalogSet Catalogs, ClockRuleSet ClockRules, ScheduleInput? Schedule, Incident? Incident, ConcurrencyRule Rule, IReadOnlyDictionary<string, string> Assumptions);
}
