using System.Security.Claims;

namespace Docket.Web.Access;

/// <summary>The signed-in user's id, whether they came by cookie or by token.</summary>
internal static class Principals
{
    /// <summary>The user id; throws when the principal is anonymous (endpoints that call it require authentication).</summary>
    public static string UserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");
}
