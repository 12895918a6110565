namespace Docket.Storage.Access;

/// <summary>A personal API token. Only its SHA-256 is stored: the token itself is shown once, when made.</summary>
public sealed class ApiTokenRow
{
    /// <summary>Row id.</summary>
    public long Id { get; init; }

    /// <summary>The owner's user id; requests with the token act as this user.</summary>
    public required string UserId { get; init; }

    /// <summary>The owner's name for the token ("CI upload").</summary>
    public required string Name { get; init; }

    /// <summary>SHA-256 of the token's text.</summary>
    public required byte[] Hash { get; init; }

    /// <summary>When made, in Unix milliseconds.</summary>
    public long CreatedAtUnixMs { get; init; }

    /// <summary>True once revoked; a revoked token authenticates nothing.</summary>
    public bool Revoked { get; set; }
}
