using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>Sign-in by cookie with antiforgery, its rate limit, no open redirect, the security headers, and an API that takes tokens only.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task SignIn_NeedsTheFormsAntiforgeryToken_SetsAnHttpOnlyStrictCookie_AndRedirectsOnlyToLocalPaths()
    {
        var site = await Sites.ForAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        using var client = site.BrowserlessClient();

        using (var anonymous = await client.GetAsync("/", ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // Without the form's antiforgery token the post is refused.
        using (var forged = await client.PostAsync("/account/signin", Form(TestSite.Email("claimant"), TestSite.Password, null, null), ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var (token, cookie) = await TestSite.AntiforgeryAsync(client, ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin") { Content = Form(TestSite.Email("claimant"), TestSite.Password, token, "//evil.example/") };
        request.Headers.Add("Cookie", cookie);
        using var signedIn = await client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString); // not //evil.example/
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("docket=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", session.Split(';')[0]);
        using var page = await client.SendAsync(home, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Your cases", await page.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        // The API takes tokens only: the session cookie alone gets 401.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        api.Headers.Add("Cookie", session.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(api, ct)).StatusCode);
    }

    [Fact]
    public async Task TheKeyRingLivesInTheDatabase_SoASecondServerHonoursTheFirstOnesSignIn()
    {
        var site = await Sites.ForAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        var session = await site.SessionAsync("observer");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Docket.Storage.DocketDbContext>();
            Assert.NotEmpty(db.DataProtectionKeys.ToList());
        }

        await using var second = await Docket.Web.Hosting.DocketWebApp.BuildAsync([], _ => site.Settings, b =>
        {
            b.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
            b.WebHost.UseTestServer();
        });
        await second.StartAsync(ct);
        using var client = second.GetTestServer().CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", session);
        using var page = await client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Your cases", await page.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await second.StopAsync(ct);
    }

    [Fact]
    public async Task AWrongPassword_SendsBackToTheSignInPage()
    {
        var site = await Sites.ForAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        using var client = site.BrowserlessClient();
        var (token, cookie) = await TestSite.AntiforgeryAsync(client, ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin") { Content = Form(TestSite.Email("neutral"), "not the passphrase", token, null) };
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, ct);
        Assert.Equal("/signin?failed=true", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("docket=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerClient()
    {
        await using var site = await TestSite.StartAsync("sqlite", signInAttemptsPerMinute: 3);
        var ct = TestContext.Current.CancellationToken;
        using var client = site.BrowserlessClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync("/account/signin", Form(TestSite.Email("claimant"), "guess " + i, null, null), ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/docket.css")]
    [InlineData("/api/cases")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var site = await Sites.ForAsync("sqlite");
        using var client = site.BrowserlessClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var directives = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("script-src 'self'", directives); // the server's own scripts only: nothing inline, nothing elsewhere
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private static FormUrlEncodedContent Form(string email, string password, string? token, string? returnUrl)
    {
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return new FormUrlEncodedContent(fields);
    }
}
