using Docket.Reports.Html;
using Docket.Reports.Pdf;
using UglyToad.PdfPig;
using Xunit;

namespace Docket.Reports.Tests;

/// <summary>
/// The PDF dossier printed by Debian's Chromium and read back with PdfPig. Locally the tests skip when Chromium is
/// absent; with CI set they fail (test.sh installs it).
/// </summary>
public sealed class DossierPdfTests
{
    private static string Chromium()
    {
        if (DossierPdf.FindChromium() is { } path)
        {
            return path;
        }

        Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "No Chromium: " + DossierPdf.InstallHint);
        Assert.Fail("Chromium must be installed on CI (test.sh installs Debian's chromium).");
        return string.Empty;
    }

    [Fact]
    public async Task Print_Seed_HasItsSectionsPageNumbersAndRunningHeader()
    {
        var chromium = Chromium();
        var name = DossierCases.Paths().Select(Path.GetFileName).Last()!;
        var dossier = DossierCases.Build(name);
        await using var printer = await DossierPdf.StartAsync(chromium);
        var bytes = await printer.PrintAsync(DossierHtml.Write(dossier), dossier.Cover.Title, TestContext.Current.CancellationToken);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 3, $"{pdf.NumberOfPages} pages");
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var all = string.Join("\n", pages);
        foreach (var heading in (string[])["Summary", "Chronology", "Obligations", "Clocks", "Exposure", "Exhibit"])
        {
            Assert.Contains(heading, all, StringComparison.Ordinal);
        }

        // Every page numbered "Page N of M" and headed with (the start of) the case title.
        var titleStart = dossier.Cover.Title.Split(' ').First();
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains(titleStart, pages[i], StringComparison.Ordinal);
        }

        // The parties and the obligations reach the paper.
        Assert.All(dossier.Cover.Parties, p => Assert.Contains(p.Name.Split(' ').First(), all, StringComparison.Ordinal));
        Assert.All(dossier.Compliance.Assessments, a => Assert.Contains(a.ObligationId, all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Print_TitleWithMarkup_IsPrintedAsText()
    {
        var chromium = Chromium();
        var dossier = DossierCases.FromText("hostile.md", """
            Case #3: <b>Bold</b> & <script>x()</script> Dispute

            Parties:
            - Alpha Ltd (Client): a retailer
            - Beta LLC (Vendor): a security vendor
            """);
        await using var printer = await DossierPdf.StartAsync(chromium);
        var bytes = await printer.PrintAsync(DossierHtml.Write(dossier), dossier.Cover.Title, TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(bytes);
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("<b>Bold</b>", first, StringComparison.Ordinal);
        Assert.Contains("<script>x()</script>", first, StringComparison.Ordinal);
    }
}
