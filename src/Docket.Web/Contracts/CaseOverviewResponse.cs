namespace Docket.Web.Contracts;

/// <summary>A case at a glance, as the signed-in member sees it.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Title">The title.</param>
/// <param name="Theme">The theme ("Payment Security").</param>
/// <param name="CaseNumber">The narrative's case number, when stated.</param>
/// <param name="Stage">The dispute's stage.</param>
/// <param name="Role">The member's role.</param>
/// <param name="Parties">The parties.</param>
/// <param name="Obligations">Obligations on record.</param>
/// <param name="Issues">Issues in dispute.</param>
/// <param name="Events">Dated events.</param>
/// <param name="Evidence">Evidence entries.</param>
/// <param name="Entries">Ledger entries (the tree size).</param>
/// <param name="RootHash">The ledger's RFC 9162 root, hex.</param>
public sealed record CaseOverviewResponse(
    string Id, string Title, string? Theme, int? CaseNumber, string Stage, string Role, IReadOnlyList<PartyResponse> Parties,
    int Obligations, int Issues, int Events, int Evidence, long Entries, string RootHash);
