using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>
/// Every API endpoint, as every principal (no token, each case role, an administrator), on a case of theirs and on a
/// case that is not, on SQLite and on PostgreSQL: the exact status code each must get.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    // How each endpoint is called. {case} is the case under test; writes carry a valid body, so only access decides.
    private sealed record Call(string Name, bool OnCase, Func<TestSite, string, HttpRequestMessage> Make);

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Bytes(string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static readonly Call[] Calls =
    [
        new("ListCases", false, (_, _) => Get("/api/cases")),
        new("OpenCase", false, (_, _) => Bytes("/api/cases?fileName=narrative.md&role=claimant", File.ReadAllBytes(Narrative))),
        new("ListTokens", false, (_, _) => Get("/api/tokens")),
        new("CreateToken", false, (_, _) => Json(HttpMethod.Post, "/api/tokens", new { name = "matrix" })),
        new("CreateUser", false, (_, _) => Json(HttpMethod.Post, "/api/users", new { email = Guid.NewGuid().ToString("N") + "@example.test", displayName = "New", password = TestSite.Password })),
        new("GetCase", true, (_, c) => Get($"/api/cases/{c}")),
        new("ListMembers", true, (_, c) => Get($"/api/cases/{c}/members")),
        new("AddMember", true, (_, c) => Json(HttpMethod.Post, $"/api/cases/{c}/members", new { email = TestSite.Email("observer"), role = "observer" })),
        new("ListEntries", true, (_, c) => Get($"/api/cases/{c}/entries?page=1&pageSize=10")),
        new("ListEntriesAsOf", true, (_, c) => Get($"/api/cases/{c}/entries?asOf=0")),
        new("AddNote", true, (_, c) => Json(HttpMethod.Post, $"/api/cases/{c}/notes", new { text = "An open note." })),
        new("AddPrivateNote", true, (_, c) => Json(HttpMethod.Post, $"/api/cases/{c}/notes", new { text = "A private note.", @private = true })),
        new("AddFact", true, (_, c) => Json(HttpMethod.Post, $"/api/cases/{c}/facts", new { collection = "events", value = new { kind = "other", summary = "A meeting." } })),
        new("AddPosition", true, (_, c) => Json(HttpMethod.Post, $"/api/cases/{c}/positions", new { issue = 1, party = "P1", stance = "claim", text = "Our position." })),
        new("AddEvidence", true, (_, c) => Bytes($"/api/cases/{c}/evidence?fileName=log.txt&kind=log", "2023-06-19 access granted\n"u8.ToArray())),
        new("GetEvidence", true, (s, c) => Get($"/api/cases/{c}/evidence/{(c == s.OwnCase ? s.EvidenceSha : s.ForeignEvidenceSha)}")),
        new("GetCheckpoint", true, (_, c) => Get($"/api/cases/{c}/checkpoint")),
        new("GetProof", true, (_, c) => Get($"/api/cases/{c}/proofs/0")),
        new("Verify", true, (_, c) => new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{c}/verify")),
        new("GetAnalysis", true, (_, c) => Get($"/api/cases/{c}/analyses/compliance")),
        new("GetDossier", true, (_, c) => Get($"/api/cases/{c}/dossier?format=json")),
    ];

    private static string Narrative => Directory.GetFiles(Docket.Testing.RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal).First();

    /// <summary>The status each cell must get: the access rules written out.</summary>
    private static HttpStatusCode Expected(Call call, string principal, bool own)
    {
        if (principal == "anonymous")
        {
            return HttpStatusCode.Unauthorized;
        }

        if (!call.OnCase)
        {
            return call.Name switch
            {
                "ListCases" or "ListTokens" => HttpStatusCode.OK,
                "CreateUser" => principal == "admin" ? HttpStatusCode.Created : HttpStatusCode.Forbidden,
                _ => HttpStatusCode.Created,
            };
        }

        if (!own || principal == "admin")
        {
            return HttpStatusCode.NotFound; // not a member: the case is not told to exist
        }

        return call.Name switch
        {
            "AddMember" => principal == "claimant" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, // only the opener manages
            "AddPrivateNote" => principal is "claimant" or "respondent" ? HttpStatusCode.Created : HttpStatusCode.Forbidden,
            "AddNote" or "AddFact" or "AddPosition" or "AddEvidence" => principal == "observer" ? HttpStatusCode.Forbidden : HttpStatusCode.Created,
            _ => HttpStatusCode.OK,
        };
    }

    public static TheoryData<string, string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var backend in new[] { "sqlite", "postgres" })
        {
            foreach (var call in Calls)
            {
                foreach (var principal in TestSite.Principals)
                {
                    data.Add(backend, call.Name, principal, "own");
                    if (call.OnCase)
                    {
                        data.Add(backend, call.Name, principal, "foreign");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Endpoint_AsPrincipal_OnCase_GetsTheExactStatus(string backend, string endpoint, string principal, string whose)
    {
        var site = await Sites.ForAsync(backend);
        var call = Calls.Single(c => c.Name == endpoint);
        var caseId = whose == "own" ? site.OwnCase : site.ForeignCase;
        using var client = site.Client(principal);
        using var request = call.Make(site, caseId);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var expected = Expected(call, principal, whose == "own");
        Assert.True(expected == response.StatusCode, $"{endpoint} as {principal} on the {whose} case: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if ((int)expected >= 400 && expected != HttpStatusCode.Unauthorized)
        {
            // Refusals are RFC 9457 problem details carrying Docket's code.
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            Assert.StartsWith("WEB00", problem.RootElement.GetProperty("code").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ARevokedOrMadeUpToken_IsUnauthorized(string backend)
    {
        var site = await Sites.ForAsync(backend);
        var token = await site.AddUserAsync("revoker-" + Guid.NewGuid().ToString("N")[..8]);
        using var owner = site.Client("anonymous");
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/cases", TestContext.Current.CancellationToken)).StatusCode);
        using var tokens = JsonDocument.Parse(await owner.GetStringAsync("/api/tokens", TestContext.Current.CancellationToken));
        var id = tokens.RootElement[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/tokens/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await owner.GetAsync("/api/cases", TestContext.Current.CancellationToken)).StatusCode);

        using var madeUp = site.Client("anonymous");
        madeUp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dkt_" + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await madeUp.GetAsync("/api/cases", TestContext.Current.CancellationToken)).StatusCode);
    }
}
