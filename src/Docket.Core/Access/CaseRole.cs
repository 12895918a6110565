namespace Docket.Core.Access;

/// <summary>A member's place in a case: one of the two sides, the neutral (mediator or arbitrator), or an observer.</summary>
public enum CaseRole
{
    /// <summary>The claimant's side (the party bringing the claim, its counsel and team).</summary>
    Claimant,
    /// <summary>The respondent's side.</summary>
    Respondent,
    /// <summary>The mediator or arbitrator.</summary>
    Neutral,
    /// <summary>Reads the open record; writes nothing and sees no side's private material.</summary>
    Observer,
}
