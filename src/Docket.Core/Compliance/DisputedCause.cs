using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Compliance;

/// <summary>
/// The obligor's answer that the other side caused the shortfall. It disputes who is responsible, not what was
/// delivered: the status stands, and the other side's related duties and the facts that would settle it are listed.
/// </summary>
/// <param name="PartyId">Who says so.</param>
/// <param name="Quote">Their words.</param>
/// <param name="Span">Where.</param>
/// <param name="RelatedDuties">The other side's obligations that the answer invokes (giving access, documentation …).</param>
public sealed record DisputedCause(string? PartyId, string Quote, SourceSpan? Span, ImmutableArray<string> RelatedDuties);
