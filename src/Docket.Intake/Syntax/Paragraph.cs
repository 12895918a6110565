using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>Consecutive lines of prose.</summary>
/// <param name="Span">From the first to the last non-blank character.</param>
public sealed record Paragraph(SourceSpan Span) : Block(Span);
