using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Diagnostics;

namespace Docket.Intake.Syntax;

/// <summary>
/// Parses narrative text into an <see cref="IntakeDocument"/>: header fields, title, sections and their blocks.
/// Line-oriented and linear in the input; never throws on any text.
/// </summary>
public static partial class IntakeParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    public static IntakeDocument Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var header = ImmutableArray.CreateBuilder<HeaderField>();
        var blocks = new List<Block>();
        var state = LineState.Header;
        Open open = default;

        for (var i = 0; i < source.LineCount; i++)
        {
            var start = source.LineStart(i);
            var end = source.LineEnd(i);
            var line = source.Text.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                Close(ref open, blocks, source);
                state = state == LineState.Header && header.Count > 0 ? LineState.HeaderGap : state;
                continue;
            }

            var lineText = line.ToString();
            if (state is LineState.Header or LineState.HeaderGap && TryHeaderField(source, lineText, start, out var field))
            {
                header.Add(field);
                state = LineState.Header;
                continue;
            }

            state = LineState.Body;
            if (RuleLine().IsMatch(lineText))
            {
                Close(ref open, blocks, source);
                blocks.Add(new Rule(source.Span(start, end)));
                continue;
            }

            if (TryHeading(source, lineText, start, out var heading))
            {
                Close(ref open, blocks, source);
                blocks.Add(heading);
                continue;
            }

            // A table row is a block of its own (its cells stay together; a row does not run on into the next), and the
            // row under a Markdown table's header only draws the table.
            if (TableRow().IsMatch(lineText))
            {
                Close(ref open, blocks, source);
                if (!TableRule().IsMatch(lineText))
                {
                    var rowStart = start + (lineText.Length - lineText.TrimStart().Length);
                    blocks.Add(new Paragraph(source.Span(rowStart, end)));
                }

                continue;
            }

            var item = ListMarker().Match(lineText);
            if (item.Success)
            {
                Close(ref open, blocks, source);
                var number = item.Groups["num"].Success ? int.Parse(item.Groups["num"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
                var contentStart = start + item.Groups["content"].Index;
                open = new Open(OpenKind.Item, contentStart, end, number, item.Groups["indent"].Length);
                continue;
            }

            var textStart = start + (lineText.Length - lineText.TrimStart().Length);
            if (open.Kind == OpenKind.None)
            {
                open = new Open(OpenKind.Paragraph, textStart, end, null, 0);
            }
            else
            {
                open = open with { End = end };
            }
        }

        Close(ref open, blocks, source);
        return Assemble(source, header.ToImmutable(), blocks);
    }

    private static IntakeDocument Assemble(SourceText source, ImmutableArray<HeaderField> header, List<Block> blocks)
    {
        var sections = ImmutableArray.CreateBuilder<Section>();
        Heading? title = null;
        var current = new List<Block>();
        Heading? currentHeading = null;
        var currentKind = SectionKind.Other;
        var seenSection = false;

        // A house-format title may be a plain line: one short line without a full stop, before the first section.
        var firstSection = blocks.FindIndex(b => b is Heading h && SectionNames.Classify(h.Text) != SectionKind.Other);
        if (firstSection > 0)
        {
            var candidate = blocks.FindIndex(b => b is not Rule);
            if (candidate >= 0 && candidate < firstSection && blocks[candidate] is Paragraph p && IsTitleLine(source, p))
            {
                blocks[candidate] = new Heading(1, StripMarkup(source.Text[p.Span.Start..p.Span.End]), HeadingStyle.Plain, p.Span);
            }
        }

        // In free prose, a first line that reads like a headline (several words, lower case, no full stop, alone) is the title.
        if (firstSection < 0 && blocks.Count > 1 && blocks[0] is Paragraph head && IsTitleLine(source, head) && IsHeadline(source.Text.AsSpan(head.Span.Start, head.Span.Length)))
        {
            blocks[0] = new Heading(1, StripMarkup(source.Text[head.Span.Start..head.Span.End]), HeadingStyle.Plain, head.Span);
        }

        foreach (var block in blocks)
        {
            if (block is Heading heading)
            {
                var kind = SectionNames.Classify(heading.Text);
                if (kind == SectionKind.Other && !seenSection && title is null && current.TrueForAll(b => b is Rule))
                {
                    title = heading;
                    continue;
                }

                var startsSection = kind != SectionKind.Other
                    || (heading.Style == HeadingStyle.Markdown && currentHeading is { Style: HeadingStyle.Markdown } && heading.Level <= currentHeading.Level)
                    || (currentHeading is null && !seenSection);
                if (startsSection)
                {
                    Flush();
                    currentHeading = heading;
                    currentKind = kind;
                    seenSection |= kind != SectionKind.Other;
                    continue;
                }
            }

            current.Add(block);
        }

        Flush();
        return new IntakeDocument(source, header, title, sections.ToImmutable(), ImmutableArray<Diagnostic>.Empty);

        void Flush()
        {
            // Rules before the first heading only separate the header from the title; they make no section.
            if (currentHeading is not null || current.Exists(b => b is not Rule))
            {
                sections.Add(new Section(currentKind, currentHeading, [.. current]));
            }

            current.Clear();
        }
    }

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        var words = 1;
        var lower = false;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
            lower |= char.IsLower(c);
        }

        return words >= 5 && lower && line.IndexOf(':') < 0;
    }

    private static bool IsTitleLine(SourceText source, Paragraph paragraph)
    {
        var text = source.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length);
        return text.Length <= 200 && text.IndexOfAny('\r', '\n') < 0 && !text.TrimEnd().EndsWith('.');
    }

    private static void Close(ref Open open, List<Block> blocks, SourceText source)
    {
        if (open.Kind == OpenKind.None)
        {
            return;
        }

        var end = open.End;
        while (end > open.Start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        var span = source.Span(open.Start, end);
        blocks.Add(open.Kind == OpenKind.Item ? new ListItem(open.Number, open.Indent, span) : new Paragraph(span));
        open = default;
    }

    private static bool TryHeaderField(SourceText source, string line, int start, out HeaderField field)
    {
        field = null!;
        var match = HeaderLine().Match(line);
        if (!match.Success || SectionNames.Classify(match.Groups["key"].Value) != SectionKind.Other)
        {
            return false;
        }

        var key = match.Groups["key"];
        var value = match.Groups["value"];
        field = new HeaderField(
            key.Value.Trim(),
            value.Value.Trim(),
            source.Span(start + value.Index, start + value.Index + value.Length),
            source.Span(start + key.Index, start + line.TrimEnd().Length));
        return true;
    }

    private static bool TryHeading(SourceText source, string line, int start, out Heading heading)
    {
        heading = null!;
        var markdown = MarkdownHeading().Match(line);
        if (markdown.Success)
        {
            heading = Make(markdown.Groups["text"], markdown.Groups["hashes"].Length, HeadingStyle.Markdown);
            return true;
        }

        var bold = BoldLine().Match(line);
        if (bold.Success)
        {
            heading = Make(bold.Groups["text"], 2, HeadingStyle.Bold);
            return true;
        }

        var trimmed = line.Trim();
        if (trimmed.Length <= 80 && !ListMarker().IsMatch(line)
            && (SectionNames.Classify(StripMarkup(trimmed)) != SectionKind.Other || IsAllCapitals(trimmed)))
        {
            var offset = line.IndexOf(trimmed, StringComparison.Ordinal);
            var text = trimmed.TrimEnd(':').TrimEnd();
            heading = new Heading(2, StripMarkup(text), HeadingStyle.Plain, source.Span(start + offset, start + offset + text.Length));
            return true;
        }

        return false;

        Heading Make(Group group, int level, HeadingStyle style)
        {
            var raw = group.Value.TrimEnd().TrimEnd(':').TrimEnd();
            return new Heading(level, StripMarkup(raw), style, source.Span(start + group.Index, start + group.Index + raw.Length));
        }
    }

    private static bool IsAllCapitals(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4 && line.Length <= 80;
    }

    /// <summary>Removes emphasis markers (<c>**</c>, <c>__</c>, <c>*</c>, backticks) from a line.</summary>
    internal static string StripMarkup(string text) => Emphasis().Replace(text, string.Empty).Trim();

    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*(?:\*\*|__)(?<text>[^*_\r\n]{1,200}?)(?:\*\*|__)\s*:?\s*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:(?<num>\d{1,3})[.)]|\((?<num>\d{1,3})\)|\(?[a-z][.)]|[-*•‣◦▪–—+>])[ \t]+(?<content>\S.*)$")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z][A-Za-z .#/'’-]{0,28}?)\s*:\s*(?<value>\S.*?)\s*$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|`")]
    private static partial Regex Emphasis();

    private enum LineState
    {
        Header,
        HeaderGap,
        Body,
    }

    private enum OpenKind
    {
        None,
        Paragraph,
        Item,
    }

    private readonly record struct Open(OpenKind Kind, int Start, int End, int? Number, int Indent);
}
