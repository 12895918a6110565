using Docket.Core.Utility;

namespace Docket.Core.Ledger.Entries;

/// <summary>Who wrote an entry: a party of the case ("party", "P1") or a user ("user", an account id).</summary>
/// <remarks><c>default</c> is not a valid author.</remarks>
public readonly record struct EntryAuthor
{
    /// <summary>Creates an author.</summary>
    /// <exception cref="ArgumentException">The kind is not "party" or "user", or the id is blank.</exception>
    public EntryAuthor(string kind, string id)
    {
        Preconditions.CheckArgument(kind is "party" or "user", nameof(kind), "An author is a party or a user.");
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Kind = kind;
    }

    /// <summary>"party" or "user".</summary>
    public string Kind { get; }

    /// <summary>The party id or user id.</summary>
    public string Id { get; }

    /// <summary>A party of the case.</summary>
    public static EntryAuthor Party(string id) => new("party", id);

    /// <summary>A user account.</summary>
    public static EntryAuthor User(string id) => new("user", id);
}
