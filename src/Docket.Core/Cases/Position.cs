using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>One party's position on a key issue.</summary>
/// <param name="PartyId">Whose position.</param>
/// <param name="Stance">Claim or defence.</param>
/// <param name="Summary">The party's sentences in the issue, without markup, joined by a space.</param>
/// <param name="Span">From the first to the last of those sentences.</param>
public sealed record Position(string PartyId, Stance Stance, string Summary, SourceSpan Span);
