namespace Docket.Web.Contracts;

/// <summary>A case in the signed-in user's list.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Title">The case's title.</param>
/// <param name="Role">The user's role in it.</param>
public sealed record CaseSummaryResponse(string Id, string Title, string Role);
