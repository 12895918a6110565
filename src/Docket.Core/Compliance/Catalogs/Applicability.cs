namespace Docket.Core.Compliance.Catalogs;

/// <summary>Who in a client–vendor dispute owes a requirement.</summary>
public enum Applicability
{
    /// <summary>Either party, whoever undertook it (PCI DSS for any entity; GDPR Art. 32 for controller and processor).</summary>
    Both,

    /// <summary>The vendor as service provider, processor or maintainer of the data.</summary>
    Vendor,

    /// <summary>The client as the entity, controller or business that owns the data.</summary>
    Client,
}
