using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.Cases;

/// <summary>A party to the dispute.</summary>
/// <param name="Id">Case-local id, <c>P1</c>, <c>P2</c>, … in order of first appearance.</param>
/// <param name="Name">Full name as first written ("TechSecure, Inc.").</param>
/// <param name="Aliases">Short names and defined terms the text uses for the party ("TechSecure").</param>
/// <param name="Role">Client, vendor or other.</param>
/// <param name="Description">What the text says the party is, when it says so.</param>
/// <param name="Location">Where it is based, when the text says so.</param>
/// <param name="Span">Where the name is first written.</param>
public sealed record Party(
    string Id, string Name, ImmutableArray<string> Aliases, PartyRole Role, string? Description, string? Location, SourceSpan Span);
