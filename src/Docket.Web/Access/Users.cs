using Docket.Storage.Access;
using Microsoft.AspNetCore.Identity;

namespace Docket.Web.Access;

/// <summary>Creating users: the API's administrators, and the first-run command that creates the first administrator.</summary>
public static class Users
{
    /// <summary>Creates a user; null with Identity's reasons when the address is taken or the password too weak.</summary>
    public static async Task<(DocketUser? User, IReadOnlyList<string> Errors)> CreateAsync(
        UserManager<DocketUser> users, string? email, string? displayName, string? password, bool administrator)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return (null, ["An e-mail address and a password are required."]);
        }

        var user = new DocketUser
        {
            UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(), IsAdministrator = administrator,
        };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        return result.Succeeded ? (user, []) : (null, [.. result.Errors.Select(e => e.Description)]);
    }
}
