using System.Threading.RateLimiting;
using Docket.Storage;
using Docket.Storage.Access;
using Docket.Storage.Evidence;
using Docket.Storage.Ledger;
using Docket.Storage.Postgres;
using Docket.Storage.Sqlite;
using Docket.Web.Access;
using Docket.Web.Api;
using Docket.Web.Cases;
using Docket.Web.Components;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace Docket.Web.Hosting;

/// <summary>
/// Builds Docket's web application: the REST API under <c>/api</c> (personal API tokens), the web UI (Razor
/// components rendered on the server, cookie sign-in), the OpenAPI document and its reference page. The database is
/// migrated here, before the server takes requests, never inside one.
/// </summary>
public static class DocketWebApp
{
    /// <summary>The sign-in rate limiter's policy name.</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>Builds the application from <paramref name="args"/> and the settings <paramref name="settingsOf"/> reads from its configuration.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Func<IConfiguration, WebSettings> settingsOf, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settingsOf);
        // Named after this assembly whichever host runs it (the docket CLI or Docket.Web), so the framework's static
        // assets (blazor.web.js, for enhanced forms) are found through this assembly's static web assets manifest.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(DocketWebApp).Assembly.GetName().Name });
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        var settings = settingsOf(builder.Configuration);
        var options = settings.IsPostgres ? PostgresStorage.Options(settings.Database) : SqliteStorage.Options(settings.Database);
        if (settings.IsPostgres)
        {
            await PostgresStorage.MigrateAsync(options, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await SqliteStorage.MigrateAsync(options, CancellationToken.None).ConfigureAwait(false);
        }

        AddServices(builder, settings, options);
        var app = builder.Build();
        Map(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder, WebSettings settings, DbContextOptions<DocketDbContext> options)
    {
        var services = builder.Services;
        var time = TimeProvider.System;
        // Contexts come from a pool: every API request makes a few short queries, and a pooled context is reset, not rebuilt.
        var pool = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<DocketDbContext>(options);
        Func<DocketDbContext> contexts = pool.CreateDbContext;
        var dialect = settings.IsPostgres ? PostgresStorage.Dialect : SqliteStorage.Dialect;
        var ledger = new LedgerService(contexts, time, dialect);
        services.AddSingleton(settings);
        services.AddSingleton(time);
        services.AddScoped(_ => new DocketDbContext(options));
        services.AddSingleton(ledger);
        services.AddSingleton(new CaseLedger(contexts, ledger, time));
        services.AddSingleton(new CaseAccess(contexts, time));
        services.AddSingleton(new EvidenceStore(settings.EvidenceFolder));
        services.AddSingleton<CaseWorkspace>();
        services.AddSingleton<Overviews>();
        services.AddSingleton<DossierPrinter>();

        // The key ring lives in the database: sign-ins survive restarts and hold across servers sharing the database.
        services.AddDataProtection().SetApplicationName("Docket").PersistKeysToDbContext<DocketDbContext>();
        services.AddIdentityCore<DocketUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<DocketDbContext>()
            .AddSignInManager();
        // Passwords: length, not composition rules (NIST SP 800-63B); cookies are Secure whenever the request came over
        // HTTPS (run behind TLS in production), HttpOnly, and SameSite=Strict so no other site can send them.
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.Cookie.Name = "docket";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiTokenHandler.SchemeName, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy("signed-in", p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenHandler.SchemeName).RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddRazorComponents();
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(settings.MaxEvidenceBytes, settings.MaxNarrativeBytes) + (1024 * 1024));
    }

    private static void Map(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi().RequireAuthorization("signed-in");
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Docket API")).RequireAuthorization("signed-in");
        app.MapDocketApi();
        app.MapUiEndpoints();
        app.MapGet("/docket.css", () => TypedResults.Text(UiStyle.Css, "text/css")).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorComponents<App>();
    }
}
