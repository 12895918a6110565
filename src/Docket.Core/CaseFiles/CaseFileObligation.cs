using System.Collections.Immutable;
using Docket.Core.Cases;
using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>An obligation of the case, with the words that state its status.</summary>
public sealed record CaseFileObligation(
    string Id,
    string? ObligorId,
    ObligationTopic Topic,
    string Text,
    ImmutableArray<string> Standards,
    CaseFileDate? Due,
    ObligationStatus Status,
    string? StatusText,
    SourceSpan? StatusSpan,
    SourceSpan? Span,
    long? Entry);
