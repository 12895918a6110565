namespace Docket.Core.Exposure;

/// <summary>How the general liability cap is set.</summary>
public enum CapKind
{
    /// <summary>No cap.</summary>
    None,
    /// <summary>A fixed sum.</summary>
    Fixed,
    /// <summary>Fees paid (or payable) in a lookback window before the event.</summary>
    FeesInLookback,
    /// <summary>The contract value.</summary>
    ContractValue,
}
