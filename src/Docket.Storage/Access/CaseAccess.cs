using System.Security.Cryptography;
using System.Text;
using Docket.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace Docket.Storage.Access;

/// <summary>
/// Who may work on which case: memberships (a user, a case, a role) and personal API tokens. Tokens are random
/// 256-bit strings shown once; only their SHA-256 is stored, so a copy of the database authenticates nobody.
/// </summary>
public sealed class CaseAccess(Func<DocketDbContext> contexts, TimeProvider time)
{
    /// <summary>The prefix every Docket token starts with, so a leaked token is recognisable in logs and scanners.</summary>
    public const string TokenPrefix = "dkt_";

    /// <summary>The user's role in the case; null when they are not a member.</summary>
    public async Task<CaseMembership?> MembershipAsync(string caseId, string userId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.CaseMembers.AsNoTracking().FirstOrDefaultAsync(m => m.CaseId == caseId && m.UserId == userId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToMembership(row);
        }
    }

    /// <summary>The cases the user is a member of, oldest membership first.</summary>
    public async Task<IReadOnlyList<CaseMembership>> CasesOfAsync(string userId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.CaseMembers.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToMembership)];
        }
    }

    /// <summary>The case's members with their e-mail addresses, in the order they were added.</summary>
    public async Task<IReadOnlyList<(CaseMembership Member, string Email, string DisplayName)>> MembersAsync(string caseId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.CaseMembers.AsNoTracking().Where(m => m.CaseId == caseId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Member = m, u.Email, u.DisplayName })
                .OrderBy(x => x.Member.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => (ToMembership(r.Member), r.Email ?? string.Empty, r.DisplayName))];
        }
    }

    /// <summary>Makes the user a member of the case in <paramref name="role"/>, or changes their role; false when nothing changed.</summary>
    public async Task<bool> SetMemberAsync(string caseId, string userId, CaseRole role, bool canManage, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.CaseMembers.FirstOrDefaultAsync(m => m.CaseId == caseId && m.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                db.CaseMembers.Add(new CaseMemberRow
                {
                    CaseId = caseId, UserId = userId, Role = CaseRoles.Name(role), CanManage = canManage,
                    AddedAtUnixMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
                });
            }
            else if (row.Role == CaseRoles.Name(role) && row.CanManage == canManage)
            {
                return false;
            }
            else
            {
                row.Role = CaseRoles.Name(role);
                row.CanManage = canManage;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Makes a token for the user and returns its text, the only time it exists outside the caller.</summary>
    public async Task<(long Id, string Token)> CreateTokenAsync(string userId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var token = TokenPrefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var row = new ApiTokenRow { UserId = userId, Name = name.Trim(), Hash = Hash(token), CreatedAtUnixMs = time.GetUtcNow().ToUnixTimeMilliseconds() };
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            db.ApiTokens.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return (row.Id, token);
    }

    /// <summary>The user a token acts for; null when it is unknown, malformed or revoked.</summary>
    public async Task<string?> UserOfTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash && !t.Revoked).Select(t => t.UserId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The user's tokens (never their text).</summary>
    public async Task<IReadOnlyList<ApiTokenRow>> TokensOfAsync(string userId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Revokes one of the user's tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeTokenAsync(string userId, long tokenId, CancellationToken cancellationToken)
    {
        var db = contexts();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return false;
            }

            row.Revoked = true;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static CaseMembership ToMembership(CaseMemberRow row) =>
        new(row.CaseId, row.UserId, CaseRoles.Parse(row.Role) ?? CaseRole.Observer, row.CanManage);
}

/// <summary>A user's membership of a case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="UserId">The member.</param>
/// <param name="Role">Their role in it.</param>
/// <param name="CanManage">True when they may add members.</param>
public sealed record CaseMembership(string CaseId, string UserId, CaseRole Role, bool CanManage);
