using Docket.Core.Cases;

namespace Docket.Core.CaseFiles;

/// <summary>A party of the case.</summary>
public sealed record CaseFileParty(string Id, string Name, PartyRole Role)
{
    /// <summary>Where it is based, as the case says ("San Francisco, California").</summary>
    public string? Location { get; init; }
}
