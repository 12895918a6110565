using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>A <c>Key: value</c> line at the top of the text ("Theme: Data Privacy", "Case Number: 15", "Re: …").</summary>
/// <param name="Key">The key as written, without the colon.</param>
/// <param name="Value">The value, trimmed.</param>
/// <param name="ValueSpan">Where the value is.</param>
/// <param name="Span">The whole line.</param>
public sealed record HeaderField(string Key, string Value, SourceSpan ValueSpan, SourceSpan Span) : Block(Span);
