using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Docket.Core.Utility;
using Docket.Reports.Html;
using Xunit;

namespace Docket.Reports.Tests;

/// <summary>The HTML dossier of every example case and seed, read back with an HTML parser.</summary>
public sealed class DossierHtmlTests
{
    public static TheoryData<string> Cases => DossierCases.Names();

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_EveryCase_HoldsEveryPartOfTheDossier(string name)
    {
        var dossier = DossierCases.Build(name);
        var doc = Parse(DossierHtml.Write(dossier));

        Assert.Equal(dossier.Cover.Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("Dossier: " + dossier.Cover.Title, doc.Title);
        var headings = doc.QuerySelectorAll("section > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Summary", "Chronology", "Issues and positions", "Obligations and compliance", "Delay", "Clocks", "Exposure", "Open questions", "Exhibit index", "Method and assumptions"], headings);

        // Cover: every party with its role.
        var parties = Table(doc, "Parties");
        Assert.Equal(dossier.Cover.Parties.Select(p => (p.Name, p.Role)), parties.Select(r => (r[1], r[2])));

        // Chronology: a row per dated fact, in order, with its source.
        var facts = Table(doc, "Dated facts in order");
        Assert.Equal(dossier.Chronology.Facts.Select(f => f.Id), facts.Select(r => r[0]));
        Assert.All(facts.Zip(dossier.Chronology.Facts), x => Assert.Equal(x.Second.Span is { } s ? $"line {s.Line}, col {s.Column}" : string.Empty, x.First[7]));

        // Issues: each issue a heading, each position a row quoting the party's words.
        Assert.Equal(dossier.Issues.Select(i => $"Issue {i.Number}: {i.Title}"), doc.QuerySelectorAll("#issues h3").Select(h => h.TextContent));
        foreach (var issue in dossier.Issues)
        {
            var rows = Table(doc, $"Positions on issue {issue.Number}");
            Assert.Equal(issue.Positions.Select(p => (p.Party, p.Stance, p.Quote)), rows.Select(r => (r[0], r[1], r[2])));
        }

        // Compliance: each obligation with its obligor's name and status.
        var obligations = Table(doc, "Each obligation, judged");
        Assert.Equal(dossier.Compliance.Assessments.Select(a => (a.ObligationId, dossier.PartyName(a.ObligorId), KebabCase.Name(a.Status))),
            obligations.Select(r => (r[0], r[1], r[4])));

        // Summary: a sentence per part, counting what the dossier holds.
        var summary = doc.QuerySelectorAll("#summary li").Select(li => li.TextContent).ToList();
        Assert.Equal(dossier.Summary, summary);
        Assert.StartsWith($"{dossier.OpenQuestions.Length} open questions; {dossier.Exhibits.Length} exhibits", summary[^1], StringComparison.Ordinal);

        // Open questions: each with the evidence that would settle it.
        var questions = Table(doc, "What the record leaves open");
        Assert.Equal(dossier.OpenQuestions.Select(q => (q.Question, q.Evidence)), questions.Select(r => (r[2], r[4])));
        Assert.All(questions, r => Assert.False(string.IsNullOrWhiteSpace(r[4])));

        // Accessible and self-contained: column headers, captions, charts with text alternatives, no script, no external resource.
        Assert.All(doc.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(doc.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(doc.QuerySelectorAll("figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.GetAttribute("aria-label"))));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("[src], link[href]"));
        if (!dossier.Chronology.Facts.IsEmpty)
        {
            Assert.NotNull(doc.QuerySelector("#chronology figure svg"));
        }
    }

    [Fact]
    public void Write_SameDossier_GivesTheSameBytes()
    {
        var name = DossierCases.Paths().Select(Path.GetFileName).First()!;
        Assert.Equal(DossierHtml.Write(DossierCases.Build(name)), DossierHtml.Write(DossierCases.Build(name)));
    }

    [Fact]
    public void Write_NarrativeWithScriptAndQuotes_RendersInert()
    {
        const string Hostile = """
            Case #9: <script>alert('title')</script> "Dispute" between Evil<img src=x onerror=alert(1)> Corp and "Q" onmouseover="alert(2)" Ltd

            Theme: <b onclick="alert(3)">Encryption</b>

            Parties:
            - Evil<script>alert(4)</script> Corp (Client): a retailer "quoted" ' single ' </td></tr></table><script>alert(5)</script>
            - "Q" onmouseover="alert(2)" Ltd (Vendor): a security vendor

            Background:
            On 1 March 2023, Evil<script>alert(4)</script> Corp and "Q" onmouseover="alert(2)" Ltd signed a contract requiring AES-256 encryption by 30 June 2023 <iframe src="https://example.invalid"></iframe>.

            Key Issues:
            1. Encryption <svg onload=alert(6)>: Evil<script>alert(4)</script> Corp claims the encryption was only partially deployed.</td><script>alert(7)</script> "Q" onmouseover="alert(2)" Ltd argues that the client delayed access.
            """;
        var dossier = DossierCases.FromText("hostile.md", Hostile);
        var html = DossierHtml.Write(dossier);
        var doc = Parse(html);

        Assert.Empty(doc.QuerySelectorAll("script, iframe, img, object, embed, base, link"));
        Assert.DoesNotContain(doc.QuerySelectorAll("body svg"), s => s.Closest("figure") is null);
        var handlers = doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(handlers);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // The words are kept, as text.
        Assert.Contains("<script>alert('title')</script>", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("td"), td => td.TextContent.Contains("onmouseover=\"alert(2)\"", StringComparison.Ordinal));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
    }

    // The rows of the table whose caption starts with <paramref name="caption"/>, as cell texts.
    private static List<string[]> Table(IHtmlDocument doc, string caption)
    {
        var table = doc.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(caption, StringComparison.Ordinal));
        return [.. table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray())];
    }
}
