using System.Globalization;
using Docket.Core.CaseFiles;
using Docket.Core.Delay;
using Docket.Core.Utility;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The delay analysis: the narrative picture, the schedule analyses, and the days under each concurrency rule.</summary>
internal static class DelayTable
{
    public static void Write(TextWriter output, CaseFile? file, DelayReport report)
    {
        var console = PlainConsole.Create(output, 140);
        string Name(string? id) => id is null ? "-" : file?.Party(id)?.Name ?? id;
        if (report.Narrative is { } n)
        {
            console.WriteLine($"Deadline: {n.Deadline ?? "not stated"}" + (n.DeadlineLatest is { } d ? $" (at the latest {d:yyyy-MM-dd})" : string.Empty));
            console.WriteLine("Missed: " + (n.Missed switch { true => "yes", false => "no", _ => "the record does not say" }) + (n.MissedQuote is { } said ? $" (\"{said}\")" : string.Empty));
            var causes = new Table().Title("Each party's stated cause").AddColumns("party", "issue", "in its own words");
            foreach (var c in n.Causes)
            {
                causes.AddRow(Markup.Escape(Name(c.PartyId)), c.Issue.ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Quote));
            }

            console.Write(causes);
            var dates = new Table().Title("Dates that would decide it").AddColumns("date to find", "what it decides");
            foreach (var q in n.DecidingDates)
            {
                dates.AddRow(Markup.Escape(q.Question + (q.Source is { } s ? $" [{s}]" : string.Empty)), Markup.Escape(q.Decides));
            }

            console.Write(dates);
        }

        if (report.PlannedFinish is { } planned)
        {
            console.WriteLine($"Schedule: planned finish {planned:yyyy-MM-dd}; critical path {string.Join(" → ", report.CriticalPath)}.");
        }

        if (report.TimeImpact is { } tia)
        {
            var table = new Table().Title("Time impact analysis (events in order, net method)").AddColumns("event", "party", "class", "finish before", "finish after", "impact (working days)", "extension", "completion date after");
            foreach (var e in tia.Events)
            {
                table.AddRow(Markup.Escape(e.EventId), KebabCase.Name(e.Party), Markup.Escape(e.Class), $"{e.FinishBefore:yyyy-MM-dd}", $"{e.FinishAfter:yyyy-MM-dd}",
                    e.ImpactDays.ToString(CultureInfo.InvariantCulture), e.ExtensionDays.ToString(CultureInfo.InvariantCulture), $"{e.ContractCompletion:yyyy-MM-dd}");
            }

            console.Write(table);
        }

        if (report.AsBuilt is { } built)
        {
            console.WriteLine($"As-planned {built.PlannedFinish:yyyy-MM-dd} against as-built {built.Finish:yyyy-MM-dd}: {built.CompletionDelayDays} days; as-built critical path {string.Join(" → ", built.CriticalPath)}; residue {built.ResidueDays} days.");
            foreach (var s in built.Slices.Where(s => s.Days != 0))
            {
                console.WriteLine($"  {s.ActivityId} ({KebabCase.Name(s.Party)}): {s.Days:+0;-0} days");
            }
        }

        if (report.ByRule.IsEmpty)
        {
            console.WriteLine("No schedule: give one with --schedule FILE (JSON, CSV or Microsoft Project XML) to measure delay days per party and rule.");
            return;
        }

        var rules = new Table().Title($"Days past {report.ContractCompletion:yyyy-MM-dd} to {report.Completion:yyyy-MM-dd}, per concurrency rule (chosen: {KebabCase.Name(report.Rule)})")
            .AddColumns("rule", "total", "extension of time", "new completion", "delay damages", "compensable", "unexplained", "by party");
        foreach (var r in report.ByRule)
        {
            rules.AddRow(Markup.Escape(KebabCase.Name(r.Rule) + (r.Apportionment is { } a ? $" ({a:0.##})" : string.Empty)), r.TotalDays.ToString(CultureInfo.InvariantCulture),
                r.ExtensionDays.ToString("0.##", CultureInfo.InvariantCulture), $"{r.NewCompletion:yyyy-MM-dd}", r.DelayDamagesDays.ToString("0.##", CultureInfo.InvariantCulture),
                r.CompensableDays.ToString("0.##", CultureInfo.InvariantCulture), r.UnexplainedDays.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", r.DaysByParty.OrderBy(p => p.Key).Select(p => $"{KebabCase.Name(p.Key)} {p.Value:0.##}"))));
        }

        console.Write(rules);
    }
}
