using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using Docket.Intake;
using Docket.Intake.Json;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>
/// The compliance analysis of the three seed narratives, end to end from the text (intake, case JSON, assessment),
/// against expectations written by reading the seeds: each obligation's obligor and status, the reasons' quotes
/// taken word for word from the source, and the judgements the issue asks for.
/// </summary>
public sealed class ComplianceSeedTests
{
    private static readonly ComplianceAssessor Assessor = new(CatalogSet.BuiltIn());

    private static (string Text, CaseFile File, ComplianceReport Report) Analyse(string seed)
    {
        var path = Path.Combine(RepositoryPaths.Shared ?? throw new InvalidOperationException("../shared is missing"), "seeds", seed);
        var result = CaseIntake.Read(Path.GetFileName(path), File.ReadAllBytes(path));
        var file = CaseFile.Parse(CaseJsonWriter.Write(result));
        return (result.Text!, file, Assessor.Assess(file));
    }

    private static string Status(CaseFile file, ComplianceReport report, string obligor, ObligationTopic topic) =>
        string.Join(",", report.Assessments.Where(a => file.Party(a.ObligorId)?.Name == obligor && a.Topic == topic).Select(a => a.Status.ToString()));

    public static TheoryData<string, string, ObligationTopic, string> Statuses => new()
    {
        // Case 4: TechSecure and DataGuard.
        { "000_ca44443984e7b976.txt", "TechSecure, Inc.", ObligationTopic.Compliance, "Disputed" },
        { "000_ca44443984e7b976.txt", "TechSecure, Inc.", ObligationTopic.Encryption, "Partial" },
        { "000_ca44443984e7b976.txt", "TechSecure, Inc.", ObligationTopic.Logging, "Unmet" },
        { "000_ca44443984e7b976.txt", "TechSecure, Inc.", ObligationTopic.Audits, "Unknown" },
        { "000_ca44443984e7b976.txt", "TechSecure, Inc.", ObligationTopic.ProgressReporting, "Disputed" },
        { "000_ca44443984e7b976.txt", "DataGuard", ObligationTopic.AccessProvision, "Disputed" },
        { "000_ca44443984e7b976.txt", "DataGuard", ObligationTopic.Documentation, "Disputed" },
        { "000_ca44443984e7b976.txt", "DataGuard", ObligationTopic.SecurityPractices, "Disputed" },

        // Case 8: TechCorp and SecureSolutions.
        { "001_5edb21568cde1f6d.txt", "SecureSolutions", ObligationTopic.Encryption, "Unmet" },
        { "001_5edb21568cde1f6d.txt", "SecureSolutions", ObligationTopic.AccessControl, "Unknown" },
        { "001_5edb21568cde1f6d.txt", "SecureSolutions", ObligationTopic.Training, "Partial" },
        { "001_5edb21568cde1f6d.txt", "SecureSolutions", ObligationTopic.VulnerabilityAssessment, "Unmet" },
        { "001_5edb21568cde1f6d.txt", "SecureSolutions", ObligationTopic.ProgressReporting, "Partial" },
        { "001_5edb21568cde1f6d.txt", "TechCorp", ObligationTopic.SecurityPractices, "Disputed" },

        // Case 15: RetailGiant and TechSecure.
        { "002_4c1d571d795957c2.txt", "TechSecure Inc.", ObligationTopic.SecurityUpdates, "Disputed" },
        { "002_4c1d571d795957c2.txt", "TechSecure Inc.", ObligationTopic.Indemnification, "Disputed" },
        { "002_4c1d571d795957c2.txt", "TechSecure Inc.", ObligationTopic.Compliance, "Unknown" },
        { "002_4c1d571d795957c2.txt", "RetailGiant Ltd.", ObligationTopic.SecurityPractices, "Disputed" },
        { "002_4c1d571d795957c2.txt", "TechSecure Inc.", ObligationTopic.SecureStorage, "Unmet" },
        { "002_4c1d571d795957c2.txt", "TechSecure Inc.", ObligationTopic.DataProtection, "" },
        { "002_4c1d571d795957c2.txt", "RetailGiant Ltd.", ObligationTopic.BreachNotification, "Partial" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Seed_ObligationHasItsObligorAndStatus(string seed, string obligor, ObligationTopic topic, string status)
    {
        var (_, file, report) = Analyse(seed);
        Assert.Equal(status, Status(file, report, obligor, topic));
    }

    [Theory]
    [InlineData("000_ca44443984e7b976.txt")]
    [InlineData("001_5edb21568cde1f6d.txt")]
    [InlineData("002_4c1d571d795957c2.txt")]
    public void Seed_EveryReasonQuotesItsSourceWordForWord(string seed)
    {
        var (text, _, report) = Analyse(seed);
        var quoted = report.Assessments.SelectMany(a => a.Reasons).Where(r => r.Quote is not null && r.Span is not null).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, r => Assert.Equal(r.Quote, r.Span!.Value.Slice(text)));
        Assert.All(report.Assessments, a => Assert.NotEmpty(a.Reasons));
        Assert.All(report.Assessments.Where(a => a.Status != ObligationStatus.Met), a => Assert.NotEmpty(a.OpenQuestions));
    }

    [Fact]
    public void Case4_PartialEncryptionBlamedOnAccess_KeepsStatus_RecordsCauseDutyAndAccessQuestion()
    {
        var (_, file, report) = Analyse("000_ca44443984e7b976.txt");
        var encryption = report.Assessments.Single(a => a.Topic == ObligationTopic.Encryption);
        Assert.Equal(ObligationStatus.Partial, encryption.Status);
        Assert.Contains("delayed critical access", encryption.Cause!.Quote, StringComparison.Ordinal);
        var duty = report.Assessments.Single(a => a.ObligationId == Assert.Single(encryption.Cause.RelatedDuties));
        Assert.Equal((ObligationTopic.AccessProvision, "DataGuard"), (duty.Topic, file.Party(duty.ObligorId)!.Name));
        Assert.Contains(encryption.OpenQuestions, q => q.Contains("access", StringComparison.Ordinal) && q.Contains("dates", StringComparison.Ordinal));
    }

    [Fact]
    public void Case4_LoggingNotOperational_IsAPciGap_10_2_1()
    {
        var (_, file, report) = Analyse("000_ca44443984e7b976.txt");
        var gap = report.Gaps.Single(g => g.Requirement.RequirementId == "10.2.1");
        Assert.Equal(ObligationTopic.Logging, report.Assessments.Single(a => a.ObligationId == gap.ObligationId).Topic);
        Assert.Equal("DataGuard", file.Party(gap.PartyBound)!.Name);
        var pci = Assert.Single(report.Coverage);
        Assert.Equal("pci-dss", pci.CatalogId);
        Assert.True(pci.Unmet > 0 && pci.Partial > 0);
    }

    [Fact]
    public void Case8_Aes256Required_LessSecureMethod_UnmetOnContract_UnknownOnPci_TwoSessionsCounted()
    {
        var (_, _, report) = Analyse("001_5edb21568cde1f6d.txt");
        var encryption = report.Assessments.Single(a => a.Topic == ObligationTopic.Encryption);
        Assert.Contains(encryption.Criteria, c => c.Kind == "algorithm-required" && c.Value == "AES-256");
        Assert.Equal(ObligationStatus.Unmet, encryption.Verdicts.Single(v => v.Against == "the contract").Verdict);
        Assert.Equal(ObligationStatus.Unknown, encryption.Verdicts.Single(v => v.Against.StartsWith("PCI", StringComparison.Ordinal)).Verdict);
        var training = report.Assessments.Single(a => a.Topic == ObligationTopic.Training);
        Assert.Contains(training.Criteria, c => c.Kind == "count" && c.Value.StartsWith("2 ", StringComparison.Ordinal));
        Assert.Empty(report.Coverage);
    }

    [Fact]
    public void Case15_TheInvestigationFindingMakesSecureStorageUnmet_AndRetailGiantsOwnDelayIsPartial()
    {
        var (_, _, report) = Analyse("002_4c1d571d795957c2.txt");
        var storage = report.Assessments.Single(a => a.Topic == ObligationTopic.SecureStorage);
        Assert.Contains(storage.Reasons, r => r.Quote is { } q && q.Contains("a result of vulnerabilities in the security measures implemented by TechSecure", StringComparison.Ordinal));
        var notice = report.Assessments.Single(a => a.Topic == ObligationTopic.BreachNotification);
        Assert.Contains(notice.Reasons, r => r.Quote is { } q && q.StartsWith("delayed their compliance with breach notification", StringComparison.Ordinal));
        Assert.Contains("late cybersecurity updates", notice.Cause!.Quote, StringComparison.Ordinal);
        Assert.Contains(notice.Requirements, r => r.CatalogId == "ccpa-cpra" && r.RequirementId.StartsWith("1798.82", StringComparison.Ordinal));
    }

    [Fact]
    public void Case15_JudgedAgainstGdprAndCcpa()
    {
        var (_, _, report) = Analyse("002_4c1d571d795957c2.txt");
        Assert.Equal(["ccpa-cpra", "gdpr"], report.Coverage.Select(c => c.CatalogId).Order());
        Assert.Contains(report.Assessments, a => a.Requirements.Any(r => r.CatalogId == "gdpr" && r.RequirementId == "Art. 32(1)"));
    }
}
