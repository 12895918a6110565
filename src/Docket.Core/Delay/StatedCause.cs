using Docket.Core.Text;

namespace Docket.Core.Delay;

/// <summary>What a party says caused the delay, in its own words.</summary>
/// <param name="PartyId">The party.</param>
/// <param name="Issue">The issue whose account holds it.</param>
/// <param name="Quote">The sentence.</param>
/// <param name="Span">Where the account that holds it is.</param>
public sealed record StatedCause(string PartyId, int Issue, string Quote, SourceSpan? Span);
