using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>Something a party had to do under the contract.</summary>
/// <param name="Id">Case-local id, <c>O1</c>, <c>O2</c>, ….</param>
/// <param name="ObligorId">Party id of who owed it; null when the text does not say.</param>
/// <param name="Topic">What it is about.</param>
/// <param name="Text">The words that state the obligation; equals <c>Span.Slice(source)</c>.</param>
/// <param name="Standards">Canonical names of the standards it invokes.</param>
/// <param name="Due">When it was due, when stated.</param>
/// <param name="Status">Delivery status the text states.</param>
/// <param name="StatusSpan">The words that show the status; null when <paramref name="Status"/> is unknown.</param>
/// <param name="Span">Where the obligation is stated.</param>
public sealed record Obligation(
    string Id,
    string? ObligorId,
    ObligationTopic Topic,
    string Text,
    ImmutableArray<string> Standards,
    DateMention? Due,
    ObligationStatus Status,
    SourceSpan? StatusSpan,
    SourceSpan Span);
