using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>What the narrative says about the contract itself. Every part is null when the text does not say.</summary>
/// <param name="Signed">When it was signed or entered into.</param>
/// <param name="Value">Its value, as the money mention that states it.</param>
/// <param name="Term">Its term as written ("two-year term").</param>
/// <param name="TermSpan">Where the term is written.</param>
/// <param name="Deadline">The delivery deadline ("full implementation by June 2022").</param>
public sealed record ContractFacts(DateMention? Signed, MoneyMention? Value, string? Term, SourceSpan? TermSpan, DateMention? Deadline)
{
    /// <summary>No contract facts.</summary>
    public static ContractFacts None { get; } = new(null, null, null, null, null);
}
