namespace Docket.Core.CaseFiles;

/// <summary>A head of loss a user added to the case.</summary>
/// <param name="Id">Its id ("L1").</param>
/// <param name="Name">What it is.</param>
/// <param name="Kind">Its kind, kebab case ("credit-monitoring").</param>
/// <param name="Low">The least it can be.</param>
/// <param name="Likely">The most likely amount.</param>
/// <param name="High">The most it can be.</param>
/// <param name="ClaimantId">Who suffered it.</param>
/// <param name="DataBreach">Whether it comes from a data-security or confidentiality breach.</param>
/// <param name="Avoidable">Part of it the claimant could have avoided, as alleged.</param>
/// <param name="Source">The evidence or words it rests on.</param>
/// <param name="Entry">The ledger entry that added it.</param>
public sealed record CaseFileLoss(string Id, string Name, string Kind, decimal Low, decimal Likely, decimal High, string? ClaimantId, bool DataBreach, decimal Avoidable, string Source, long? Entry);
