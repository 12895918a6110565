using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>A party as first found, before names are merged and roles decided.</summary>
internal sealed class PartyCandidate(string name, int start, int end)
{
    public string Name { get; set; } = name;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public List<string> Aliases { get; } = [];

    public string? Description { get; set; }

    public string? Location { get; set; }

    /// <summary>Role stated outright ("DataGuard (Client)", `(the "Vendor")`).</summary>
    public PartyRole? StatedRole { get; set; }

    /// <summary>True when found in a Parties section rather than in prose.</summary>
    public bool FromPartiesSection { get; init; }
}
