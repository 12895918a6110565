namespace Docket.Core.Cases;

/// <summary>Where the dispute stands. A stage merely contemplated ("considering arbitration") does not count.</summary>
public enum DisputeStage
{
    /// <summary>The text does not say.</summary>
    Unknown,
    /// <summary>The parties are negotiating, or talks have stalled.</summary>
    Negotiation,
    /// <summary>A mediator is involved.</summary>
    Mediation,
    /// <summary>Arbitration has been commenced.</summary>
    Arbitration,
    /// <summary>Legal action has been filed or is being pursued.</summary>
    Litigation,
    /// <summary>The parties have settled.</summary>
    Settled,
    /// <summary>A court or tribunal has decided.</summary>
    Decided,
}
