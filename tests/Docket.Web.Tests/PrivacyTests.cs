using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>
/// A side's private notes reach nobody else: not the other side, not observers, and the neutral only when shared;
/// in no response, list, analysis or dossier. The entry still holds its place and leaf hash, so the log verifies.
/// </summary>
public sealed class PrivacyTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PrivateNotes_AppearOnlyToTheirSide_AndToTheNeutralWhenShared(string backend)
    {
        var site = await Sites.ForAsync(backend);
        var ct = TestContext.Current.CancellationToken;
        var claimantSecret = "CLAIMANT-ONLY-" + Guid.NewGuid().ToString("N");
        var respondentSecret = "RESPONDENT-AND-NEUTRAL-" + Guid.NewGuid().ToString("N");
        var offer = "OFFER-" + Guid.NewGuid().ToString("N");
        using (var claimant = site.Client("claimant"))
        {
            Assert.Equal(HttpStatusCode.Created, (await claimant.PostAsJsonAsync($"/api/cases/{site.OwnCase}/notes", new { text = claimantSecret, @private = true }, ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await claimant.PostAsJsonAsync($"/api/cases/{site.OwnCase}/notes",
                new { text = offer + ": we would settle at $400,000", @private = true, withoutPrejudice = true }, ct)).StatusCode);
        }

        using (var respondent = site.Client("respondent"))
        {
            Assert.Equal(HttpStatusCode.Created, (await respondent.PostAsJsonAsync($"/api/cases/{site.OwnCase}/notes",
                new { text = respondentSecret, @private = true, shareWithNeutral = true }, ct)).StatusCode);
        }

        var sees = new Dictionary<string, string[]>
        {
            ["claimant"] = [claimantSecret, offer],
            ["respondent"] = [respondentSecret],
            ["neutral"] = [respondentSecret],
            ["observer"] = [],
        };
        string[] secrets = [claimantSecret, respondentSecret, offer];
        foreach (var (principal, visible) in sees)
        {
            var everything = await EverythingAsync(site, principal, ct);
            foreach (var secret in secrets)
            {
                var shown = everything.Contains(secret, StringComparison.Ordinal);
                Assert.True(visible.Contains(secret) == shown, $"{principal} {(shown ? "saw" : "did not see")} {secret[..secret.IndexOf('-', StringComparison.Ordinal)]}");
            }
        }

        // Withheld entries keep their place: every reader gets the same sequences and leaf hashes, and the log verifies.
        var hashes = new List<string>();
        foreach (var principal in sees.Keys)
        {
            using var client = site.Client(principal);
            using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/cases/{site.OwnCase}/entries?pageSize=200", ct));
            hashes.Add(string.Join(",", page.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("leafHash").GetString())));
            using var check = JsonDocument.Parse(await (await client.PostAsync($"/api/cases/{site.OwnCase}/verify", null, ct)).Content.ReadAsStringAsync(ct));
            Assert.True(check.RootElement.GetProperty("valid").GetBoolean());
        }

        Assert.Single(hashes.Distinct());
    }

    private static readonly string[] Tabs = ["overview", "chronology", "issues", "obligations", "delay", "clocks", "exposure", "evidence", "ledger"];

    // Every read the principal can make of the case, concatenated.
    private static async Task<string> EverythingAsync(TestSite site, string principal, CancellationToken ct)
    {
        using var client = site.Client(principal);
        var c = site.OwnCase;
        var urls = new List<string>
        {
            "/api/cases", $"/api/cases/{c}", $"/api/cases/{c}/members", $"/api/cases/{c}/checkpoint", $"/api/cases/{c}/proofs/0",
            $"/api/cases/{c}/dossier?format=json", $"/api/cases/{c}/dossier?format=html",
        };
        urls.AddRange(Docket.Web.Api.AnalysisEndpoints.Names.Select(a => $"/api/cases/{c}/analyses/{a}"));
        for (var page = 1; page <= 5; page++)
        {
            urls.Add($"/api/cases/{c}/entries?page={page}&pageSize=5");
        }

        var all = new System.Text.StringBuilder();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} as {principal}: {(int)response.StatusCode}");
            all.Append(await response.Content.ReadAsStringAsync(ct));
        }

        // The UI, signed in by cookie: the case list, every tab and the dossier downloads.
        using var browser = site.BrowserlessClient();
        var session = await site.SessionAsync(principal);
        var pages = new List<string> { "/", $"/cases/{c}/dossier/html", $"/cases/{c}/dossier/json" };
        pages.AddRange(Tabs.Select(t => $"/cases/{c}?tab={t}"));
        foreach (var page in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Add("Cookie", session);
            using var response = await browser.SendAsync(request, ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} as {principal}: {(int)response.StatusCode}");
            all.Append(await response.Content.ReadAsStringAsync(ct));
        }

        return all.ToString();
    }
}
