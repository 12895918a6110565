using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Docket.Storage.Access;
using Docket.Testing;
using Docket.Web.Access;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>
/// A running Docket web app on a fresh database (SQLite file, or a new database on the PostgreSQL server named by
/// <c>DOCKET_TEST_PG</c>), with one user per role and an API token each:
/// <list type="bullet">
/// <item>"claimant" opened <see cref="OwnCase"/> from an example narrative and added "respondent", "neutral" and
/// "observer" to it, and uploaded one evidence file;</item>
/// <item>"stranger" opened <see cref="ForeignCase"/>, of which nobody else is a member;</item>
/// <item>"admin" is an administrator and a member of no case.</item>
/// </list>
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    /// <summary>The principals every site has; "anonymous" sends no token.</summary>
    public static readonly string[] Principals = ["anonymous", "claimant", "respondent", "neutral", "observer", "admin"];

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly Func<ValueTask> _dropDatabase;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private TestSite(WebApplication app, string folder, Func<ValueTask> dropDatabase, WebSettings settings)
    {
        Settings = settings;
        _app = app;
        _folder = folder;
        _dropDatabase = dropDatabase;
    }

    /// <summary>The case every role user is a member of.</summary>
    public string OwnCase { get; private set; } = string.Empty;

    /// <summary>A case only "stranger" is a member of.</summary>
    public string ForeignCase { get; private set; } = string.Empty;

    /// <summary>The SHA-256 of the evidence file on <see cref="OwnCase"/>.</summary>
    public string EvidenceSha { get; private set; } = string.Empty;

    /// <summary>The SHA-256 of the evidence file on <see cref="ForeignCase"/>.</summary>
    public string ForeignEvidenceSha { get; private set; } = string.Empty;

    /// <summary>The server's address when it listens on a real port (browser tests); null on the in-memory test server.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The password of every test user.</summary>
    public const string Password = "a long test passphrase";

    /// <summary>The e-mail address of a principal's user.</summary>
    public static string Email(string principal) => principal + "@example.test";

    /// <summary>Where the site keeps its data (a second server on the same database uses them).</summary>
    public WebSettings Settings { get; }

    /// <summary>The services of the running app.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A site on <paramref name="backend"/> ("sqlite" or "postgres"); <paramref name="listen"/> binds a real loopback port.</summary>
    /// <remarks>Sign-in is rate limited per client address; tests that sign in often raise the limit.</remarks>
    public static async Task<TestSite> StartAsync(string backend, bool listen = false, int signInAttemptsPerMinute = 1000)
    {
        var folder = Path.Combine(Path.GetTempPath(), "docket-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string database;
        Func<ValueTask> drop = () => ValueTask.CompletedTask;
        if (backend == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("DOCKET_TEST_PG");
            if (string.IsNullOrEmpty(server))
            {
                Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "DOCKET_TEST_PG is not set: no PostgreSQL server to test against.");
                Assert.Fail("DOCKET_TEST_PG must name a PostgreSQL server on CI (test.sh starts one).");
            }

            var name = "docket_web_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            drop = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            };
        }
        else
        {
            database = Path.Combine(folder, "docket.db");
        }

        var settings = WebSettings.For(database, Path.Combine(folder, "evidence")) with { MaxEvidenceBytes = 256 * 1024, SignInAttemptsPerMinute = signInAttemptsPerMinute };
        var app = await DocketWebApp.BuildAsync([], _ => settings, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (listen)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        var site = new TestSite(app, folder, drop, settings);
        if (listen)
        {
            site.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        await site.SeedAsync();
        return site;
    }

    /// <summary>A client for the principal ("anonymous" sends no token); the in-memory server's, or one to the real port.</summary>
    public HttpClient Client(string principal)
    {
        var client = Address is null ? _app.GetTestClient() : new HttpClient { BaseAddress = Address };
        if (principal != "anonymous")
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[principal]);
        }

        return client;
    }

    /// <summary>A client of the in-memory server that sends no token and follows no redirect (for the UI's own endpoints).</summary>
    public HttpClient BrowserlessClient() => _app.GetTestServer().CreateClient();

    private readonly Dictionary<string, string> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signingIn = new(1, 1);

    /// <summary>
    /// The session cookie ("docket=…") of the principal, signed in through the sign-in form with its antiforgery token,
    /// as a browser does; made once per site.
    /// </summary>
    public async Task<string> SessionAsync(string principal)
    {
        await _signingIn.WaitAsync();
        try
        {
            if (_sessions.TryGetValue(principal, out var kept))
            {
                return kept;
            }

            using var client = BrowserlessClient();
            var (token, antiforgery) = await AntiforgeryAsync(client, CancellationToken.None);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["email"] = Email(principal), ["password"] = Password, ["__RequestVerificationToken"] = token,
                }),
            };
            request.Headers.Add("Cookie", antiforgery);
            using var response = await client.SendAsync(request);
            var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("docket=", StringComparison.Ordinal)).Split(';')[0];
            _sessions[principal] = session;
            return session;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    /// <summary>The sign-in page's antiforgery field (decoded) and the cookie it pairs with, as a browser gets them.</summary>
    public static async Task<(string Token, string Cookie)> AntiforgeryAsync(HttpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync("/signin", cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        return (System.Net.WebUtility.HtmlDecode(token), cookie);
    }

    /// <summary>Creates a user with a token (not a member of any case); returns the token.</summary>
    public async Task<string> AddUserAsync(string principal, bool administrator = false)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DocketUser>>();
        var (user, errors) = await Users.CreateAsync(users, Email(principal), principal, Password, administrator);
        Assert.True(user is not null, string.Join(" ", errors));
        var (_, token) = await _app.Services.GetRequiredService<CaseAccess>().CreateTokenAsync(user!.Id, "tests", CancellationToken.None);
        _tokens[principal] = token;
        return token;
    }

    /// <summary>Opens a case from a file as <paramref name="principal"/> in <paramref name="role"/>; returns its id.</summary>
    public async Task<string> OpenAsync(string principal, string path, string role)
    {
        using var client = Client(principal);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync($"/api/cases?fileName={Uri.EscapeDataString(Path.GetFileName(path))}&role={role}", content);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Uploads a small text evidence file as <paramref name="principal"/>; returns its SHA-256.</summary>
    public async Task<string> UploadAsync(string principal, string caseId, string text)
    {
        using var client = Client(principal);
        using var content = new StringContent(text);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync($"/api/cases/{caseId}/evidence?fileName=memo.txt&kind=email&party=P1&shows=the%20access%20dates", content);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("sha256").GetString()!;
    }

    private async Task SeedAsync()
    {
        foreach (var principal in new[] { "claimant", "respondent", "neutral", "observer", "stranger" })
        {
            await AddUserAsync(principal);
        }

        await AddUserAsync("admin", administrator: true);
        var narrative = Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Order(StringComparer.Ordinal).First();
        OwnCase = await OpenAsync("claimant", narrative, "claimant");
        ForeignCase = await OpenAsync("stranger", narrative, "respondent");
        using var claimant = Client("claimant");
        foreach (var role in new[] { "respondent", "neutral", "observer" })
        {
            using var added = await claimant.PostAsJsonAsync($"/api/cases/{OwnCase}/members", new { email = Email(role), role });
            Assert.Equal(System.Net.HttpStatusCode.OK, added.StatusCode);
        }

        EvidenceSha = await UploadAsync("claimant", OwnCase, "From: the client\nAccess was granted on 19 June 2023.\n");
        ForeignEvidenceSha = await UploadAsync("stranger", ForeignCase, "A stranger's file.\n");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _dropDatabase();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pool is left to the temp folder's own cleaning.
        }
    }
}
