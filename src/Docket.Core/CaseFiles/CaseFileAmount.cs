using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>A sum of money the case states.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="Qualifier">exact, at-least, at-most or about.</param>
/// <param name="What">What it is ("damages", "contract value").</param>
/// <param name="Span">Where it is stated.</param>
public sealed record CaseFileAmount(decimal Amount, string Currency, string Qualifier, string What, SourceSpan? Span);
