namespace Docket.Web.Contracts;

/// <summary>A user.</summary>
public sealed record UserResponse(string Id, string Email, string DisplayName, bool IsAdministrator);
