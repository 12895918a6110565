using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>An issue in dispute with the parties' positions.</summary>
public sealed record CaseFileIssue(int Number, string Title, ImmutableArray<CaseFilePosition> Positions, SourceSpan? Span)
{
    /// <summary>True when <paramref name="span"/> starts inside this issue.</summary>
    public bool Contains(SourceSpan? span) => span is { } s && Span is { } own && s.Start >= own.Start && s.Start < own.End;
}
