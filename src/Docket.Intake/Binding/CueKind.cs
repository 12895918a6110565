namespace Docket.Intake.Binding;

/// <summary>What kind of cue verb attributes a clause to a party.</summary>
internal enum CueKind
{
    /// <summary>No cue: narrative or continuation.</summary>
    None,
    /// <summary>Raises a complaint: alleged, demands, seeks.</summary>
    Claim,
    /// <summary>Answers one: countered, retorted, disputes.</summary>
    Defense,
    /// <summary>Either: argues, claims, maintains.</summary>
    Neutral,
    /// <summary>A finding relied on: discovered, revealed, reported.</summary>
    Finding,
}
