using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>A sentence (or header line, or heading) of the document, with the section it belongs to.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Section">The section it is in.</param>
/// <param name="Block">Index of its block in document order; header lines and headings count as blocks.</param>
internal readonly record struct TextSegment(int Start, int End, SectionKind Section, int Block);
