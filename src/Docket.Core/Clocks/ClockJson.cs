using Docket.Core.Utility;

namespace Docket.Core.Clocks;

/// <summary>The clocks as JSON (<c>docket.clocks-report/1</c>).</summary>
public static class ClockJson
{
    /// <summary>The report as an indented document.</summary>
    public static string Write(ClockReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisJson.Write(new { schema = "docket.clocks-report/1", report.Source, report.AsOf, report.Duties, report.MissingFacts, report.NotConsidered });
    }
}
