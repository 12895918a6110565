namespace Docket.Core.Delay;

/// <summary>How days on which both parties' events delay completion are treated (methods.md A11). Always reported.</summary>
public enum ConcurrencyRule
{
    /// <summary>English law, SCL Protocol, Malmaison: time for concurrent days, no money; delay damages only on supplier-only days.</summary>
    Malmaison,
    /// <summary>US "time but no money": concurrent days excusable, not compensable.</summary>
    UnitedStates,
    /// <summary>City Inn: concurrent days split by a fraction between time and delay damages (and money).</summary>
    Apportionment,
    /// <summary>A contract clause: delay concurrent with a supplier delay gives no time; delay damages apply.</summary>
    ConcurrencyClause,
    /// <summary>Each concurrent run goes to the party whose event started first.</summary>
    FirstInTime,
}
