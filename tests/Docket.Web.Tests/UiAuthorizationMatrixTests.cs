using System.Net;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>
/// Every page and download of the web UI, as every principal signed in by cookie (and as nobody), on a case of
/// theirs and on a foreign one: the exact status. Pages need a session (else a redirect to sign-in); a case that is
/// not yours is 404 on every route.
/// </summary>
public sealed class UiAuthorizationMatrixTests
{
    private static readonly (string Name, bool OnCase, Func<TestSite, string, string> Url)[] Routes =
    [
        ("CaseList", false, (_, _) => "/"),
        ("Tokens", false, (_, _) => "/tokens"),
        ("CaseOverview", true, (_, c) => $"/cases/{c}"),
        ("CaseIssues", true, (_, c) => $"/cases/{c}?tab=issues"),
        ("CaseEvidence", true, (_, c) => $"/cases/{c}?tab=evidence"),
        ("CaseLedger", true, (_, c) => $"/cases/{c}?tab=ledger"),
        ("DossierHtml", true, (_, c) => $"/cases/{c}/dossier/html"),
        ("DossierJson", true, (_, c) => $"/cases/{c}/dossier/json"),
        ("EvidenceFile", true, (s, c) => $"/cases/{c}/evidence/{(c == s.OwnCase ? s.EvidenceSha : s.ForeignEvidenceSha)}"),
    ];

    public static TheoryData<string, string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var backend in new[] { "sqlite", "postgres" })
        {
            foreach (var (name, onCase, _) in Routes)
            {
                foreach (var principal in TestSite.Principals)
                {
                    data.Add(backend, name, principal, "own");
                    if (onCase)
                    {
                        data.Add(backend, name, principal, "foreign");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Route_AsPrincipal_OnCase_GetsTheExactStatus(string backend, string route, string principal, string whose)
    {
        var site = await Sites.ForAsync(backend);
        var (_, onCase, url) = Routes.Single(r => r.Name == route);
        using var client = site.BrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url(site, whose == "own" ? site.OwnCase : site.ForeignCase));
        if (principal != "anonymous")
        {
            request.Headers.Add("Cookie", await site.SessionAsync(principal));
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var expected = principal == "anonymous" ? HttpStatusCode.Redirect
            : onCase && (whose == "foreign" || principal == "admin") ? HttpStatusCode.NotFound
            : HttpStatusCode.OK;
        Assert.True(expected == response.StatusCode, $"{route} as {principal} on the {whose} case: expected {(int)expected}, got {(int)response.StatusCode}");
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
