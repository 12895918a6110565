using System.Collections.Immutable;
using Docket.Core.Text;

namespace Docket.Core.CaseFiles;

/// <summary>A dated event of the case.</summary>
/// <param name="Id">Its id ("E2"), when it has one.</param>
/// <param name="Date">When.</param>
/// <param name="Kind">contract-signed, deadline, audit, breach, notice, termination or other.</param>
/// <param name="Summary">The sentence that states it.</param>
/// <param name="Parties">The parties it involves.</param>
/// <param name="Span">Where it is stated.</param>
/// <param name="Entry">The ledger entry that added it, when a user did.</param>
public sealed record CaseFileEvent(string? Id, CaseFileDate Date, string Kind, string Summary, ImmutableArray<string> Parties, SourceSpan? Span, long? Entry);
