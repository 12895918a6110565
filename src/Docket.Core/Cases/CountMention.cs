using Docket.Core.Amounts;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A count of things written in the source ("over 500,000 customers").</summary>
/// <param name="Count">The number; whole for people and records, but "2.4 million" stays exact as 2,400,000.</param>
/// <param name="Unit">What is counted, as written ("customers", "payment cards").</param>
/// <param name="Qualifier">Exact, a bound, or approximate.</param>
/// <param name="Span">The count as written with its unit.</param>
public sealed record CountMention(decimal Count, string Unit, AmountQualifier Qualifier, SourceSpan Span);
