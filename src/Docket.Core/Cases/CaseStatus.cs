using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>The current status of the dispute.</summary>
/// <param name="Stage">The stage reached.</param>
/// <param name="Summary">The sentence that states it, without markup.</param>
/// <param name="Span">That sentence.</param>
public sealed record CaseStatus(DisputeStage Stage, string Summary, SourceSpan Span);
