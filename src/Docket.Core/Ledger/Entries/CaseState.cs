using System.Collections.Immutable;

namespace Docket.Core.Ledger.Entries;

/// <summary>A case as it stood after a prefix of its log.</summary>
/// <param name="Json">The case document (<c>docket.case/1</c> plus evidence, notes, withdrawn facts and entry references); null before the case was opened.</param>
/// <param name="LastSequence">The last entry folded; null when none was.</param>
/// <param name="Problems">Entries that could not be applied, and why; the fold continues past them.</param>
public sealed record CaseState(string? Json, long? LastSequence, ImmutableArray<string> Problems);
