using Docket.Core.Utility;

namespace Docket.Core.Exposure;

/// <summary>The exposure analysis as JSON (<c>docket.exposure/1</c>); amounts are decimals in the report's currency.</summary>
public static class ExposureJson
{
    /// <summary>The report as an indented document.</summary>
    public static string Write(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisJson.Write(new
        {
            schema = "docket.exposure/1",
            report.Currency,
            report.ContractValue,
            report.Heads,
            report.Scenarios,
            report.Assumptions,
            report.Settlement,
            distribution = report.Distribution is { } d
                ? new { d.Trials, d.Seed, d.Mean, d.StandardDeviation, d.StandardError, d.Percentiles, d.ProbabilityOfZero, histogram = d.Histogram.Select(h => new { from = h.From, count = h.Count }) }
                : null,
            report.Statutory,
            report.Art82,
        });
    }
}
