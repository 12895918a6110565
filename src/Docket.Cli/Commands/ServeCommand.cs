using System.CommandLine;
using Docket.Storage.Access;
using Docket.Web.Access;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket serve</c> runs the web app and REST API; <c>docket user add</c> creates people (the first administrator
/// on a fresh database: there is no default account or password); <c>docket token new</c> makes a personal API token.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> db, TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var evidence = new Option<string?>("--evidence") { Description = "The evidence folder (default: 'evidence' beside the database)." };
        var serve = new Command("serve", "Run the web app and the REST API (migrates the database first).") { urls, evidence };
        serve.SetAction(async (parse, ct) =>
        {
            var app = await BuildAsync(["--urls", parse.GetValue(urls)!], parse.GetValue(db), parse.GetValue(evidence)).ConfigureAwait(false);
            await app.StartAsync(ct).ConfigureAwait(false);
            output.WriteLine($"Docket listening on {parse.GetValue(urls)} (API reference at /api/reference/, OpenAPI at /openapi/v1.json)");
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return serve;
    }

    public static Command CreateUser(Option<string?> db, TextWriter output, TextWriter error)
    {
        var email = new Argument<string>("email") { Description = "The e-mail address the person signs in with." };
        var name = new Option<string?>("--name") { Description = "The name shown beside what they write." };
        var admin = new Option<bool>("--admin") { Description = "An administrator (may create users)." };
        var add = new Command("add", "Create a user; the password is read from standard input (at least 12 characters).") { email, name, admin };
        add.SetAction(async (parse, ct) =>
        {
            var password = Console.In.ReadLine();
            var app = await BuildAsync([], parse.GetValue(db), null, quiet: true).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                using var scope = app.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<DocketUser>>();
                var (user, errors) = await Users.CreateAsync(users, parse.GetValue(email), parse.GetValue(name), password, parse.GetValue(admin)).ConfigureAwait(false);
                if (user is null)
                {
                    foreach (var e in errors)
                    {
                        error.WriteLine($"docket: error: {e}");
                    }

                    return ExitCodes.InputErrors;
                }

                output.WriteLine($"created {(user.IsAdministrator ? "administrator" : "user")} {user.Email} ({user.Id})");
                return ExitCodes.Success;
            }
        });
        return new Command("user", "Manage the people who sign in to the web app.") { add };
    }

    public static Command CreateToken(Option<string?> db, TextWriter output, TextWriter error)
    {
        var email = new Argument<string>("email") { Description = "The user the token acts for." };
        var name = new Argument<string>("name") { Description = "What the token is for." };
        var make = new Command("new", "Make a personal API token and print it (only its hash is stored).") { email, name };
        make.SetAction(async (parse, ct) =>
        {
            var app = await BuildAsync([], parse.GetValue(db), null, quiet: true).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                using var scope = app.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<DocketUser>>();
                if (await users.FindByEmailAsync(parse.GetValue(email)!).ConfigureAwait(false) is not { } user)
                {
                    error.WriteLine($"docket: error: no user '{parse.GetValue(email)}'.");
                    return ExitCodes.InputErrors;
                }

                var (_, token) = await app.Services.GetRequiredService<CaseAccess>().CreateTokenAsync(user.Id, parse.GetValue(name)!, ct).ConfigureAwait(false);
                output.WriteLine(token);
                return ExitCodes.Success;
            }
        });
        return new Command("token", "Manage personal API tokens.") { make };
    }

    // The app's services for a command; quiet for one-shot commands, which print only their result.
    private static Task<WebApplication> BuildAsync(string[] args, string? db, string? evidence, bool quiet = false) =>
        DocketWebApp.BuildAsync(
            args,
            configuration => db is null && evidence is null
                ? WebSettings.FromConfiguration(configuration)
                : WebSettings.For(db ?? WebSettings.FromConfiguration(configuration).Database, evidence),
            builder =>
            {
                if (quiet)
                {
                    builder.Logging.SetMinimumLevel(LogLevel.Error);
                }
            });
}
