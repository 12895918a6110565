using System.Collections.Immutable;
using Docket.Core.Clocks;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Clocks;

/// <summary>Each rule at its edges, computed by hand: a trigger just before midnight, a Friday, a holiday, a change of summer time, a rule's effective date, a count of residents just under and over a threshold.</summary>
public sealed class ClockEngineTests
{
    private static readonly ClockRuleSet Rules = ClockRuleSet.BuiltIn();
    private static readonly ClockEngine Engine = new(Rules);
    private static readonly LocalDate AsOf = new(2026, 11, 23);

    private static Incident Incident(string zone, string? discovered = null, string? determined = null, string? materiality = null, ImmutableDictionary<string, int?>? residents = null, params IncidentNotice[] notices)
    {
        var z = DateTimeZoneProviders.Tzdb[zone];
        IncidentTime? T(string? text) => text is null ? null : IncidentTime.Parse(text, z);
        return new Incident(z)
        {
            Discovered = T(discovered),
            Determined = T(determined),
            MaterialityDetermined = T(materiality),
            Residents = residents ?? ImmutableDictionary<string, int?>.Empty.Add("US-CA", 1_000).Add("EU", 1_000),
            Roles = ImmutableDictionary<string, ImmutableArray<string>>.Empty
                .Add("Client", ["business", "controller", "registrant", "essential-or-important-entity"])
                .Add("Vendor", ["maintainer", "processor"]),
            RolesStated = true,
            Notices = [.. notices],
            AsOf = AsOf,
        };
    }

    private static IncidentNotice Notice(string rule, string zone, string given) => new(rule, IncidentTime.Parse(given, DateTimeZoneProviders.Tzdb[zone]));

    private static DutyClock Duty(ClockReport report, string rule) => report.Duties.Single(d => d.RuleId == rule);

    [Fact]
    public void Gdpr72Hours_RunThroughGoodFridayTheWeekendAndTheChangeToSummerTime()
    {
        // Friday 29 March 2024 23:30 in Brussels (22:30 UTC); clocks go forward on 31 March; 72 elapsed hours end at 22:30 UTC on 1 April.
        var report = Engine.Evaluate(Incident("Europe/Brussels", discovered: "2024-03-29T23:30"), AsOf);
        Assert.Equal("2024-04-02T00:30:00+02", Duty(report, "gdpr-33-1").Deadline);
    }

    [Fact]
    public void California30Days_TriggerJustBeforeMidnight_EndsWithTheThirtiethDay()
    {
        var late = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-15T23:59"), AsOf);
        var early = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-15T00:01"), AsOf);
        Assert.Equal("2026-02-15T00:00:00-08", Duty(late, "ca-1798-82-a-2026").Deadline);
        Assert.Equal(Duty(early, "ca-1798-82-a-2026").Deadline, Duty(late, "ca-1798-82-a-2026").Deadline);
    }

    [Fact]
    public void California_TheVersionInForceAtDiscoveryApplies()
    {
        var before = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2025-12-31T23:59"), AsOf);
        var after = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-01T00:00"), AsOf);
        Assert.Contains(before.Duties, d => d.RuleId == "ca-1798-82-a-2000" && d.Deadline is null && d.Period == "without undue delay");
        Assert.DoesNotContain(before.Duties, d => d.RuleId == "ca-1798-82-a-2026");
        Assert.Equal("2026-02-01T00:00:00-08", Duty(after, "ca-1798-82-a-2026").Deadline);
        Assert.DoesNotContain(after.Duties, d => d.RuleId == "ca-1798-82-a-2000");
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public void CaliforniaAttorneyGeneral_OnlyAboveFiveHundredResidents_Within15DaysOfTheResidentsNotice(int residents, bool applies)
    {
        var incident = Incident("America/Los_Angeles", discovered: "2026-01-05T10:00", residents: ImmutableDictionary<string, int?>.Empty.Add("US-CA", residents),
            notices: Notice("ca-1798-82-a-2026", "America/Los_Angeles", "2026-02-10T12:00"));
        var report = Engine.Evaluate(incident, AsOf);
        Assert.Equal(applies, report.Duties.Any(d => d.RuleId == "ca-1798-82-f-2026"));
        if (applies)
        {
            Assert.Equal("2026-02-26T00:00:00-08", Duty(report, "ca-1798-82-f-2026").Deadline);
        }
    }

    [Fact]
    public void Sec8K_FourBusinessDaysFromAFriday_SkipTheWeekendAndIndependenceDay()
    {
        // Determined material on Friday 28 June 2024: Mon 1, Tue 2, Wed 3 July, (Thu 4 July a holiday), Fri 5 July.
        var report = Engine.Evaluate(Incident("America/New_York", materiality: "2024-06-28T16:00"), AsOf);
        Assert.Equal("2024-07-06T00:00:00-04", Duty(report, "sec-8k-1-05").Deadline);
    }

    [Fact]
    public void Nis2FinalReport_OneMonth_EndsOnTheMonthsLastDay_AndRollsOverEaster()
    {
        var leap = Engine.Evaluate(Incident("Europe/Brussels", discovered: "2028-01-30T10:00", notices: Notice("nis2-23-4-b", "Europe/Brussels", "2028-01-31T09:00")), AsOf);
        Assert.Equal("2028-03-01T00:00:00+01", Duty(leap, "nis2-23-4-d").Deadline);   // 31 January + one month is 29 February 2028, a Tuesday

        var easter = Engine.Evaluate(Incident("Europe/Brussels", discovered: "2026-03-02T10:00", notices: Notice("nis2-23-4-b", "Europe/Brussels", "2026-03-03T09:00")), AsOf);
        Assert.Equal("2026-04-08T00:00:00+02", Duty(easter, "nis2-23-4-d").Deadline); // 3 April 2026 is Good Friday; then the weekend and Easter Monday

        var before = Engine.Evaluate(Incident("Europe/Brussels", discovered: "2024-10-17T10:00"), AsOf);
        Assert.DoesNotContain(before.Duties, d => d.RuleId.StartsWith("nis2", StringComparison.Ordinal));   // NIS2 applies from 18 October 2024
    }

    [Fact]
    public void Status_MetMissedOpenAndUnknown()
    {
        var missed = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-01T09:00", notices: Notice("ca-1798-82-a-2026", "America/Los_Angeles", "2026-02-05")), AsOf);
        Assert.Equal(("missed", "4 days"), (Duty(missed, "ca-1798-82-a-2026").Status, Duty(missed, "ca-1798-82-a-2026").Late));

        var met = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-01T09:00", notices: Notice("ca-1798-82-a-2026", "America/Los_Angeles", "2026-01-20T10:00")), AsOf);
        Assert.Equal("met", Duty(met, "ca-1798-82-a-2026").Status);

        var open = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-11-20T09:00"), AsOf);
        Assert.Equal("open", Duty(open, "ca-1798-82-a-2026").Status);

        var unknown = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-01-01T09:00"), AsOf);
        Assert.Equal("unknown", Duty(unknown, "ca-1798-82-a-2026").Status);
        Assert.Contains("whether and when Client gave the notice under Cal. Civ. Code 1798.82(a)(2)(A) (SB 446)", Duty(unknown, "ca-1798-82-a-2026").MissingFacts);
    }

    [Fact]
    public void TriggerKnownOnlyToTheMonth_GivesARangeAndNamesTheMissingFact()
    {
        var report = Engine.Evaluate(Incident("America/Los_Angeles", discovered: "2026-03"), AsOf);
        var duty = Duty(report, "ca-1798-82-a-2026");
        Assert.Equal("between 2026-04-01T00:00:00-07 and 2026-05-01T00:00:00-07", duty.Deadline);
        Assert.Contains(duty.MissingFacts, m => m.StartsWith("the exact date and time of the discovery", StringComparison.Ordinal));
    }

    [Fact]
    public void UsFederalCalendar_ObservesWeekendHolidaysOnTheNearestWeekday()
    {
        var us = Rules.Calendars["us-federal"];
        Assert.False(us.IsBusinessDay(new LocalDate(2026, 7, 3)));    // 4 July 2026 is a Saturday
        Assert.True(us.IsBusinessDay(new LocalDate(2026, 7, 6)));
        Assert.False(us.IsBusinessDay(new LocalDate(2024, 11, 28)));   // Thanksgiving
        var uk = Rules.Calendars["uk-england"];
        Assert.False(uk.IsBusinessDay(new LocalDate(2021, 12, 28)));   // Christmas on a Saturday, Boxing Day on a Sunday: substitutes on 27 and 28
    }
}
