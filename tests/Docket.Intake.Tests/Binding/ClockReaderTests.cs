using System.Text;
using Docket.Core.Cases;
using Xunit;

namespace Docket.Intake.Tests.Binding;

/// <summary>The contract's own clocks read from prose: cure periods, incident notice as a duty, notice periods, escalation steps.</summary>
public sealed class ClockReaderTests
{
    private static Case Read(string body) => CaseIntake.Read("memo.txt", Encoding.UTF8.GetBytes(
        "Acme Security Ltd (the \"Vendor\") and Beta Bank plc (the \"Client\") signed a managed security agreement on 1 March 2023.\n\n" + body + "\n")).Case!;

    [Theory]
    [InlineData("The agreement gives Acme Security 30 days to cure a material breach.", "cure-period", 30, "calendar-days", "notice-of-breach")]
    [InlineData("Acme Security must notify Beta Bank of any security incident within 48 hours.", "incident-notice", 48, "hours", null)]
    [InlineData("The agreement required Acme Security to tell Beta Bank within 24 hours of any suspected compromise it detected.", "incident-notice", 24, "hours", null)]
    [InlineData("Either party may terminate on ninety days' written notice of termination.", "notice-period", 90, "calendar-days", "notice-of-termination")]
    [InlineData("Acme Security had a cure period of ten business days.", "cure-period", 10, "business-days", "notice-of-breach")]
    [InlineData("The agreement gives Acme Security twenty days to cure a material breach.", "cure-period", 20, "calendar-days", "notice-of-breach")]
    public void Clause_IsReadWithItsPeriodAndTrigger(string sentence, string kind, int period, string unit, string? after)
    {
        var clock = Assert.Single(Read(sentence).Clocks);
        Assert.Equal((kind, (int?)period, unit, after), (clock.Kind, clock.Period, clock.Unit, clock.After));
        Assert.Equal(sentence, clock.Text);
    }

    [Fact]
    public void EscalationStep_HasNoPeriod_AndAReportOfANoticeIsNoClause()
    {
        var escalation = Assert.Single(Read("Beta Bank cannot terminate the contract without a formal dispute resolution process.").Clocks);
        Assert.Equal(("escalation", (int?)null, "no-fixed-period"), (escalation.Kind, escalation.Period, escalation.Unit));
        Assert.Empty(Read("Beta Bank notified the regulator within 72 hours of learning of the breach.").Clocks);
        Assert.DoesNotContain(Read("The agreement gives Acme Security forty-five days to cure.").Clocks, c => c.Period == 5);
    }
}
