using Docket.Web.Cases;
using Docket.Web.Contracts;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>Evidence: upload (the request body streamed to the content-addressed store, with a size limit) and download.</summary>
internal static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder oneCase)
    {
        oneCase = oneCase.MapGroup(string.Empty).WithTags("Evidence");
        oneCase.MapPost("/evidence", AddEvidence).WithName(nameof(AddEvidence))
            .WithSummary("Upload an evidence file as the request body; it is stored by SHA-256 and recorded as an entry.")
            .Accepts<byte[]>("application/octet-stream");
        oneCase.MapGet("/evidence/{sha256}", GetEvidence).WithName(nameof(GetEvidence)).WithSummary("Download an evidence file of the case by its SHA-256.");
    }

    public static async Task<Results<Created<AppendedResponse>, ProblemHttpResult>> AddEvidence(
        HttpContext http, CaseWorkspace workspace, WebSettings settings,
        [FromQuery] string fileName, [FromQuery] string kind, [FromQuery] string? party = null, [FromQuery] string? shows = null)
    {
        var member = CaseMember.Of(http);
        if (EntryEndpoints.Writes(member) is { } refused)
        {
            return refused;
        }

        var name = Uploads.CleanName(fileName);
        if (name.Length == 0 || string.IsNullOrWhiteSpace(kind) || kind.Length > 64 || shows?.Length > 2000)
        {
            return Problems.Invalid("fileName and kind are required (kind at most 64 characters, shows at most 2,000).");
        }

        if (http.Request.ContentLength > settings.MaxEvidenceBytes)
        {
            return CaseEndpoints.TooLarge(new TooLargeException(settings.MaxEvidenceBytes));
        }

        if (party is not null && (await workspace.ViewAsync(member, null, http.RequestAborted))?.File.Party(party) is null)
        {
            return Problems.Invalid($"The case has no party '{party}'.");
        }

        // The first bytes decide the type; the rest streams straight into the store behind them.
        var body = new LimitedStream(http.Request.Body, settings.MaxEvidenceBytes);
        try
        {
            var head = await Uploads.HeadAsync(body, http.RequestAborted);
            if (Uploads.MediaType(name, head.Span) is not { } mediaType)
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, WebCodes.TypeRefused, "This file type is not accepted",
                    $"Evidence is one of {string.Join(", ", Uploads.EvidenceExtensions)}, and its content must match its extension.");
            }

            var content = new ConcatenatedStream(new MemoryStream(head.ToArray()), body);
            var (entry, sha) = await workspace.AddEvidenceAsync(member, content, name, mediaType, kind, party, shows, http.RequestAborted);
            return EntryEndpoints.Appended(http, entry, sha);
        }
        catch (TooLargeException ex)
        {
            return CaseEndpoints.TooLarge(ex);
        }
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetEvidence(HttpContext http, CaseWorkspace workspace, string sha256)
    {
        var view = await workspace.ViewAsync(CaseMember.Of(http), null, http.RequestAborted);
        if (view is null || workspace.Evidence(view, sha256) is not { } file)
        {
            return Problems.NotFound("The case has no evidence file with this SHA-256.");
        }

        return TypedResults.File(workspace.OpenEvidence(sha256), file.MediaType ?? "application/octet-stream", file.FileName);
    }
}
