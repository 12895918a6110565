using Docket.Core.Text;

namespace Docket.Core.Diagnostics;

/// <summary>
/// A problem or doubt found in user input, reported as a value rather than thrown.
/// </summary>
/// <remarks>
/// Docket has three families of failure. Caller bugs throw standard exceptions from guard clauses
/// (<see cref="Utility.Preconditions"/>). Expected outcomes, such as unreadable or doubtful user text, are
/// values: a <see cref="Diagnostic"/> with a stable <see cref="Code"/> (listed per area, for example
/// <c>IntakeDiagnosticCodes</c>). Infrastructure failures (I/O, database) propagate as exceptions and are
/// translated once at the host boundary.
/// </remarks>
/// <param name="Code">Stable code such as <c>INT003</c>; never reused for another meaning.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Span">Where in the decoded source text; null when the diagnostic concerns the whole input.</param>
/// <param name="Message">One sentence for a person.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan? Span, string Message);
