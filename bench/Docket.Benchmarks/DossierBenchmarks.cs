using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Docket.Core.CaseFiles;
using Docket.Core.Ledger.Entries;
using Docket.Reports.Dossiers;
using Docket.Reports.Html;
using NodaTime;

namespace Docket.Benchmarks;

/// <summary>The HTML dossier of a case with 10,000 chronology facts and 1,000 exhibits: every analysis, the exhibits' proofs and the HTML. Target: under 2 s.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DossierBenchmarks
{
    private DossierInput _input = null!;

    [GlobalSetup]
    public void Setup() => _input = LargeDossier.Input(10_000, 1_000);

    [Benchmark]
    public int HtmlDossier() => DossierHtml.Write(DossierBuilder.Build(_input)).Length;
}

/// <summary>A synthetic case of a given size: two parties, dated facts spread over three years, evidence entries in a ledger.</summary>
public static class LargeDossier
{
    public static DossierInput Input(int facts, int exhibits)
    {
        var start = new LocalDate(2022, 1, 3);
        var json = new StringBuilder(facts * 400);
        json.Append("""{"schema":"docket.case/1","source":{"name":"large.md","sha256":null,"encoding":"utf-8","repairs":0},"theme":"Synthetic","caseNumber":1,"title":"A large synthetic dispute",""");
        json.Append("""
            "parties":[{"id":"P1","name":"Client Co","aliases":[],"role":"client","description":null,"location":null,"span":null},{"id":"P2","name":"Vendor LLC","aliases":[],"role":"vendor","description":null,"location":null,"span":null}],"events":[
            """);
        for (var i = 0; i < facts; i++)
        {
            var day = start.PlusDays(i % 1_100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$$"""
                {"date":{"value":"{{{day}}}","qualifier":"on","text":"{{{day}}}","start":"{{{day}}}","end":"{{{day}}}","precision":"day","span":{"start":{{{i * 100}}},"end":{{{(i * 100) + 10}}},"line":{{{i + 1}}},"column":1}},"kind":"other","summary":"Fact {{{i}}}: the vendor's team & the client's <staff> met about access \"as agreed\".","parties":["P{{{1 + (i % 2)}}}"],"span":{"start":{{{i * 100}}},"end":{{{(i * 100) + 90}}},"line":{{{i + 1}}},"column":1}}
                """);
        }

        json.Append("],\"evidence\":[");
        for (var i = 0; i < exhibits; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$$"""
                {"entry":{{{i + 1}}},"sha256":"{{{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))}}}","fileName":"exhibit-{{{i}}}.pdf","submittedBy":"P1","shows":"page {{{i}}}"}
                """);
        }

        json.Append("]}");
        var text = json.ToString();
        var time = Instant.FromUtc(2026, 11, 1, 9, 0);
        var entries = new List<LedgerEntry> { LedgerEntry.Restore("c-large", 0, EntryKind.CaseOpened, EntryAuthor.User("bench"), time, """{"case":"large"}""") };
        for (var i = 0; i < exhibits; i++)
        {
            entries.Add(LedgerEntry.Restore("c-large", i + 1, EntryKind.EvidenceAdded, EntryAuthor.User("bench"), time + Duration.FromSeconds(i), $$"""{"exhibit":{{i}}}"""));
        }

        return new DossierInput(text, CaseFile.Parse(text), new LocalDate(2026, 11, 2)) { CaseId = "c-large", Entries = entries };
    }
}
