using System.Collections.Immutable;

namespace Docket.Intake.Syntax;

/// <summary>A section of the text: a heading and the blocks under it, up to the next heading of the same or a higher level.</summary>
/// <param name="Kind">Which house-format section it is.</param>
/// <param name="Heading">Its heading; null for text before the first heading.</param>
/// <param name="Blocks">Its blocks, in order; sub-headings stay inside as blocks.</param>
public sealed record Section(SectionKind Kind, Heading? Heading, ImmutableArray<Block> Blocks);
