namespace Docket.Core.Exposure;

/// <summary>A head of loss.</summary>
public enum LossKind
{
    /// <summary>Fees paid for the failed service.</summary>
    FeesPaid,
    /// <summary>Replacement or substitute performance.</summary>
    Replacement,
    /// <summary>Remediation of the systems.</summary>
    Remediation,
    /// <summary>Forensic investigation.</summary>
    Forensics,
    /// <summary>Notifying affected people.</summary>
    Notification,
    /// <summary>Credit monitoring for affected people.</summary>
    CreditMonitoring,
    /// <summary>Legal fees.</summary>
    LegalFees,
    /// <summary>Regulatory fines.</summary>
    RegulatoryFines,
    /// <summary>Card-brand assessments.</summary>
    CardBrandAssessments,
    /// <summary>Third parties' claims (class actions, customers).</summary>
    ThirdPartyClaims,
    /// <summary>Lost revenue or profit.</summary>
    LostProfits,
    /// <summary>Lost customers and trust.</summary>
    LostCustomers,
    /// <summary>Statutory damages (CCPA 1798.150).</summary>
    StatutoryDamages,
    /// <summary>Delay (liquidated damages where the contract sets them).</summary>
    Delay,
    /// <summary>Anything else.</summary>
    Other,
}
