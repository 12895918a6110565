namespace Docket.Core.Exposure;

/// <summary>A party's theory of the case as a set of assumptions the pipeline applies.</summary>
/// <param name="Name">Whose theory ("claimant", "respondent", "neutral").</param>
/// <param name="RespondentShare">The respondent's share of causation, 0 to 1 (B6).</param>
/// <param name="UncertainAsDirect">Whether losses argued either way are treated as direct.</param>
/// <param name="DeductAvoidable">Whether the avoidable losses the respondent alleges are deducted (B7).</param>
public sealed record Theory(string Name, decimal RespondentShare, bool UncertainAsDirect, bool DeductAvoidable);
