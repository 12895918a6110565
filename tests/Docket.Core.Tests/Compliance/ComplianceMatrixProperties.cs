using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Docket.Core.Tests.Compliance.CaseFileBuilder;

namespace Docket.Core.Tests.Compliance;

/// <summary>The matrix over random obligations: every obligation appears once per requirement it maps to, and the coverage figures add up.</summary>
public sealed class ComplianceMatrixProperties
{
    private static readonly ComplianceAssessor Assessor = new(CatalogSet.BuiltIn());

    private static readonly Gen<CaseFile> Cases =
        from count in Gen.Choose(0, 40)
        from items in Gen.ListOf(
            from topic in Gen.Elements(Enum.GetValues<ObligationTopic>())
            from status in Gen.Elements(Enum.GetValues<ObligationStatus>())
            from obligor in Gen.Elements("P1", "P2")
            select (topic, status, obligor), count)
        from standards in Gen.SubListOf(new[] { "PCI DSS", "GDPR", "CCPA", "ISO 9001" })
        select Case(items.Select((o, i) => Obligation($"O{i + 1}", o.obligor, o.topic, o.status, i * 100)), standards: standards);

    [Property(MaxTest = 200)]
    public Property EveryObligationAppearsOncePerMappedRequirement() => Prop.ForAll(Cases.ToArbitrary(), file =>
    {
        var report = Assessor.Assess(file);
        foreach (var assessment in report.Assessments)
        {
            var rows = report.Rows.Where(r => r.Cells.Any(c => c.ObligationId == assessment.ObligationId)).ToList();
            if (rows.Count != assessment.Requirements.Length || rows.Any(r => r.Cells.Count(c => c.ObligationId == assessment.ObligationId) != 1))
            {
                return false;
            }
        }

        return report.Rows.SelectMany(r => r.Cells).Count() == report.Assessments.Sum(a => a.Requirements.Length);
    });

    [Property(MaxTest = 200)]
    public Property CoverageFiguresAddUp() => Prop.ForAll(Cases.ToArbitrary(), file =>
    {
        var report = Assessor.Assess(file);
        return report.Coverage.All(c =>
                c.Met + c.Partial + c.Unmet + c.Disputed + c.Unknown == c.Addressed
                && c.Addressed <= c.Requirements
                && c.Requirements == report.Rows.Count(r => r.Requirement.CatalogId == c.CatalogId)
                && c.Addressed == report.Rows.Count(r => r.Requirement.CatalogId == c.CatalogId && !r.Cells.IsEmpty))
            && report.Gaps.Length == report.Rows.SelectMany(r => r.Cells).Count(c => c.Status is ObligationStatus.Unmet or ObligationStatus.Partial);
    });
}
