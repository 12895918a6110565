using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance;
using Docket.Core.Compliance.Catalogs;
using Xunit;
using static Docket.Core.Tests.Compliance.CaseFileBuilder;

namespace Docket.Core.Tests.Compliance;

/// <summary>Coverage, frequency and participation: what the promise requires against what the record says was delivered.</summary>
public sealed class AcceptanceCriteriaTests
{
    private static readonly ComplianceAssessor Assessor = new(CatalogSet.BuiltIn());

    private static ObligationAssessment Judge(ObligationTopic topic, string text, string? statusText, ObligationStatus status = ObligationStatus.Unknown, params string[] positions)
    {
        var issue = Issue(1, 100, 900, [.. positions.Select((p, i) => Position("P2", Stance.Claim, p, 300 + (i * 50)))]);
        return Assessor.Assess(Case([Obligation("O1", "P1", topic, status, 110, text, statusText)], [issue])).Assessments[0];
    }

    private static string? Value(ObligationAssessment a, string kind) => a.Criteria.FirstOrDefault(c => c.Kind == kind)?.Value;

    [Theory]
    [InlineData("onboard every in-scope log source", "212 of our 540 in-scope log sources", "100 %", "39.3 %", ObligationStatus.Partial)]
    [InlineData("encrypt 100% of laptops", "0 of the 80 laptops were encrypted", "100 %", "0 %", ObligationStatus.Unmet)]
    [InlineData("patch all servers", "11 of the 64 servers still lacked the patch", "100 %", "82.8 %", ObligationStatus.Partial)]
    [InlineData("enrol all staff in MFA", "1,250 of 1,250 accounts are enrolled", "100 %", "100 %", ObligationStatus.Met)]
    [InlineData("train 90 percent of staff", "95% of staff completed it", "90 %", "95 %", ObligationStatus.Met)]
    public void Coverage_DeliveredAgainstRequired(string promise, string report, string required, string delivered, ObligationStatus verdict)
    {
        var a = Judge(ObligationTopic.Logging, promise, report, ObligationStatus.Partial);
        Assert.Equal((required, delivered), (Value(a, "coverage-required"), Value(a, "coverage-delivered")));
        Assert.Equal(verdict, a.Verdicts.Single(v => v.Against == "the contract (coverage)").Verdict);
    }

    [Theory]
    [InlineData("weekly progress reports", "reports came every fortnight", "every 7 days", "every 14 days", ObligationStatus.Unmet)]
    [InlineData("quarterly vulnerability scans", "scans were run monthly", "every 91 days", "every 30 days", ObligationStatus.Met)]
    [InlineData("a status report every 2 weeks", "a report every week", "every 14 days", "every 7 days", ObligationStatus.Met)]
    public void Frequency_DeliveredAgainstRequired(string promise, string report, string required, string delivered, ObligationStatus verdict)
    {
        var a = Judge(ObligationTopic.ProgressReporting, promise, report, ObligationStatus.Partial);
        Assert.Equal((required, delivered), (Value(a, "frequency-required"), Value(a, "frequency-delivered")));
        Assert.Equal(verdict, a.Verdicts.Single(v => v.Against == "the contract (frequency)").Verdict);
    }

    [Fact]
    public void UnknownStatus_WithAMeasuredShortfall_BecomesPartial_AndSaysWhy()
    {
        var a = Judge(ObligationTopic.Logging, "forward logs from every branch firewall", null, ObligationStatus.Unknown,
            "The client says the logs of 40 of the 71 branch firewalls reach the SIEM. The invoice was paid.");
        Assert.Equal(ObligationStatus.Partial, a.Status);
        Assert.Equal("56.3 %", Value(a, "coverage-delivered"));
        Assert.Contains("falls short", a.Reasons[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionSentences_OnAnotherTopic_AreNotReadAsDelivery()
    {
        var a = Judge(ObligationTopic.Training, "train all staff", null, ObligationStatus.Unknown, "The logs of 3 of 71 firewalls reach the SIEM.");
        Assert.Null(Value(a, "coverage-delivered"));
        Assert.Equal(ObligationStatus.Unknown, a.Status);
    }

    [Fact]
    public void Participation_IsReadWithTheWordsThatSayHowMuch()
    {
        var a = Judge(ObligationTopic.Training, "security awareness training", "only two brief online sessions", ObligationStatus.Partial,
            "The client received a report that only two brief online sessions were conducted with minimal participation.");
        Assert.Equal("were conducted with minimal participation", Value(a, "participation"));
    }
}
