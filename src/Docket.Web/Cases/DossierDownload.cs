using System.Text;
using Docket.Reports.Html;
using Docket.Reports.Json;

namespace Docket.Web.Cases;

/// <summary>The dossier of a member's view as a file to download, for the API and the UI alike.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="FileName">Its name ("CASE.dossier.pdf").</param>
internal sealed record DossierDownload(byte[] Content, string MediaType, string FileName)
{
    /// <summary>The formats a dossier downloads in.</summary>
    public static readonly string[] Formats = ["html", "json", "pdf"];

    /// <summary>The dossier in <paramref name="format"/> (one of <see cref="Formats"/>); null for a PDF when the server has no Chromium.</summary>
    public static async Task<DossierDownload?> MakeAsync(CaseView view, string format, DossierPrinter printer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(printer);
        var dossier = CaseWorkspace.Dossier(view);
        var name = $"{view.CaseId}.dossier.{format}";
        return format switch
        {
            "json" => new DossierDownload(Encoding.UTF8.GetBytes(DossierJson.Write(dossier)), "application/json", name),
            "html" => new DossierDownload(Encoding.UTF8.GetBytes(DossierHtml.Write(dossier)), "text/html; charset=utf-8", name),
            "pdf" => await printer.PrintAsync(dossier, cancellationToken).ConfigureAwait(false) is { } pdf ? new DossierDownload(pdf, "application/pdf", name) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A dossier downloads as html, json or pdf."),
        };
    }
}
