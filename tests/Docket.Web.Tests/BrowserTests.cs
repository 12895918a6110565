using System.Net.Http.Json;
using Docket.Reports.Pdf;
using Docket.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>
/// The web UI in Debian's Chromium driven by Playwright, against a server on a real loopback port: sign in, open a
/// case from an example narrative, read its issues matrix, add evidence, verify the ledger, download the PDF; a private
/// note stays with its side; a narrative carrying script renders inert. Screenshots go to artifacts/screenshots.
/// Locally the tests skip without Chromium; on CI (CI set) they fail.
/// </summary>
public sealed class BrowserTests
{
    private static readonly string Screenshots = RepositoryPaths.Combine("artifacts", "screenshots");

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

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var chromium = Chromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    private static async Task SignInAsync(IPage page, TestSite site, string principal)
    {
        await page.GotoAsync(new Uri(site.Address!, "/").ToString());
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal); // the case list needs a signed-in user
        await page.GetByLabel("E-mail").FillAsync(TestSite.Email(principal));
        await page.GetByLabel("Password").FillAsync(TestSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your cases" }).WaitForAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task ACounsel_SignsIn_OpensACase_ReadsTheIssues_AddsEvidence_VerifiesTheLedger_AndDownloadsThePdf()
    {
        var (playwright, browser) = await LaunchAsync();
        await using var site = await TestSite.StartAsync("sqlite", listen: true);
        try
        {
            await site.AddUserAsync("counsel");
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
            var page = await context.NewPageAsync();
            var refused = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    refused.Add(message.Text);
                }
            };
            await SignInAsync(page, site, "counsel");
            await ShotAsync(page, "01-case-list");

            // The framework's script loads under the content security policy, so forms post as enhanced forms.
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor !== 'undefined'"), "blazor.web.js did not load");

            // Open a case from one of the example narratives.
            var narrative = Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal).First();
            await page.GetByLabel("Narrative").SetInputFilesAsync(narrative);
            await page.GetByLabel("Your side").SelectOptionAsync("claimant");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/c*");
            await Assertions.Expect(page.GetByText("your role: claimant")).ToBeVisibleAsync();
            await ShotAsync(page, "02-case-overview");

            // The issues matrix: each issue with each party's position and its source.
            await page.GetByRole(AriaRole.Link, new() { Name = "Issues matrix" }).ClickAsync();
            var matrix = page.Locator("table:has(caption:has-text('Positions on issue 1'))");
            await Assertions.Expect(matrix).ToBeVisibleAsync();
            Assert.True(await matrix.Locator("tbody tr").CountAsync() >= 2, "issue 1 should have a position from each side");
            await Assertions.Expect(matrix.Locator("tbody tr").First).ToContainTextAsync("claim");
            await ShotAsync(page, "03-issues-matrix");

            // Add evidence.
            await page.GetByRole(AriaRole.Link, new() { Name = "Evidence" }).ClickAsync();
            var file = Path.Combine(Path.GetTempPath(), "access-log-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
            await File.WriteAllTextAsync(file, "2023-06-19 09:12 admin access granted to Halberd\n", TestContext.Current.CancellationToken);
            await page.GetByLabel("File").SetInputFilesAsync(file);
            await page.GetByLabel("Kind").FillAsync("log");
            await page.GetByLabel("What it shows").FillAsync("the day access was granted");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Evidence recorded as entry");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Path.GetFileName(file) })).ToBeVisibleAsync();
            await ShotAsync(page, "04-evidence-added");
            File.Delete(file);

            // Verify the ledger.
            await page.GetByRole(AriaRole.Link, new() { Name = "Ledger" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify the ledger" }).ClickAsync();
            await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("Verified: all 2 entries");
            await ShotAsync(page, "05-ledger-verified");

            // Download the PDF dossier.
            await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
            var pdfPath = Path.Combine(Screenshots, "dossier.pdf");
            await download.SaveAsAsync(pdfPath);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
            {
                var text = string.Concat(pdf.GetPages().Select(p => p.Text));
                Assert.Contains("Northwind", text, StringComparison.Ordinal);
                Assert.Contains("Exhibit index", text, StringComparison.Ordinal);
                Assert.Contains("access-log-", text, StringComparison.Ordinal);
            }

            Assert.Empty(refused);

            // The interactive API reference renders the OpenAPI document for a signed-in user.
            await page.GotoAsync(new Uri(site.Address!, "/api/reference/").ToString());
            await Assertions.Expect(page.GetByText("The cases you are a member of, paged.").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await ShotAsync(page, "06-api-reference");

            await context.CloseAsync();
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task APrivateNoteAddedInTheUi_IsWithheldFromTheOtherSide_AndScriptInANarrativeStaysInert()
    {
        var (playwright, browser) = await LaunchAsync();
        await using var site = await TestSite.StartAsync("sqlite", listen: true);
        try
        {
            // A narrative whose title and parties carry markup that would run if it were not encoded.
            var narrative = Path.Combine(Path.GetTempPath(), "xss-" + Guid.NewGuid().ToString("N")[..8] + ".md");
            var original = await File.ReadAllTextAsync(Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal).First(), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(narrative, original.Replace("Contract Dispute Scenario:", "Contract Dispute Scenario <script>window.xssRan=1</script><img src=x onerror=\"window.xssRan=2\">:", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            var caseId = await site.OpenAsync("claimant", narrative, "claimant");
            File.Delete(narrative);

            var claimantContext = await browser.NewContextAsync();
            var claimant = await claimantContext.NewPageAsync();
            await SignInAsync(claimant, site, "claimant");
            await claimant.GotoAsync(new Uri(site.Address!, $"/cases/{caseId}?tab=ledger").ToString());
            Assert.Null(await claimant.EvaluateAsync<int?>("() => window.xssRan ?? null"));
            await Assertions.Expect(claimant.Locator("h1")).ToContainTextAsync("<script>window.xssRan=1</script>");
            await claimant.GetByLabel("Note").FillAsync("Our bottom line is $400,000.");
            await claimant.GetByLabel("Private to my side").CheckAsync();
            await claimant.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
            await Assertions.Expect(claimant.GetByText("[private] Our bottom line is $400,000.")).ToBeVisibleAsync();
            await ShotAsync(claimant, "07-private-note-claimant");

            using (var api = site.Client("claimant"))
            {
                var added = await api.PostAsJsonAsync($"/api/cases/{caseId}/members", new { email = TestSite.Email("respondent"), role = "respondent" }, TestContext.Current.CancellationToken);
                Assert.True(added.IsSuccessStatusCode);
            }

            var respondentContext = await browser.NewContextAsync();
            var respondent = await respondentContext.NewPageAsync();
            await SignInAsync(respondent, site, "respondent");
            await respondent.GotoAsync(new Uri(site.Address!, $"/cases/{caseId}?tab=ledger").ToString());
            await Assertions.Expect(respondent.GetByText("The other side's private note: withheld.")).ToBeVisibleAsync();
            Assert.DoesNotContain("400,000", await respondent.ContentAsync(), StringComparison.Ordinal);
            await ShotAsync(respondent, "08-private-note-respondent");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
