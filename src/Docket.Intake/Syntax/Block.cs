using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>A node of the intake tree. Every node carries the span of its content, markup excluded where it is
/// at the edges (list markers, <c>#</c>, surrounding <c>**</c>).</summary>
/// <param name="Span">The content's span in the source.</param>
public abstract record Block(SourceSpan Span);
