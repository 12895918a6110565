namespace Docket.Core.Ledger.Entries;

/// <summary>The stable codes of facts a user adds to a case. A code is never reused for another meaning.</summary>
public static class FactDiagnosticCodes
{
    /// <summary>The party named is not a party of the case.</summary>
    public const string UnknownParty = "FCT001";

    /// <summary>A topic, status or other fixed value is not one Docket knows.</summary>
    public const string UnknownValue = "FCT002";

    /// <summary>A date could not be read.</summary>
    public const string BadDate = "FCT003";

    /// <summary>Required words (the obligation's text, a reason) are missing.</summary>
    public const string MissingText = "FCT004";

    /// <summary>The case has no obligation with the id given.</summary>
    public const string UnknownObligation = "FCT005";
}
