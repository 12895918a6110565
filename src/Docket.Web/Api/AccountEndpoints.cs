using Docket.Storage.Access;
using Docket.Web.Access;
using Docket.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>The signed-in user's personal API tokens, and user accounts (administrators only).</summary>
internal static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api = api.MapGroup(string.Empty).WithTags("Tokens and users");
        api.MapGet("/tokens", ListTokens).WithName(nameof(ListTokens)).WithSummary("Your API tokens (never their text).");
        api.MapPost("/tokens", CreateToken).WithName(nameof(CreateToken)).WithSummary("Make an API token; its text is in this response only.");
        api.MapDelete("/tokens/{id:long}", RevokeToken).WithName(nameof(RevokeToken)).WithSummary("Revoke one of your API tokens.");
        api.MapPost("/users", CreateUser).WithName(nameof(CreateUser)).WithSummary("Create a user (administrators only).");
    }

    public static async Task<Ok<List<TokenResponse>>> ListTokens(HttpContext http, CaseAccess access)
    {
        var tokens = await access.TokensOfAsync(http.User.UserId(), http.RequestAborted);
        return TypedResults.Ok(tokens.Select(t => new TokenResponse(t.Id, t.Name, Time(t.CreatedAtUnixMs), t.Revoked)).ToList());
    }

    public static async Task<Results<Created<TokenResponse>, ProblemHttpResult>> CreateToken(HttpContext http, CaseAccess access, TimeProvider time, TokenBody body)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100)
        {
            return Problems.Invalid("name is required and at most 100 characters.");
        }

        var (id, token) = await access.CreateTokenAsync(http.User.UserId(), body.Name, http.RequestAborted);
        return TypedResults.Created($"/api/tokens/{id}", new TokenResponse(id, body.Name.Trim(), Time(time.GetUtcNow().ToUnixTimeMilliseconds()), false, token));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(HttpContext http, CaseAccess access, long id) =>
        await access.RevokeTokenAsync(http.User.UserId(), id, http.RequestAborted) ? TypedResults.NoContent() : Problems.NotFound("You have no token with this id.");

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateUser(HttpContext http, UserManager<DocketUser> users, UserBody body)
    {
        if (await users.FindByIdAsync(http.User.UserId()) is not { IsAdministrator: true })
        {
            return Problems.Of(StatusCodes.Status403Forbidden, WebCodes.RoleForbids, "Administrators only", "Only an administrator creates users.");
        }

        var (user, errors) = await Users.CreateAsync(users, body.Email, body.DisplayName, body.Password, administrator: false);
        return user is null
            ? Problems.Of(StatusCodes.Status400BadRequest, WebCodes.UserRefused, "The user was not created", string.Join(" ", errors))
            : TypedResults.Created($"/api/users/{user.Id}", new UserResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, user.IsAdministrator));
    }

    private static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
