namespace Docket.Core.CaseFiles;

/// <summary>An evidence entry of the case's ledger.</summary>
public sealed record CaseFileEvidence(long Entry, string Sha256, string FileName, string? SubmittedBy, string? Shows);
