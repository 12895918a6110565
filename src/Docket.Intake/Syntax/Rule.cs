using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>A horizontal rule (<c>-----</c>, <c>***</c>, <c>===</c>).</summary>
/// <param name="Span">The rule line.</param>
public sealed record Rule(SourceSpan Span) : Block(Span);
