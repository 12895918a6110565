namespace Docket.Storage.Access;

/// <summary>A user's membership of a case: the role they hold in it, and whether they may add members.</summary>
public sealed class CaseMemberRow
{
    /// <summary>Row id.</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The member's user id.</summary>
    public required string UserId { get; init; }

    /// <summary>The role's name ("claimant", "respondent", "neutral", "observer").</summary>
    public required string Role { get; set; }

    /// <summary>True for the member who opened the case, and others they name: they may add members.</summary>
    public bool CanManage { get; set; }

    /// <summary>When added, in Unix milliseconds.</summary>
    public long AddedAtUnixMs { get; init; }
}
