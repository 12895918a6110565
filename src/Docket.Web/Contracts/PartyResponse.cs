namespace Docket.Web.Contracts;

/// <summary>A party of a case.</summary>
/// <param name="Id">Its id in the case ("P1").</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">Its role in the contract ("client", "vendor").</param>
public sealed record PartyResponse(string Id, string Name, string Role);
