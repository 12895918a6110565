namespace Docket.Core.Exposure;

/// <summary>Each side's position if it litigates, from the decision tree (methods.md C1–C2).</summary>
/// <param name="ExpectedAward">The expected award.</param>
/// <param name="ClaimantFloor">The least the claimant should accept: the expected award less its remaining costs.</param>
/// <param name="RespondentCeiling">The most the respondent should pay: the expected award plus its remaining costs.</param>
/// <param name="ClaimantWatna">The claimant's worst realistic outcome (the lowest award, less its costs).</param>
/// <param name="ClaimantBatna">The claimant's best (the highest award, less its costs).</param>
/// <param name="RespondentWatna">The respondent's worst (the highest award, plus its costs).</param>
/// <param name="RespondentBatna">The respondent's best (the lowest award, plus its costs).</param>
public sealed record SettlementRange(decimal ExpectedAward, decimal ClaimantFloor, decimal RespondentCeiling, decimal ClaimantWatna, decimal ClaimantBatna, decimal RespondentWatna, decimal RespondentBatna)
{
    /// <summary>True when the claimant's floor is not above the respondent's ceiling: a zone of possible agreement exists.</summary>
    public bool ZoneExists => ClaimantFloor <= RespondentCeiling;
}
