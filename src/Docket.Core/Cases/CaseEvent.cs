using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A dated event in the narrative.</summary>
/// <param name="Date">The date as written.</param>
/// <param name="Kind">What kind of event the sentence describes.</param>
/// <param name="Summary">The sentence that dates it, without markup; equals the text of <paramref name="Span"/> up to white space.</param>
/// <param name="PartyIds">Parties the sentence names, in order.</param>
/// <param name="Span">The sentence.</param>
public sealed record CaseEvent(DateMention Date, EventKind Kind, string Summary, ImmutableArray<string> PartyIds, SourceSpan Span);
