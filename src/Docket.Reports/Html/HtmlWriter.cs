using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Docket.Reports.Html;

/// <summary>
/// Writes HTML in which every piece of text is encoded: <see cref="Text"/> is the only way narrative reaches the page,
/// and <see cref="Raw"/> takes only markup this assembly wrote (tags, and the charts' SVG).
/// </summary>
internal sealed class HtmlWriter
{
    // Every script kept readable, and the characters that matter in HTML and attributes (< > & " ' and more) encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html;

    public HtmlWriter(int capacity) => _html = new StringBuilder(capacity);

    public static string Encode(string text) => Encoder.Encode(text);

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            // The encoder hands back the same string when nothing in it needs encoding, so plain text costs no copy.
            _html.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>An element holding encoded text: <c>&lt;tag&gt;text&lt;/tag&gt;</c>.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A section with its heading; the id is this assembly's own, never text from the case.</summary>
    public HtmlWriter Section(string id, string heading)
    {
        _html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"").Append(id).Append("-h\">");
        Text(heading);
        _html.Append("</h2>\n");
        return this;
    }

    public HtmlWriter EndSection() => Raw("</section>\n");

    /// <summary>A table with a caption and column headers; cells are encoded text.</summary>
    public HtmlWriter Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        _html.Append("<caption>");
        Text(caption);
        _html.Append("</caption>\n<thead><tr>");
        foreach (var h in headers)
        {
            _html.Append("<th scope=\"col\">");
            Text(h);
            _html.Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td>");
                Text(cell);
                _html.Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>An unordered list of encoded items.</summary>
    public HtmlWriter List(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            Element("li", item);
        }

        _html.Append("</ul>\n");
        return this;
    }

    /// <summary>A chart: the SVG as a figure with a caption and a text alternative.</summary>
    public HtmlWriter Figure(string? svg, string caption, string alternative)
    {
        if (svg is null)
        {
            return this;
        }

        _html.Append("<figure role=\"img\" aria-label=\"");
        Text(alternative);
        _html.Append("\">\n").Append(svg).Append("\n<figcaption>");
        Text(caption);
        _html.Append("</figcaption></figure>\n");
        return this;
    }

    public override string ToString() => _html.ToString();
}
