using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>
/// Decoded source text with its line map, so that offsets become <see cref="SourceSpan"/>s. CRLF, LF and CR all
/// end a line. Immutable and thread-safe.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>Number of lines; a final line break starts an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first code unit of a 0-based line.</summary>
    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>Offset just past the content of a 0-based line, before its line break.</summary>
    public int LineEnd(int lineIndex)
    {
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        while (end > _lineStarts[lineIndex] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    /// <summary>The span of <c>[start, end)</c>, with the 1-based line and column of <paramref name="start"/>.</summary>
    public SourceSpan Span(int start, int end)
    {
        var line = Array.BinarySearch(_lineStarts, start);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(start, end, line + 1, start - _lineStarts[line] + 1);
    }
}
