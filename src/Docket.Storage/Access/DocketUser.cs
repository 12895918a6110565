using Microsoft.AspNetCore.Identity;

namespace Docket.Storage.Access;

/// <summary>A person who signs in to Docket (ASP.NET Core Identity's user, with Docket's few additions).</summary>
public sealed class DocketUser : IdentityUser
{
    /// <summary>The name shown beside what the person writes.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>True for an administrator: may create users and see every case's membership, not its content.</summary>
    public bool IsAdministrator { get; set; }
}
