namespace Docket.Web.Contracts;

/// <summary>A user to create (administrators only).</summary>
/// <param name="Email">The e-mail address they sign in with.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Password">At least 12 characters.</param>
public sealed record UserBody(string Email, string DisplayName, string Password);
