namespace Docket.Web.Contracts;

/// <summary>A member to add to a case (an existing user, by e-mail).</summary>
/// <param name="Email">The user's e-mail address.</param>
/// <param name="Role">claimant, respondent, neutral or observer.</param>
/// <param name="CanManage">May add members in turn.</param>
public sealed record MemberBody(string Email, string Role, bool CanManage = false);
