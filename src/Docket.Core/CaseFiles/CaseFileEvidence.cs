namespace Docket.Core.CaseFiles;

/// <summary>An evidence entry of the case's ledger.</summary>
public sealed record CaseFileEvidence(long Entry, string Sha256, string FileName, string? SubmittedBy, string? Shows)
{
    /// <summary>What the file is ("report", "log", "email" …), when recorded.</summary>
    public string? Kind { get; init; }

    /// <summary>The file's media type, when recorded.</summary>
    public string? MediaType { get; init; }
}
