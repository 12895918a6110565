using System.Collections.Immutable;
using Docket.Core.Cases;

namespace Docket.Core.Compliance;

/// <summary>A requirement with the obligations mapped to it; its status is the worst of theirs.</summary>
public sealed record MatrixRow(RequirementRef Requirement, ImmutableArray<MatrixCell> Cells)
{
    /// <summary>unmet before partial before disputed before unknown before met; unknown when nothing maps to it.</summary>
    public ObligationStatus Status => Cells.IsEmpty ? ObligationStatus.Unknown : Cells.Select(c => c.Status).MinBy(Severity);

    /// <summary>The order in which statuses decide a row: the worst first.</summary>
    public static int Severity(ObligationStatus status) => status switch
    {
        ObligationStatus.Unmet => 0,
        ObligationStatus.Partial => 1,
        ObligationStatus.Disputed => 2,
        ObligationStatus.Unknown => 3,
        _ => 4,
    };
}
