using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>Maps the REST API under <c>/api</c>: every route needs a personal API token, and case routes membership of the case.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapDocketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Access.ApiTokenHandler.SchemeName).DisableAntiforgery();
        CaseEndpoints.Map(api);
        var oneCase = api.MapGroup("/cases/{caseId}").AddEndpointFilter(CaseMember.RequireAsync);
        CaseEndpoints.MapOne(oneCase);
        EntryEndpoints.Map(oneCase);
        EvidenceEndpoints.Map(oneCase);
        LedgerEndpoints.Map(oneCase);
        AnalysisEndpoints.Map(oneCase);
        AccountEndpoints.Map(api);
        return app;
    }
}
