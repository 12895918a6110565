using Docket.Storage.Access;
using Docket.Web.Access;
using Microsoft.AspNetCore.Http;

namespace Docket.Web.Api;

/// <summary>
/// The endpoint filter in front of every <c>/api/cases/{caseId}</c> route: it looks up the signed-in user's membership
/// of the case and answers 404 (WEB001) when there is none, so a case that is not yours cannot even be told to exist.
/// Handlers read the membership with <see cref="Of"/>.
/// </summary>
internal static class CaseMember
{
    private const string Key = "docket.member";

    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caseId = http.GetRouteValue("caseId") as string;
        var access = http.RequestServices.GetRequiredService<CaseAccess>();
        var member = caseId is { Length: > 0 and <= 64 } ? await access.MembershipAsync(caseId, http.User.UserId(), http.RequestAborted).ConfigureAwait(false) : null;
        if (member is null)
        {
            return Problems.NoCase();
        }

        http.Items[Key] = member;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The membership the filter found.</summary>
    public static CaseMembership Of(HttpContext http) => (CaseMembership)http.Items[Key]!;
}
