using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A numbered key issue of the dispute.</summary>
/// <param name="Number">Its number as written, or its order when unnumbered.</param>
/// <param name="Title">Its title, without markup or trailing colon.</param>
/// <param name="Positions">Each party's position, in order of appearance.</param>
/// <param name="Span">The whole issue, title and body.</param>
public sealed record KeyIssue(int Number, string Title, ImmutableArray<Position> Positions, SourceSpan Span);
