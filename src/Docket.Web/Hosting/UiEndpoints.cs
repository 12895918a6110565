using Docket.Reports.Pdf;
using Docket.Storage.Access;
using Docket.Web.Access;
using Docket.Web.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Hosting;

/// <summary>
/// The web UI's endpoints that are not pages: sign-in and sign-out (form posts with antiforgery; sign-in rate
/// limited), and the downloads a signed-in member follows from a case page (the dossier, evidence files).
/// </summary>
internal static class UiEndpoints
{
    public static IEndpointRouteBuilder MapUiEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signin", SignInAsync).AllowAnonymous().RequireRateLimiting(DocketWebApp.SignInLimit).ExcludeFromDescription();
        app.MapPost("/account/signout", SignOutAsync).RequireAuthorization().ExcludeFromDescription();
        var ui = app.MapGroup("/cases/{caseId}").RequireAuthorization().ExcludeFromDescription();
        ui.MapGet("/dossier/{format}", DossierAsync);
        ui.MapGet("/evidence/{sha256}", EvidenceAsync);
        return app;
    }

    private static async Task<IResult> SignInAsync(
        SignInManager<DocketUser> signIn, [FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl)
    {
        var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Results.Redirect("/signin?failed=true");
        }

        // Only a local path: never an open redirect to another site.
        var local = returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";
        return Results.LocalRedirect(local);
    }

    private static async Task<IResult> SignOutAsync(SignInManager<DocketUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/signin");
    }

    private static async Task<IResult> DossierAsync(HttpContext http, CaseAccess access, CaseWorkspace workspace, DossierPrinter printer, string caseId, string format)
    {
        if (await access.MembershipAsync(caseId, http.User.UserId(), http.RequestAborted) is not { } member
            || !DossierDownload.Formats.Contains(format, StringComparer.Ordinal)
            || await workspace.ViewAsync(member, null, http.RequestAborted) is not { } view)
        {
            return Results.NotFound();
        }

        return await DossierDownload.MakeAsync(view, format, printer, http.RequestAborted) is { } file
            ? Results.File(file.Content, file.MediaType, file.FileName)
            : Results.Problem(DossierPdf.InstallHint, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The server cannot print PDFs");
    }

    private static async Task<IResult> EvidenceAsync(HttpContext http, CaseAccess access, CaseWorkspace workspace, string caseId, string sha256)
    {
        if (await access.MembershipAsync(caseId, http.User.UserId(), http.RequestAborted) is not { } member
            || await workspace.ViewAsync(member, null, http.RequestAborted) is not { } view
            || workspace.Evidence(view, sha256) is not { } file)
        {
            return Results.NotFound();
        }

        return Results.File(workspace.OpenEvidence(sha256), file.MediaType ?? "application/octet-stream", file.FileName);
    }
}
