using System.Collections.Immutable;

namespace Docket.Reports.Dossiers;

/// <summary>One issue of the case with each party's position on it.</summary>
public sealed record IssueMatrixRow(int Number, string Title, string? Source, ImmutableArray<IssuePosition> Positions);

/// <summary>
/// A party's position on an issue, with the dated facts that party asserts on the issue (supporting) and those the
/// other side asserts against it (contradicting), the contradictions between the accounts, and the obligations at stake.
/// </summary>
/// <param name="Source">Where the position is stated: "line 17, col 32" in the narrative, or "entry 5" in the ledger.</param>
public sealed record IssuePosition(
    string? PartyId,
    string Party,
    string Stance,
    string Quote,
    string? Source,
    ImmutableArray<FactReference> Supporting,
    ImmutableArray<FactReference> Contradicting,
    ImmutableArray<string> Contradictions,
    ImmutableArray<string> Obligations);

/// <summary>A dated fact cited in the matrix, with its pinpoint source.</summary>
public sealed record FactReference(string Id, string Date, string Summary, string? Source);
