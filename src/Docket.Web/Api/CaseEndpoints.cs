using System.Text.Json;
using Docket.Core.Access;
using Docket.Core.Ledger;
using Docket.Storage.Access;
using Docket.Storage.Ledger;
using Docket.Web.Access;
using Docket.Web.Cases;
using Docket.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>Cases: the signed-in user's list, opening one from a narrative, a case's overview and its members.</summary>
internal static class CaseEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api = api.MapGroup(string.Empty).WithTags("Cases");
        api.MapGet("/cases", ListCases).WithName(nameof(ListCases)).WithSummary("The cases you are a member of, paged.");
        api.MapPost("/cases", OpenCase).WithName(nameof(OpenCase))
            .WithSummary("Open a case from a narrative (.txt, .md, .docx, .pdf) sent as the request body; you become a member in the role you name.")
            .Accepts<byte[]>("application/octet-stream");
    }

    public static void MapOne(RouteGroupBuilder oneCase)
    {
        oneCase = oneCase.MapGroup(string.Empty).WithTags("Cases");
        oneCase.MapGet("/", GetCase).WithName(nameof(GetCase)).WithSummary("The case at a glance: parties, counts, your role and the ledger's root.");
        oneCase.MapGet("/members", ListMembers).WithName(nameof(ListMembers)).WithSummary("The case's members and their roles.");
        oneCase.MapPost("/members", AddMember).WithName(nameof(AddMember)).WithSummary("Add an existing user to the case, or change their role (members who may manage only).");
    }

    public static async Task<Ok<PageOf<CaseSummaryResponse>>> ListCases(
        HttpContext http, CaseAccess access, Overviews overviews, int page = 1, int pageSize = 50)
    {
        (page, pageSize) = Paging(page, pageSize);
        var memberships = await access.CasesOfAsync(http.User.UserId(), http.RequestAborted);
        var items = new List<CaseSummaryResponse>();
        foreach (var member in memberships.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var overview = await overviews.OfAsync(member, http.RequestAborted);
            items.Add(new CaseSummaryResponse(member.CaseId, overview?.Title ?? member.CaseId, CaseRoles.Name(member.Role)));
        }

        return TypedResults.Ok(new PageOf<CaseSummaryResponse>(items, page, pageSize, memberships.Count));
    }

    public static async Task<Results<Created<OpenedResponse>, ProblemHttpResult>> OpenCase(
        HttpContext http, CaseWorkspace workspace, Hosting.WebSettings settings, [FromQuery] string fileName, [FromQuery] string role)
    {
        if (CaseRoles.Parse(role) is not { } asRole)
        {
            return Problems.Invalid("role must be claimant, respondent, neutral or observer.");
        }

        var name = Uploads.CleanName(fileName);
        byte[] content;
        try
        {
            using var buffer = new MemoryStream();
            await new LimitedStream(http.Request.Body, settings.MaxNarrativeBytes).CopyToAsync(buffer, http.RequestAborted);
            content = buffer.ToArray();
        }
        catch (TooLargeException ex)
        {
            return TooLarge(ex);
        }

        if (Uploads.NarrativeType(name, content) is null)
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, WebCodes.TypeRefused, "Not a narrative",
                $"A narrative is a .txt, .md, .docx or .pdf file whose content matches its extension; '{name}' is not.");
        }

        var (id, diagnostics) = await workspace.OpenAsync(name, content, http.User.UserId(), asRole, http.RequestAborted);
        var listed = diagnostics.Select(d => new DiagnosticResponse(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Span?.Line, d.Span?.Column, d.Message)).ToList();
        if (id is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, WebCodes.NarrativeUnread, "The narrative could not be read into a case", null,
                new Dictionary<string, object?> { ["diagnostics"] = listed });
        }

        return TypedResults.Created($"/api/cases/{id}", new OpenedResponse(id, listed));
    }

    public static async Task<Results<Ok<CaseOverviewResponse>, ProblemHttpResult>> GetCase(HttpContext http, Overviews overviews)
    {
        var member = CaseMember.Of(http);
        return await overviews.OfAsync(member, http.RequestAborted) is { } overview ? TypedResults.Ok(overview) : Problems.NoCase();
    }

    public static async Task<Ok<List<MemberResponse>>> ListMembers(HttpContext http, CaseAccess access)
    {
        var members = await access.MembersAsync(CaseMember.Of(http).CaseId, http.RequestAborted);
        return TypedResults.Ok(members.Select(m => new MemberResponse(m.Email, m.DisplayName, CaseRoles.Name(m.Member.Role), m.Member.CanManage)).ToList());
    }

    public static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> AddMember(HttpContext http, CaseAccess access, UserManager<DocketUser> users, MemberBody body)
    {
        var member = CaseMember.Of(http);
        if (!member.CanManage)
        {
            return Problems.Forbidden("Only a member who may manage the case adds members.");
        }

        if (CaseRoles.Parse(body.Role) is not { } role)
        {
            return Problems.Invalid("role must be claimant, respondent, neutral or observer.");
        }

        if (await users.FindByEmailAsync(body.Email ?? string.Empty) is not { } user)
        {
            return Problems.NotFound("No user has this e-mail address.");
        }

        await access.SetMemberAsync(member.CaseId, user.Id, role, body.CanManage, http.RequestAborted);
        return TypedResults.Ok(new MemberResponse(user.Email ?? string.Empty, user.DisplayName, CaseRoles.Name(role), body.CanManage));
    }

    internal static (int Page, int PageSize) Paging(int page, int pageSize) => (Math.Max(1, page), Math.Clamp(pageSize, 1, PageOf<object>.MaxPageSize));

    internal static ProblemHttpResult TooLarge(TooLargeException ex) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, WebCodes.TooLarge, "The upload is too large", ex.Message);
}
