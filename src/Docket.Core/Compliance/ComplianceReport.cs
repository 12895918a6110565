using System.Collections.Immutable;

namespace Docket.Core.Compliance;

/// <summary>The compliance analysis of a case: each obligation assessed, the matrix against the standards the case invokes, coverage and gaps.</summary>
/// <param name="Assessments">One per obligation, in the case's order.</param>
/// <param name="Rows">The matrix: every requirement of every applicable catalog, with the obligations mapped to it.</param>
/// <param name="Coverage">One per applicable catalog.</param>
/// <param name="Gaps">Requirements an unmet or partial obligation leaves unsatisfied.</param>
/// <param name="Catalogs">The catalogs judged against, as "id version (revision N)".</param>
public sealed record ComplianceReport(
    ImmutableArray<ObligationAssessment> Assessments,
    ImmutableArray<MatrixRow> Rows,
    ImmutableArray<Coverage> Coverage,
    ImmutableArray<Gap> Gaps,
    ImmutableArray<string> Catalogs);
