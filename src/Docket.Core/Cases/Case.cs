using System.Collections.Immutable;

namespace Docket.Core.Cases;

/// <summary>A dispute as structured facts, each linked to the source span it came from.</summary>
/// <remarks>Immutable. Party ids referenced by obligations, events and positions are ids of <see cref="Parties"/>.</remarks>
public sealed record Case
{
    /// <summary>The input this case was read from.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>The theme header ("Security Requirements"), when present.</summary>
    public string? Theme { get; init; }

    /// <summary>The case-number header, when present.</summary>
    public int? CaseNumber { get; init; }

    /// <summary>The title, without markup.</summary>
    public string? Title { get; init; }

    /// <summary>The parties, in order of first appearance.</summary>
    public ImmutableArray<Party> Parties { get; init; } = [];

    /// <summary>Facts about the contract.</summary>
    public ContractFacts Contract { get; init; } = ContractFacts.None;

    /// <summary>Obligations of every party.</summary>
    public ImmutableArray<Obligation> Obligations { get; init; } = [];

    /// <summary>The contract's own clocks the text states (cure and notice periods, incident notice, escalation steps).</summary>
    public ImmutableArray<ContractClock> Clocks { get; init; } = [];

    /// <summary>Dated events, in source order.</summary>
    public ImmutableArray<CaseEvent> Events { get; init; } = [];

    /// <summary>Money mentions, in source order.</summary>
    public ImmutableArray<MoneyMention> Amounts { get; init; } = [];

    /// <summary>Counts, in source order.</summary>
    public ImmutableArray<CountMention> Counts { get; init; } = [];

    /// <summary>Standards and laws named, one per canonical name, in order of first mention.</summary>
    public ImmutableArray<StandardMention> Standards { get; init; } = [];

    /// <summary>Key issues, in order.</summary>
    public ImmutableArray<KeyIssue> Issues { get; init; } = [];

    /// <summary>Where the dispute stands, when stated.</summary>
    public CaseStatus? Status { get; init; }

    /// <summary>Finds a party by id.</summary>
    public Party? FindParty(string id) => Parties.FirstOrDefault(p => p.Id == id);
}
