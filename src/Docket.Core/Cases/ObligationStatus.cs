namespace Docket.Core.Cases;

/// <summary>Delivery status of an obligation as the text states it.</summary>
public enum ObligationStatus
{
    /// <summary>The text does not say.</summary>
    Unknown,
    /// <summary>Stated as done.</summary>
    Met,
    /// <summary>Stated as done in part ("partially deployed", "only two brief sessions").</summary>
    Partial,
    /// <summary>Stated as not done ("not operational", "instead used a less secure method").</summary>
    Unmet,
    /// <summary>Only one party's allegation says so, and the other party contests it.</summary>
    Disputed,
}
