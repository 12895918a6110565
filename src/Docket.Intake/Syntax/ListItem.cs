using Docket.Core.Text;

namespace Docket.Intake.Syntax;

/// <summary>A numbered or bulleted list item, with its continuation lines.</summary>
/// <param name="Number">The item number when numbered ("1.", "(2)", "3)"); null for bullets and letters.</param>
/// <param name="Indent">Columns of indentation before the marker.</param>
/// <param name="Span">From the first character after the marker to the end of the last continuation line.</param>
public sealed record ListItem(int? Number, int Indent, SourceSpan Span) : Block(Span);
