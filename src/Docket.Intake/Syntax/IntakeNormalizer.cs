using System.Globalization;
using System.Text;

namespace Docket.Intake.Syntax;

/// <summary>
/// Renders an <see cref="IntakeDocument"/> back to canonical text, one node per line, for approval and spec tests:
/// header fields, the title, then each section with its blocks. Line breaks inside a block become spaces.
/// </summary>
public static class IntakeNormalizer
{
    /// <summary>The canonical text of <paramref name="document"/>.</summary>
    public static string Render(IntakeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Source.Text;
        var builder = new StringBuilder();
        foreach (var field in document.Header)
        {
            builder.Append("header ").Append(field.Key).Append(" = ").Append(field.Value).Append('\n');
        }

        if (document.Title is { } title)
        {
            builder.Append("title [").Append(Style(title.Style)).Append("] ").Append(title.Text).Append('\n');
        }

        foreach (var section in document.Sections)
        {
            builder.Append("section ").Append(section.Kind.ToString().ToLowerInvariant());
            if (section.Heading is { } heading)
            {
                builder.Append(" [").Append(Style(heading.Style)).Append("] ").Append(heading.Text);
            }

            builder.Append('\n');
            foreach (var block in section.Blocks)
            {
                builder.Append("  ").Append(block switch
                {
                    Heading h => $"heading [{Style(h.Style)}] {h.Text}",
                    ListItem { Number: { } n } li => $"item {n.ToString(CultureInfo.InvariantCulture)} (indent {li.Indent}): {Flatten(text, li)}",
                    ListItem li => $"bullet (indent {li.Indent}): {Flatten(text, li)}",
                    Paragraph p => $"paragraph: {Flatten(text, p)}",
                    Rule => "rule",
                    _ => block.GetType().Name,
                }).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Style(HeadingStyle style) => style.ToString().ToLowerInvariant();

    private static string Flatten(string text, Block block) =>
        string.Join(' ', text[block.Span.Start..block.Span.End].Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
