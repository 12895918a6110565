using Docket.Core.Cases;
using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>A party's position on an issue.</summary>
public sealed record CaseFilePosition(string? PartyId, Stance Stance, string Summary, SourceSpan? Span, long? Entry)
{
    /// <summary>The position's words exactly as in the source (when the case carries them), else its summary.</summary>
    public string Quote { get; init; } = Summary;
}
