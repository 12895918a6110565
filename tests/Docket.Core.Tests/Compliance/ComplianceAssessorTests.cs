using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using Xunit;
using static Docket.Core.Tests.Compliance.CaseFileBuilder;

namespace Docket.Core.Tests.Compliance;

/// <summary>One test per assessment rule, on hand-built cases.</summary>
public sealed class ComplianceAssessorTests
{
    private static readonly ComplianceAssessor Assessor = new(CatalogSet.BuiltIn());

    [Fact]
    public void Partial_BlamedOnTheClient_StaysPartialWithDisputedCauseDutyAndQuestion()
    {
        var file = Case(
            [
                Obligation("O1", "P1", ObligationTopic.Encryption, ObligationStatus.Partial, 110, "an encryption system", "only partially deployed"),
                Obligation("O2", "P2", ObligationTopic.AccessProvision, ObligationStatus.Disputed, 160, "access to existing systems", "delayed critical access"),
            ],
            [Issue(1, 100, 300, Position("P2", Stance.Claim, "The audit found the encryption only partially deployed.", 100), Position("P1", Stance.Defense, "Vendor Co argued that Client Co delayed access.", 200))]);
        var o1 = Assessor.Assess(file).Assessments[0];
        Assert.Equal(ObligationStatus.Partial, o1.Status);
        Assert.NotNull(o1.Cause);
        Assert.Equal(("P1", "Vendor Co argued that Client Co delayed access."), (o1.Cause!.PartyId, o1.Cause.Quote));
        Assert.Equal(["O2"], o1.Cause.RelatedDuties);
        Assert.Contains(o1.OpenQuestions, q => q.Contains("When did Vendor Co ask Client Co for access", StringComparison.Ordinal));
        Assert.Contains(o1.Reasons, r => r.Quote == "only partially deployed");
    }

    [Fact]
    public void Shortfall_WithClientDutyButNoAnswer_RecordsNoCauseYetListsTheDutyQuestion()
    {
        var file = Case(
            [
                Obligation("O1", "P1", ObligationTopic.Logging, ObligationStatus.Unmet, 110, "logging", "not operational"),
                Obligation("O2", "P2", ObligationTopic.AccessProvision, ObligationStatus.Unknown, 160, "access to the log servers"),
            ],
            [Issue(1, 100, 300, Position("P2", Stance.Claim, "Logging was not operational.", 100))]);
        var o1 = Assessor.Assess(file).Assessments[0];
        Assert.Null(o1.Cause);
        Assert.Contains(o1.Reasons, r => r.Text.StartsWith("The same issue holds duties of Client Co", StringComparison.Ordinal) && r.Quote == "access to the log servers");
        Assert.Contains(o1.OpenQuestions, q => q.Contains("When did Vendor Co ask Client Co for access", StringComparison.Ordinal));
    }

    [Fact]
    public void Aes256Required_LessSecureMethodUsed_UnmetAgainstContract_PciUnknown()
    {
        var file = Case(
            [Obligation("O1", "P1", ObligationTopic.Encryption, ObligationStatus.Unmet, 110, "AES-256 encryption", "instead used a less secure method", "AES-256")],
            [Issue(1, 100, 300, Position("P2", Stance.Claim, "Vendor Co had agreed to employ AES-256 encryption, but they instead used a less secure method.", 100))]);
        var verdicts = Assessor.Assess(file).Assessments[0].Verdicts;
        Assert.Equal(ObligationStatus.Unmet, verdicts.Single(v => v.Against == "the contract").Verdict);
        var pci = verdicts.Single(v => v.Against.StartsWith("PCI DSS strong cryptography", StringComparison.Ordinal));
        Assert.Equal(ObligationStatus.Unknown, pci.Verdict);
        Assert.Contains("does not name", pci.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("They used AES-128 instead.", ObligationStatus.Unmet, ObligationStatus.Met)]
    [InlineData("They used 3DES instead.", ObligationStatus.Unmet, ObligationStatus.Unmet)]
    [InlineData("They used AES-192 instead.", ObligationStatus.Unmet, ObligationStatus.Met)]
    public void AlgorithmUsed_IsMeasuredAgainstContractAndPciFloor(string report, ObligationStatus contract, ObligationStatus pci)
    {
        var file = Case(
            [Obligation("O1", "P1", ObligationTopic.Encryption, ObligationStatus.Unmet, 110, "AES-256 encryption", report, "AES-256")],
            [Issue(1, 100, 300)]);
        var assessment = Assessor.Assess(file).Assessments[0];
        Assert.Equal(contract, assessment.Verdicts.Single(v => v.Against == "the contract").Verdict);
        Assert.Equal(pci, assessment.Verdicts.Single(v => v.Against.StartsWith("PCI", StringComparison.Ordinal)).Verdict);
        Assert.Contains(assessment.Criteria, c => c.Kind == "algorithm-required" && c.Value == "AES-256");
    }

    [Fact]
    public void LoggingNotOperational_UnderPci_IsAGapThatPutsTheClientOutOfCompliance()
    {
        var file = Case([Obligation("O1", "P1", ObligationTopic.Logging, ObligationStatus.Unmet, 10, "logging mechanisms", "not operational")], standards: ["PCI DSS"]);
        var report = Assessor.Assess(file);
        var gap = report.Gaps.Single(g => g.Requirement.RequirementId == "10.2.1");
        Assert.Equal(("O1", "P2"), (gap.ObligationId, gap.PartyBound));
        Assert.Contains("puts Client Co out of compliance (Vendor Co undertook it)", gap.Explanation, StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Unmet, report.Rows.Single(r => r.Requirement.RequirementId == "10.2.1").Status);
    }

    [Fact]
    public void EnablingDutyOfTheClient_MapsToNoStandard()
    {
        var file = Case([Obligation("O1", "P2", ObligationTopic.Documentation, ObligationStatus.Disputed, 10)], standards: ["PCI DSS"]);
        Assert.Empty(Assessor.Assess(file).Assessments[0].Requirements);
    }

    [Fact]
    public void Unknown_ClaimedAndContested_IsDisputed_UncontestedStaysUnknownWithQuestion()
    {
        var contested = Case(
            [Obligation("O1", "P1", ObligationTopic.Indemnification, ObligationStatus.Unknown, 110, "indemnify Client Co")],
            [Issue(1, 100, 300, Position("P2", Stance.Claim, "Client Co reads the clause to cover all costs.", 150), Position("P1", Stance.Defense, "Vendor Co says it does not.", 200))]);
        Assert.Equal(ObligationStatus.Disputed, Assessor.Assess(contested).Assessments[0].Status);
        var silent = Case([Obligation("O1", "P1", ObligationTopic.Audits, ObligationStatus.Unknown, 10, "regular security audits")]);
        var assessment = Assessor.Assess(silent).Assessments[0];
        Assert.Equal(ObligationStatus.Unknown, assessment.Status);
        Assert.Equal("Which audits were held, when, by whom, and what did they find?", assessment.OpenQuestions[0]);
    }

    [Fact]
    public void Evidence_SaidToShowTheTopic_IsCitedByEntry()
    {
        var file = Case(
            [Obligation("O1", "P1", ObligationTopic.Training, ObligationStatus.Partial, 10, "security training", "only two brief sessions")],
            evidence: [new CaseFileEvidence(4, new string('a', 64), "attendance.csv", "P2", "training attendance: 6 of 140 staff"), new CaseFileEvidence(5, new string('b', 64), "invoice.pdf", "P1", "the invoice")]);
        var assessment = Assessor.Assess(file).Assessments[0];
        Assert.Equal([4L], assessment.EvidenceEntries);
        Assert.Contains(assessment.Reasons, r => r.Entry == 4 && r.Quote == "training attendance: 6 of 140 staff");
    }

    [Fact]
    public void FutureDatedRequirement_DueBeforeItsDate_IsFlagged()
    {
        var file = Case([Obligation("O1", "P1", ObligationTopic.Logging, ObligationStatus.Unmet, 10, "automated log review", "not operational")], standards: ["PCI DSS"]) with { ContractDeadline = new CaseFileDate("by June 2022", new NodaTime.LocalDate(2022, 6, 30)) };
        var assessment = Assessor.Assess(file).Assessments[0];
        Assert.Contains(assessment.Reasons, r => r.Text.Contains("future-dated: best practice only until 2025-03-31", StringComparison.Ordinal));
    }

    [Fact]
    public void SameCase_SameReport()
    {
        var file = Case([Obligation("O1", "P1", ObligationTopic.Logging, ObligationStatus.Unmet, 10)], standards: ["PCI DSS", "GDPR"]);
        var first = Assessor.Assess(file);
        var second = Assessor.Assess(file);
        Assert.Equal(first.Gaps.Select(g => g.Explanation), second.Gaps.Select(g => g.Explanation));
        Assert.Equal(first.Coverage, second.Coverage);
    }
}
