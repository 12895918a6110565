using System.Text;
using Docket.Core.Ledger.Entries;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Ledger;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Serialize_Rfc8785Example_MatchesPublishedOutput()
    {
        // RFC 8785 §3.2.2 and its "Sorting of Object Properties" example.
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";
        Assert.Equal(expected, Encoding.UTF8.GetString(CanonicalJson.Serialize(input)));
    }

    public static TheoryData<double, string> Numbers => new()
    {
        { 0, "0" }, { -0.0, "0" }, { 1, "1" }, { -1.5, "-1.5" }, { 1e21, "1e+21" }, { 1e20, "100000000000000000000" },
        { 123456789012345680000.0, "123456789012345680000" }, { 0.000001, "0.000001" }, { 1e-7, "1e-7" }, { 5e-324, "5e-324" },
        { 1.7976931348623157e308, "1.7976931348623157e+308" }, { 9007199254740993.0, "9007199254740992" }, { 0.1, "0.1" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void FormatNumber_IsEcmaScriptNumberToString(double value, string expected) =>
        Assert.Equal(expected, CanonicalJson.FormatNumber(value));

    [Fact]
    public void Serialize_KeysSortByUtf16CodeUnits()
    {
        Assert.Equal("""{"\r":1,"1":2,"A":3,"a":4,"é":5,"😀":6,"ｅ":7}""",
            Encoding.UTF8.GetString(CanonicalJson.Serialize("""{"ｅ":7,"😀":6,"é":5,"a":4,"A":3,"1":2,"\r":1}""")));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Entry_SamePayloadAnyLayout_SameLeafAndAnyChangeDiffers() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), ArbMap.Default.ArbFor<int>(), (text, number) =>
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
            var s = System.Text.Json.JsonSerializer.Serialize(text.Get);
            var a = LedgerEntry.Create("case-1", 3, EntryKind.Note, EntryAuthor.Party("P1"), time, $$"""{"text":{{s}},"n":{{number}}}""");
            var b = LedgerEntry.Create("case-1", 3, EntryKind.Note, EntryAuthor.Party("P1"), time, $$"""  { "n" : {{number}} ,  "text" : {{s}} }  """);
            var c = LedgerEntry.Create("case-1", 4, EntryKind.Note, EntryAuthor.Party("P1"), time, $$"""{"text":{{s}},"n":{{number}}}""");
            var d = LedgerEntry.Create("case-1", 3, EntryKind.Note, EntryAuthor.Party("P2"), time, $$"""{"text":{{s}},"n":{{number}}}""");
            return a.LeafHash().AsSpan().SequenceEqual(b.LeafHash())
                && !a.LeafHash().AsSpan().SequenceEqual(c.LeafHash())
                && !a.LeafHash().AsSpan().SequenceEqual(d.LeafHash());
        });

    [Fact]
    public void Create_TakesTimeFromTimeProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, 123, TimeSpan.Zero));
        var entry = LedgerEntry.Create("case-1", 0, EntryKind.CaseOpened, EntryAuthor.User("u-7"), time, """{"schema":"docket.case/1"}""");
        Assert.Equal(Instant.FromUtc(2026, 11, 23, 10, 0, 0) + Duration.FromMilliseconds(123), entry.RecordedAt);
        Assert.Equal(
            """{"author":{"id":"u-7","kind":"user"},"caseId":"case-1","kind":"case-opened","payload":{"schema":"docket.case/1"},"recordedAt":"2026-11-23T10:00:00.123Z","sequence":0}""",
            Encoding.UTF8.GetString(entry.CanonicalBytes()));
    }

    [Theory]
    [InlineData("robot", "x")]
    [InlineData("party", " ")]
    public void EntryAuthor_Invalid_Throws(string kind, string id) =>
        Assert.ThrowsAny<ArgumentException>(() => new EntryAuthor(kind, id));
}
