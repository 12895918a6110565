using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>A count stated in the case ("two sessions").</summary>
public sealed record CaseFileCount(decimal Count, string Unit, SourceSpan? Span);
