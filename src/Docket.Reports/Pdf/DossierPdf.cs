using Docket.Reports.Html;
using Microsoft.Playwright;

namespace Docket.Reports.Pdf;

/// <summary>
/// Prints dossiers to PDF with headless Chromium driven by Playwright: Debian's <c>/usr/bin/chromium</c>, or the
/// browser at <c>DOCKET_CHROMIUM</c>. One printer keeps one browser for many dossiers. Pages are A4 with a running
/// header carrying the case title and a footer "Page N of M".
/// </summary>
public sealed class DossierPdf : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>What to tell a user whose machine has no Chromium.</summary>
    public const string InstallHint = "install Chromium (Debian or Ubuntu: 'apt-get install -y chromium') or set DOCKET_CHROMIUM to a Chromium or Chrome executable";

    // Flags for a closed machine: no sandbox as root, and none of the background traffic a fresh profile starts.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DossierPdf(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The Chromium executable to use, or null when there is none (then say <see cref="InstallHint"/>).</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("DOCKET_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists(DebianChromium) ? DebianChromium : null;
    }

    /// <summary>Starts the browser at <paramref name="chromium"/>.</summary>
    /// <exception cref="PlaywrightException">The browser could not be started.</exception>
    public static async Task<DossierPdf> StartAsync(string chromium)
    {
        ArgumentException.ThrowIfNullOrEmpty(chromium);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Flags }).ConfigureAwait(false);
            return new DossierPdf(playwright, browser);
        }
        finally
        {
            // The driver process is ours to stop when the browser did not start.
            if (browser is null)
            {
                playwright.Dispose();
            }
        }
    }

    /// <summary>Prints <paramref name="html"/> (a dossier from <see cref="DossierHtml"/>) to a PDF, headed with <paramref name="title"/>.</summary>
    public async Task<byte[]> PrintAsync(string html, string title, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(title);
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var header = "<div style=\"font-size:8px;width:100%;padding:0 12mm;color:#555;display:flex;justify-content:space-between\"><span>"
                + HtmlWriter.Encode(title.Length > 120 ? title[..120] + "\u2026" : title) + "</span><span>Docket dossier</span></div>";
            const string footer = "<div style=\"font-size:8px;width:100%;text-align:center;color:#555\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = header,
                FooterTemplate = footer,
                Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "12mm", Right = "12mm" },
            }).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
