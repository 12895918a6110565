using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>Every sentence of a document in order, so that a span can be placed in its sentence by binary search.</summary>
internal sealed class SegmentIndex
{
    private readonly List<TextSegment> _segments = [];

    public SegmentIndex(IntakeDocument document)
    {
        var text = document.Source.Text;
        var block = 0;
        foreach (var field in document.Header)
        {
            _segments.Add(new TextSegment(field.Span.Start, field.Span.End, SectionKind.Other, block++));
        }

        if (document.Title is { } title)
        {
            _segments.Add(new TextSegment(title.Span.Start, title.Span.End, SectionKind.Other, block++));
        }

        foreach (var section in document.Sections)
        {
            if (section.Heading is { } heading)
            {
                _segments.Add(new TextSegment(heading.Span.Start, heading.Span.End, section.Kind, block++));
            }

            foreach (var b in section.Blocks)
            {
                if (b is Heading or Rule)
                {
                    if (b is Heading)
                    {
                        _segments.Add(new TextSegment(b.Span.Start, b.Span.End, section.Kind, block));
                    }

                    block++;
                    continue;
                }

                foreach (var (start, end) in SentenceSplitter.Split(text, b.Span.Start, b.Span.End))
                {
                    _segments.Add(new TextSegment(start, end, section.Kind, block));
                }

                block++;
            }
        }

        _segments.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public IReadOnlyList<TextSegment> All => _segments;

    /// <summary>The segment that contains <paramref name="offset"/>, or the nearest one before it.</summary>
    public TextSegment? At(int offset)
    {
        var index = IndexAt(offset);
        return index < 0 ? null : _segments[index];
    }

    /// <summary>Index in <see cref="All"/> of the last segment starting at or before <paramref name="offset"/>; -1 when none does.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _segments.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_segments[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
