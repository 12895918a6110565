using System.Diagnostics;
using Docket.Reports.Dossiers;
using Docket.Reports.Html;
using Docket.Reports.Pdf;

namespace Docket.Benchmarks;

/// <summary>Times the PDF of the large dossier (10,000 facts, 1,000 exhibits): HTML built once, then printed RUNS times by one browser; prints each run and the median. Target: under 20 s.</summary>
public static class DossierPdfTimer
{
    public static async Task<int> RunAsync(int runs)
    {
        if (DossierPdf.FindChromium() is not { } chromium)
        {
            Console.Error.WriteLine("No Chromium: " + DossierPdf.InstallHint);
            return 1;
        }

        var dossier = DossierBuilder.Build(LargeDossier.Input(10_000, 1_000));
        var html = DossierHtml.Write(dossier);
        var times = new List<double>();
        var started = Stopwatch.StartNew();
        await using var printer = await DossierPdf.StartAsync(chromium);
        Console.WriteLine($"browser start: {started.Elapsed.TotalSeconds:0.00} s; HTML {html.Length / 1e6:0.0} MB");
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var pdf = await printer.PrintAsync(html, dossier.Cover.Title);
            times.Add(watch.Elapsed.TotalSeconds);
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Console.WriteLine($"run {i + 1}: {times[^1]:0.00} s, {pdf.Length / 1e6:0.0} MB, {document.NumberOfPages} pages");
        }

        times.Sort();
        Console.WriteLine($"PDF of the large dossier: median {times[times.Count / 2]:0.00} s over {runs} runs (target 20 s)");
        return 0;
    }
}
