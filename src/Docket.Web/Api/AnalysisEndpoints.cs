using System.Text;
using System.Text.Json;
using Docket.Reports.Json;
using Docket.Reports.Pdf;
using Docket.Web.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>The analyses (each as the docket.dossier/1 part of that name) and the dossier as HTML, JSON or PDF.</summary>
internal static class AnalysisEndpoints
{
    /// <summary>The analyses the API serves, by the dossier's property names.</summary>
    public static readonly string[] Names = ["compliance", "chronology", "delay", "clocks", "exposure", "issues", "openQuestions", "exhibits"];

    public static void Map(RouteGroupBuilder oneCase)
    {
        oneCase = oneCase.MapGroup(string.Empty).WithTags("Analyses and dossier");
        oneCase.MapGet("/analyses/{analysis}", GetAnalysis).WithName(nameof(GetAnalysis))
            .WithSummary("One analysis as data: compliance, chronology, delay, clocks, exposure, issues, openQuestions or exhibits (the docket.dossier/1 part of that name).");
        oneCase.MapGet("/dossier", GetDossier).WithName(nameof(GetDossier))
            .WithSummary("The dossier of the case as you see it: format html (default), json or pdf.");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAnalysis(HttpContext http, CaseWorkspace workspace, string analysis)
    {
        if (!Names.Contains(analysis, StringComparer.Ordinal))
        {
            return Problems.NotFound($"The analyses are {string.Join(", ", Names)}.");
        }

        if (await workspace.ViewAsync(CaseMember.Of(http), null, http.RequestAborted) is not { } view)
        {
            return Problems.NoCase();
        }

        using var dossier = JsonDocument.Parse(DossierJson.Write(CaseWorkspace.Dossier(view)));
        return TypedResults.Text(dossier.RootElement.GetProperty(analysis).GetRawText(), "application/json", Encoding.UTF8);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDossier(HttpContext http, CaseWorkspace workspace, DossierPrinter printer, string format = "html")
    {
        if (!DossierDownload.Formats.Contains(format, StringComparer.Ordinal))
        {
            return Problems.NotFound("format is html, json or pdf.");
        }

        if (await workspace.ViewAsync(CaseMember.Of(http), null, http.RequestAborted) is not { } view)
        {
            return Problems.NoCase();
        }

        return await DossierDownload.MakeAsync(view, format, printer, http.RequestAborted) is { } file
            ? TypedResults.File(file.Content, file.MediaType, file.FileName)
            : Problems.Of(StatusCodes.Status503ServiceUnavailable, WebCodes.NoChromium, "The server cannot print PDFs", DossierPdf.InstallHint);
    }
}
