using Docket.Core.Cases;

namespace Docket.Reports.Dossiers;

/// <summary>The kinds of record that would settle an open question, by what the question is about.</summary>
public static class SettlingEvidence
{
    /// <summary>Records that show what was delivered under an obligation of this topic.</summary>
    public static string For(ObligationTopic topic) => topic switch
    {
        ObligationTopic.Encryption => "Configuration exports and key-management records per system (algorithm, key length, mode, dates enabled); the encryption design accepted under the contract.",
        ObligationTopic.Logging => "Logging and SIEM configuration per system, the log-source inventory, samples of retained logs and review records, with dates.",
        ObligationTopic.Monitoring => "Monitoring configuration, alert rules, alert and escalation records, and who received them.",
        ObligationTopic.AccessControl => "Identity-provider and MFA configuration, access reviews and privilege listings, with dates.",
        ObligationTopic.Training => "Training materials, schedules, attendance and completion records.",
        ObligationTopic.Audits or ObligationTopic.VulnerabilityAssessment => "The audit or assessment reports, their scope and dates, and the findings' remediation records.",
        ObligationTopic.ProgressReporting => "The progress reports themselves, their due dates under the contract and when each was sent.",
        ObligationTopic.Compliance => "The assessment against the standard (report on compliance, self-assessment, audit), its scope and date.",
        ObligationTopic.BreachNotification or ObligationTopic.IncidentResponse => "The incident timeline: detection, determination and each notice, with timestamps and recipients.",
        ObligationTopic.SecurityUpdates => "Patch and update records per system, with release and installation dates.",
        ObligationTopic.SecureStorage or ObligationTopic.DataProtection => "Hosting and storage configuration, data-flow records, and the forensic findings on the breach.",
        ObligationTopic.Indemnification => "The indemnity clause, the third-party claims made and the notices of claim.",
        ObligationTopic.AccessProvision => "Access requests and grants: tickets, e-mails and change records with their dates.",
        ObligationTopic.Documentation => "Requests for documentation and the dated transmittals that answered them.",
        ObligationTopic.SecurityPractices => "The recommendations made, when they were made, and the records of what was followed.",
        ObligationTopic.Payment => "Invoices, payment records and any notice of withheld payment.",
        ObligationTopic.Approvals => "Submissions for approval and the dated approvals or rejections.",
        _ => "The contract's words on the obligation, and the records of what was delivered and when.",
    };

    /// <summary>Records that fix the dates a delay question turns on.</summary>
    public const string ForDates = "Dated correspondence, tickets, meeting minutes and the project schedule with its updates (planned against actual).";

    /// <summary>Records that fix an incident's facts.</summary>
    public const string ForIncident = "The incident record: forensic report, detection and determination timestamps, the affected people by residence, and copies of each notice sent.";

    /// <summary>Records that fix the contract's terms on liability.</summary>
    public const string ForTerms = "The signed contract: its limitation of liability, exclusions, indemnity and liquidated damages clauses, and the fee ledger.";
}
