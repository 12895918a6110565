using Docket.Core.Utility;

namespace Docket.Core.Text;

/// <summary>
/// A range of the decoded source text that a value was read from.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are offsets in UTF-16 code units into the decoded text (after
/// decoding and mojibake repair); <see cref="End"/> is exclusive. <see cref="Line"/> and <see cref="Column"/>
/// are 1-based and locate <see cref="Start"/>; a column counts UTF-16 code units. <c>default</c> (line 0)
/// is not a valid span: code that needs "no span" uses a nullable span.
/// </remarks>
public readonly record struct SourceSpan
{
    /// <summary>Creates a span, validating that it is well formed.</summary>
    /// <exception cref="ArgumentException">An offset is negative, the end precedes the start, or line/column is below 1.</exception>
    public SourceSpan(int start, int end, int line, int column)
    {
        Preconditions.CheckArgument(start >= 0, nameof(start), "Start must not be negative.");
        Preconditions.CheckArgument(end >= start, nameof(end), "End must not precede start.");
        Preconditions.CheckArgument(line >= 1, nameof(line), "Line is 1-based.");
        Preconditions.CheckArgument(column >= 1, nameof(column), "Column is 1-based.");
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    /// <summary>Offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End { get; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Start"/>, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";
}
