using System.Collections.Immutable;
using Docket.Core.CaseFiles;
using Docket.Core.Scheduling;
using Docket.Core.Scheduling.Files;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>
/// Chooses and runs the delay analyses the record allows (methods.md A10): with only a narrative, the narrative
/// picture; with a schedule that has delay events, a time impact analysis; with actual dates, as-planned against
/// as-built; and the critical delay found, day by day, under every concurrency rule, the chosen one first.
/// </summary>
public static class DelayAnalyzer
{
    /// <summary>Analyses <paramref name="file"/> (may be null when only a schedule is given) and <paramref name="input"/>.</summary>
    /// <exception cref="ScheduleException">The schedule is invalid.</exception>
    public static DelayReport Analyze(CaseFile? file, ScheduleInput? input, ConcurrencyRule rule = ConcurrencyRule.Malmaison, decimal apportionment = 0.5m)
    {
        var narrative = file is null ? null : NarrativeDelayReader.Read(file);
        if (input is null)
        {
            return new DelayReport(rule, narrative, null, [], null, null, narrative?.DeadlineLatest, null, null, []);
        }

        var schedule = input.Schedule;
        var planned = CriticalPathCalculator.Compute(schedule.AsPlanned());
        var contract = schedule.RequiredFinish ?? narrative?.DeadlineLatest ?? planned.FinishDate;
        var asBuilt = schedule.Activities.Any(a => a.ActualStart is not null) ? AsPlannedVersusAsBuilt.Compare(schedule) : null;
        var impact = input.Events.IsEmpty ? null : TimeImpactAnalysis.Run(schedule, input.Events, contract);
        var completion = impact?.Finish ?? asBuilt?.Finish ?? planned.FinishDate;
        var intervals = impact?.Intervals ?? asBuilt?.Intervals ?? [];
        var byRule = Enum.GetValues<ConcurrencyRule>()
            .OrderBy(r => r == rule ? 0 : 1)
            .Select(r => ConcurrencyCalculator.Compute(contract, completion, intervals, r, apportionment))
            .ToImmutableArray();
        return new DelayReport(rule, narrative, planned.FinishDate, planned.LongestPath, asBuilt, impact, contract, completion, byRule[0], byRule);
    }
}
