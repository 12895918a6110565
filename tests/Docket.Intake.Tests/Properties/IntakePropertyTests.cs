using System.Diagnostics;
using System.Text;
using Docket.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Docket.Intake.Tests.Properties;

/// <summary>Intake never throws on any text, and every span it reports lies inside the text and covers what it claims.</summary>
public sealed class IntakePropertyTests
{
    // Fragments that exercise every recognizer, glued at random with random separators and noise.
    private static readonly string[] Fragments =
    [
        "Theme: ", "Case Number: 7", "-----", "**Parties Involved:**", "1. **Acme, Inc.** - A vendor.", "2. Beta Bank (Client): a bank",
        "**Key Issues:**", "1. **Delay:**", "   - Beta alleged that Acme was late.", "Acme countered that Beta", "**Conclusion:**",
        "In January 2022", "by June 2023", "Q3 2023", "mid-2022", "between April and June 2023", "03/04/2023", "31 June 2023",
        "$2 million", "exceed $1 million", "USD 6.8M", "£3,076,320", "over 500,000 customers", "two brief sessions",
        "PCI DSS v4.0.1", "GDPR Art. 33", "Articles 28 and 32 of the GDPR", "Cal. Civ. Code § 1798.82", "AES-256", "TLS 1.2",
        "negotiations have stalled", "filed a demand for arbitration", "whereas", "They", "\r\n", "\n", "\r", "\t", " ", ", ", ". ",
        "**", "__", "#", "## Background", "(", ")", "\"", "“", "”", "â€™", "—", "–", ":", ";", "\u0000", "\uFFFD", "\uD83D\uDE00",
        "\uD800", "ä", "0", "1.", "-", "*", "•",
    ];

    private static Arbitrary<string> Narratives() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property ReadText_AnyFragmentMix_NeverThrowsAndSpansCoverClaimedText() =>
        Prop.ForAll(Narratives(), text => CheckSpans(text));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property ReadText_ArbitraryString_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => CheckSpans(text ?? string.Empty));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Read_ArbitraryBytes_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = CaseIntake.Read("random.txt", bytes ?? []);
            return result.Case is null ? result.HasErrors : result.Text is not null;
        });

    [Theory]
    [InlineData("*", 200_000)]
    [InlineData("1,", 100_000)]
    [InlineData("1,000,", 50_000)]
    [InlineData("212 of 540 ", 30_000)]
    [InlineData("was not granted until ", 20_000)]
    [InlineData(". They argue that their", 20_000)]
    [InlineData("A ", 100_000)]
    [InlineData("Acme, ", 50_000)]
    [InlineData("(\"", 50_000)]
    [InlineData("Ab ", 60_000)]
    [InlineData("January ", 30_000)]
    [InlineData("**Parties:**\n1. x - y\n", 20_000)]
    [InlineData("14 of the 52 volumes were written without any encryption, that ", 10_000)]
    [InlineData("Acme undertook to:\n   (a) keep the logs; and\n", 20_000)]
    [InlineData("Multi-factor authentication. Only 2 of 4 were done. ", 20_000)]
    public void ReadText_PathologicalRepetition_FinishesQuickly(string unit, int repeat)
    {
        var text = new StringBuilder(unit.Length * repeat).Insert(0, unit, repeat).ToString();
        var watch = Stopwatch.StartNew();
        var result = CaseIntake.ReadText("big.txt", text);
        Assert.NotNull(result.Case);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed} for {text.Length:N0} chars");
    }

    private static bool CheckSpans(string text)
    {
        var result = CaseIntake.ReadText("prop.md", text);
        if (result.Case is not { } c)
        {
            return result.HasErrors;
        }

        var t = result.Text!;
        bool Inside(SourceSpan s) => s.Start >= 0 && s.End <= t.Length && s.Start <= s.End;
        var spans = c.Parties.Select(p => p.Span)
            .Concat(c.Events.Select(e => e.Span)).Concat(c.Events.Select(e => e.Date.Span))
            .Concat(c.Amounts.Select(a => a.Span)).Concat(c.Counts.Select(n => n.Span))
            .Concat(c.Standards.SelectMany(s => s.Mentions))
            .Concat(c.Issues.Select(i => i.Span)).Concat(c.Issues.SelectMany(i => i.Positions.Select(p => p.Span)))
            .Concat(c.Obligations.Select(o => o.Span))
            .Concat(result.Diagnostics.Where(d => d.Span is not null).Select(d => d.Span!.Value));
        var covers =
            c.Parties.All(p => p.Span.Slice(t) == p.Name)
            && c.Events.All(e => e.Date.Span.Slice(t) == e.Date.Text)
            && c.Obligations.All(o => o.Span.Slice(t) == o.Text)
            && c.Issues.SelectMany(i => i.Positions).All(p => Collapse(p.Span.Slice(t)).Length >= Collapse(p.Summary).Length - 8);
        return spans.All(Inside) && covers;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
