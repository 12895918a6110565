using NodaTime;

namespace Docket.Core.CaseFiles;

/// <summary>A date as the case states it ("by June 2023") and the last day it can mean (2023-06-30), when known.</summary>
/// <param name="Text">The words.</param>
/// <param name="Latest">The last day it can mean.</param>
public sealed record CaseFileDate(string Text, LocalDate? Latest)
{
    /// <summary>The first day it can mean.</summary>
    public LocalDate? Earliest { get; init; }

    /// <summary>How finely it was written: year, quarter, month, day or range.</summary>
    public string Precision { get; init; } = "day";

    /// <summary>on, by, before, after or about.</summary>
    public string Qualifier { get; init; } = "on";

    /// <summary>Where the words are in the source.</summary>
    public Text.SourceSpan? Span { get; init; }
}
