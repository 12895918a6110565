using Docket.Reports.Html;

namespace Docket.Web.Hosting;

/// <summary>The web UI's style sheet (served as /docket.css): the dossier's own styles, so a tab reads like its section, plus the app's frame.</summary>
internal static class UiStyle
{
    public static readonly string Css = DossierHtml.StyleSheet + """
        .bar { display: flex; gap: 1.5rem; align-items: center; border-bottom: 2px solid #24476b; padding: 0.5rem 0; margin-bottom: 1rem; }
        .bar .brand { font-weight: 700; font-size: 1.2rem; color: #24476b; text-decoration: none; }
        .bar nav { display: flex; gap: 1rem; }
        .bar .signout { margin-left: auto; }
        .tabs { display: flex; flex-wrap: wrap; gap: 0.3rem; border-bottom: 1px solid #c9d1d9; margin: 1rem 0; }
        .tabs a { padding: 0.35rem 0.7rem; border: 1px solid #c9d1d9; border-bottom: none; border-radius: 4px 4px 0 0; text-decoration: none; color: #24476b; }
        .tabs a[aria-current="page"] { background: #24476b; color: #fff; }
        .stack { display: grid; gap: 0.6rem; max-width: 40rem; margin: 0.8rem 0; }
        .stack label { display: grid; gap: 0.2rem; }
        .error { color: #8b1a1a; background: #fdecec; padding: 0.5rem 0.8rem; border-radius: 4px; }
        .ok { color: #1a5a2a; background: #e9f7ee; padding: 0.5rem 0.8rem; border-radius: 4px; }
        .meta { color: #5a6570; }
        .downloads a { margin-right: 1rem; }
        button { padding: 0.35rem 0.9rem; }
        """;
}
