using System.Collections.Immutable;

namespace Docket.Core.Chronology;

/// <summary>The chronology of a case: its dated facts in order, which are agreed and disputed, and contradictions.</summary>
/// <param name="Facts">Every dated fact, in date order (a month before a day inside it).</param>
/// <param name="Agreed">Ids of the undisputed facts.</param>
/// <param name="Disputed">Ids of the disputed facts.</param>
/// <param name="Contradictions">Pairs of accounts that cannot both be right.</param>
public sealed record ChronologyReport(ImmutableArray<ChronologyFact> Facts, ImmutableArray<string> Agreed, ImmutableArray<string> Disputed, ImmutableArray<Contradiction> Contradictions);
