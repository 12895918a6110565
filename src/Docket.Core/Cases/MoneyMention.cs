using Docket.Core.Amounts;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>An amount of money written in the source.</summary>
/// <param name="Money">The amount and currency.</param>
/// <param name="Qualifier">Whether the text states it exactly, as a bound, or approximately.</param>
/// <param name="What">What the amount is for ("contract value", "damages"), as far as the text says.</param>
/// <param name="Span">The amount as written, with its qualifier words ("exceed $1 million").</param>
public sealed record MoneyMention(Money Money, AmountQualifier Qualifier, string What, SourceSpan Span);
