namespace Docket.Web.Contracts;

/// <summary>A member of a case.</summary>
public sealed record MemberResponse(string Email, string DisplayName, string Role, bool CanManage);
