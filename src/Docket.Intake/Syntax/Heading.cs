using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>A heading line.</summary>
/// <param name="Level">1 to 6 for Markdown; 2 for bold and plain headings.</param>
/// <param name="Text">The heading text without markup or trailing colon.</param>
/// <param name="Style">How it was written.</param>
/// <param name="Span">The text's span.</param>
public sealed record Heading(int Level, string Text, HeadingStyle Style, SourceSpan Span) : Block(Span);
