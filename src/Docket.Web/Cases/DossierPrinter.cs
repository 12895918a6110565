using Docket.Reports.Dossiers;
using Docket.Reports.Html;
using Docket.Reports.Pdf;

namespace Docket.Web.Cases;

/// <summary>
/// Prints dossiers to PDF for the server: one headless Chromium, started on the first request and kept, printing one
/// dossier at a time. Null when the machine has no Chromium.
/// </summary>
internal sealed class DossierPrinter : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DossierPdf? _pdf;

    public async Task<byte[]?> PrintAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        if (DossierPdf.FindChromium() is not { } chromium)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _pdf ??= await DossierPdf.StartAsync(chromium).ConfigureAwait(false);
            return await _pdf.PrintAsync(DossierHtml.Write(dossier), dossier.Cover.Title, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pdf is not null)
        {
            await _pdf.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
