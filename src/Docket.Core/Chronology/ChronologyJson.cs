using Docket.Core.Utility;

namespace Docket.Core.Chronology;

/// <summary>The chronology as JSON (<c>docket.chronology/1</c>).</summary>
public static class ChronologyJson
{
    /// <summary>The report as an indented docket.chronology/1 document.</summary>
    public static string Write(ChronologyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisJson.Write(new { schema = "docket.chronology/1", report.Facts, report.Agreed, report.Disputed, report.Contradictions });
    }
}
