using Docket.Core.Dates;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A date as written in the source, with its reading.</summary>
/// <param name="Date">The reading.</param>
/// <param name="Text">The exact source text, for example "by June 2022"; equals <c>Span.Slice(source)</c>.</param>
/// <param name="Span">Where it is written.</param>
public sealed record DateMention(ImpreciseDate Date, string Text, SourceSpan Span);
