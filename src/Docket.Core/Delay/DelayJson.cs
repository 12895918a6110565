using Docket.Core.Utility;

namespace Docket.Core.Delay;

/// <summary>The delay analysis as JSON (<c>docket.delay/1</c>); the day-by-day table is given for the chosen rule only.</summary>
public static class DelayJson
{
    /// <summary>The report as an indented docket.delay/1 document.</summary>
    public static string Write(DelayReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisJson.Write(new
        {
            schema = "docket.delay/1",
            report.Rule,
            report.Narrative,
            report.PlannedFinish,
            report.CriticalPath,
            report.AsBuilt,
            report.TimeImpact,
            report.ContractCompletion,
            report.Completion,
            report.Selected,
            byRule = report.ByRule.Select(r => new
            {
                r.Rule, r.Apportionment, r.TotalDays, r.ExtensionDays, r.NewCompletion, r.DelayDamagesDays, r.CompensableDays, r.UnexplainedDays, r.DaysByParty,
            }),
        });
    }
}
