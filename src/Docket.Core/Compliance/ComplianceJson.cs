using Docket.Core.Utility;

namespace Docket.Core.Compliance;

/// <summary>The compliance report as JSON (<c>docket.compliance/1</c>): camelCase names, kebab-case enum values, ISO dates.</summary>
public static class ComplianceJson
{
    /// <summary>The report as an indented docket.compliance/1 document; a matrix row with no obligation has status null.</summary>
    public static string Write(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisJson.Write(new
        {
            schema = "docket.compliance/1",
            report.Catalogs,
            report.Assessments,
            report.Coverage,
            report.Gaps,
            matrix = report.Rows.Select(r => new { r.Requirement, status = r.Cells.IsEmpty ? null : (Cases.ObligationStatus?)r.Status, r.Cells }),
        });
    }
}
