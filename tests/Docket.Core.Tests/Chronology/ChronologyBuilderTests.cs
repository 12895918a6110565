using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Chronology;
using Docket.Core.Text;
using NodaTime;
using Xunit;
using static Docket.Core.Tests.Compliance.CaseFileBuilder;

namespace Docket.Core.Tests.Chronology;

/// <summary>Order with imprecise dates, who asserts each fact, disputed facts and contradictions between the parties' accounts.</summary>
public sealed class ChronologyBuilderTests
{
    private static CaseFileDate Date(string text, LocalDate earliest, LocalDate latest, string precision, int at, string qualifier = "on") =>
        new(text, latest) { Earliest = earliest, Precision = precision, Qualifier = qualifier, Span = new SourceSpan(at, at + text.Length, 1, at + 1) };

    private static CaseFileEvent Event(string id, CaseFileDate date, string kind, int at, int length = 40) =>
        new(id, date, kind, $"{kind} on {date.Text}", [], new SourceSpan(at, at + length, 1, at + 1), null);

    [Fact]
    public void AMonthComesBeforeADayInsideIt_AndEachFactKeepsItsUncertainty()
    {
        var june = Date("June 2022", new(2022, 6, 1), new(2022, 6, 30), "month", 300);
        var fifth = Date("1 June 2022", new(2022, 6, 1), new(2022, 6, 1), "day", 100);
        var spring = Date("Q2 2022", new(2022, 4, 1), new(2022, 6, 30), "quarter", 200);
        var file = Case([]) with { Events = [Event("E1", fifth, "audit", 100), Event("E2", june, "other", 300), Event("E3", spring, "other", 200)] };
        var facts = ChronologyBuilder.Build(file).Facts;
        Assert.Equal(["E3", "E2", "E1"], facts.Select(f => f.Id));
        Assert.Equal((new LocalDate(2022, 6, 1), new LocalDate(2022, 6, 30), "month"), (facts[1].Earliest, facts[1].Latest, facts[1].Precision));
    }

    [Fact]
    public void AFactInOnePartysAnsweredAccount_IsDisputed_NarrativeFactsAreNot()
    {
        var issue = Issue(1, 100, 400, Position("P2", Stance.Claim, "Client Co says the audit on 3 May found gaps.", 100) with { Span = new SourceSpan(100, 200, 1, 101) },
            Position("P1", Stance.Defense, "Vendor Co denies it.", 250));
        var file = Case([], [issue]) with
        {
            Events =
            [
                Event("E1", Date("3 May 2023", new(2023, 5, 3), new(2023, 5, 3), "day", 130), "audit", 120, 50),
                Event("E2", Date("1 March 2023", new(2023, 3, 1), new(2023, 3, 1), "day", 10), "contract-signed", 5, 50),
            ],
        };
        var r = ChronologyBuilder.Build(file);
        Assert.Equal(("P2", "disputed", 1), (r.Facts[1].AssertedBy, r.Facts[1].Standing, r.Facts[1].Issue));
        Assert.Equal((null, "undisputed"), (r.Facts[0].AssertedBy, r.Facts[0].Standing));
        Assert.Equal(["E2"], r.Agreed);
        Assert.Equal(["E1"], r.Disputed);
    }

    [Fact]
    public void TheTwoPartiesDatingTheSameEventApart_IsAContradiction()
    {
        var issue = Issue(1, 0, 1000,
            Position("P2", Stance.Claim, "Client Co says access was given on 2 May.", 0) with { Span = new SourceSpan(0, 100, 1, 1) },
            Position("P1", Stance.Defense, "Vendor Co says it came on 9 June.", 500) with { Span = new SourceSpan(500, 600, 1, 501) });
        var file = Case([], [issue]) with
        {
            Events =
            [
                Event("E1", Date("2 May 2023", new(2023, 5, 2), new(2023, 5, 2), "day", 30), "notice", 10, 50),
                Event("E2", Date("9 June 2023", new(2023, 6, 9), new(2023, 6, 9), "day", 530), "notice", 510, 50),
                Event("E3", Date("by June 2023", new(2023, 6, 1), new(2023, 6, 30), "month", 540, "by"), "notice", 510, 50),
            ],
        };
        var c = Assert.Single(ChronologyBuilder.Build(file).Contradictions);
        Assert.Equal(("E1", "E2"), (c.First, c.Second));
        Assert.Contains("Client Co dates the notice 2 May 2023; Vendor Co dates it 9 June 2023", c.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DueDates_AndTheContractsDates_JoinTheChronology()
    {
        var o = Obligation("O1", "P1", ObligationTopic.Logging, ObligationStatus.Unknown, 10, "onboard every log source") with
        {
            Due = Date("by 30 November 2022", new(2022, 11, 30), new(2022, 11, 30), "day", 60, "by"),
        };
        var file = Case([o]) with { ContractSigned = Date("1 September 2022", new(2022, 9, 1), new(2022, 9, 1), "day", 0) };
        Assert.Equal(["contract signed", "O1 due"], ChronologyBuilder.Build(file).Facts.Select(f => f.Id));
    }
}
