namespace Docket.Core.Cases;

/// <summary>A party's role in the contract under dispute.</summary>
public enum PartyRole
{
    /// <summary>Neither client nor vendor (an auditor, regulator, insurer), or not determinable.</summary>
    Other,

    /// <summary>The party that bought the security or privacy work.</summary>
    Client,

    /// <summary>The party that sold it: vendor, contractor, consultant, provider.</summary>
    Vendor,
}
