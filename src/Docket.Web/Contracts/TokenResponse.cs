namespace Docket.Web.Contracts;

/// <summary>A personal API token; <paramref name="Token"/> is its text, given only when it is made.</summary>
public sealed record TokenResponse(long Id, string Name, string CreatedAt, bool Revoked, string? Token = null);
