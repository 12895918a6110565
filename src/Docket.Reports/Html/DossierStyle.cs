namespace Docket.Reports.Html;

/// <summary>The dossier's style sheet, inline in every file: readable on screen, tidy on paper.</summary>
internal static class DossierStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1f23; margin: 2rem auto; max-width: 78rem; padding: 0 1.5rem; }
        h1 { font-size: 1.9rem; margin: 0.2rem 0 1rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #24476b; padding-bottom: 0.2rem; margin-top: 2.2rem; color: #24476b; }
        h3 { font-size: 1.08rem; margin-top: 1.4rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #5a6570; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1.2rem; font-size: 0.92em; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { border: 1px solid #c9d1d9; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #eef2f6; }
        table.facts td:first-child { font-weight: 600; width: 14rem; }
        table.facts thead { display: none; }
        table.wide { font-size: 0.85em; }
        table.chronology td:nth-child(1), table.chronology td:nth-child(3), table.chronology td:nth-child(n+5) { white-space: nowrap; }
        table.chronology td:nth-child(2) { overflow-wrap: normal; min-width: 6em; }
        table.chronology td:nth-child(4) { width: 42%; }
        .mono, table.mono-cells td:nth-child(4), table.mono-cells td:nth-child(7), table.mono-cells td:nth-child(8) { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.8em; word-break: break-all; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; color: #5a6570; }
        nav ol { columns: 2; }
        dt { font-weight: 600; margin-top: 0.6rem; }
        dd { margin-left: 1.2rem; }
        @page { size: A4; margin: 20mm 12mm 18mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 8.5pt; }
          table.wide { font-size: 7.5pt; }
          th, td { padding: 0.15rem 0.3rem; }
          nav { break-after: page; }
          section { break-before: page; }
          thead { display: table-header-group; }
          figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          details > summary { display: none; }
          details > pre { display: block; }
        }

        """;
}
