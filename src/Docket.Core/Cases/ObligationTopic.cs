namespace Docket.Core.Cases;

/// <summary>What an obligation is about. The JSON names are the kebab-case forms ("access-control").</summary>
public enum ObligationTopic
{
    /// <summary>None of the others.</summary>
    Other,
    /// <summary>Encryption of data at rest or in transit.</summary>
    Encryption,
    /// <summary>Logging and log review.</summary>
    Logging,
    /// <summary>Access control, authentication, MFA.</summary>
    AccessControl,
    /// <summary>Staff security training.</summary>
    Training,
    /// <summary>Security audits and assessments.</summary>
    Audits,
    /// <summary>Progress reports, updates, project management.</summary>
    ProgressReporting,
    /// <summary>Compliance with a named standard or law.</summary>
    Compliance,
    /// <summary>Notifying a breach or incident.</summary>
    BreachNotification,
    /// <summary>Security updates and patching.</summary>
    SecurityUpdates,
    /// <summary>Secure storage or hosting of data.</summary>
    SecureStorage,
    /// <summary>Indemnifying the other party.</summary>
    Indemnification,
    /// <summary>The client giving the vendor access to systems, sites or people.</summary>
    AccessProvision,
    /// <summary>The client giving documentation or information.</summary>
    Documentation,
    /// <summary>Following recommended protocols and security practices.</summary>
    SecurityPractices,
    /// <summary>Vulnerability assessment, scanning, penetration testing.</summary>
    VulnerabilityAssessment,
    /// <summary>Incident response.</summary>
    IncidentResponse,
    /// <summary>Security monitoring.</summary>
    Monitoring,
    /// <summary>Paying for the work.</summary>
    Payment,
    /// <summary>Protecting data in general, when no narrower topic applies.</summary>
    DataProtection,
    /// <summary>The client approving, signing off or deciding what the vendor needs to proceed (changes, designs, tests).</summary>
    Approvals,
}
