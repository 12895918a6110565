namespace Docket.Core.Access;

/// <summary>The names of <see cref="CaseRole"/> on the wire and in files: "claimant", "respondent", "neutral", "observer".</summary>
public static class CaseRoles
{
    /// <summary>Every role, in order.</summary>
    public static IReadOnlyList<CaseRole> All { get; } = Enum.GetValues<CaseRole>();

    /// <summary>The role's name.</summary>
    public static string Name(CaseRole role) => role switch
    {
        CaseRole.Claimant => "claimant",
        CaseRole.Respondent => "respondent",
        CaseRole.Neutral => "neutral",
        _ => "observer",
    };

    /// <summary>The role a name means; null when it names none.</summary>
    public static CaseRole? Parse(string? name) => name switch
    {
        "claimant" => CaseRole.Claimant,
        "respondent" => CaseRole.Respondent,
        "neutral" => CaseRole.Neutral,
        "observer" => CaseRole.Observer,
        _ => null,
    };

    /// <summary>True for the two sides, which keep private material; false for the neutral and observers.</summary>
    public static bool IsSide(CaseRole role) => role is CaseRole.Claimant or CaseRole.Respondent;

    /// <summary>True for the roles that may add to the record (everyone but observers).</summary>
    public static bool CanWrite(CaseRole role) => role != CaseRole.Observer;
}
