namespace Docket.Core.Compliance.Catalogs;

/// <summary>The stable codes of catalog errors (docs/diagnostics.md).</summary>
public static class CatalogCodes
{
    /// <summary>The file is not JSON.</summary>
    public const string Syntax = "CAT001";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "CAT002";

    /// <summary>A field has the wrong type or an invalid value.</summary>
    public const string WrongValue = "CAT003";

    /// <summary>Two requirements (or algorithms, or spellings) in one file share an id.</summary>
    public const string Duplicate = "CAT004";

    /// <summary>A topic is not one Docket knows.</summary>
    public const string UnknownTopic = "CAT005";

    /// <summary>The schema is missing or not one Docket reads.</summary>
    public const string UnknownSchema = "CAT006";

    /// <summary>Two files give the same catalog id with the same revision.</summary>
    public const string Conflict = "CAT007";

    /// <summary>The file cannot be read.</summary>
    public const string Unreadable = "CAT008";
}
