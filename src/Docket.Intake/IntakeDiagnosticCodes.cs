namespace Docket.Intake;

/// <summary>
/// The stable diagnostic codes of intake. A code is never reused for another meaning; docs/diagnostics.md
/// lists them with examples.
/// </summary>
public static class IntakeDiagnosticCodes
{
    /// <summary>The input is empty or only white space (error).</summary>
    public const string EmptyInput = "INT001";

    /// <summary>The input is binary, not text (error).</summary>
    public const string BinaryInput = "INT002";

    /// <summary>The input is larger than the size limit; it was not read (error).</summary>
    public const string TooLarge = "INT003";

    /// <summary>Invalid byte sequences were replaced with U+FFFD (warning).</summary>
    public const string InvalidBytes = "INT004";

    /// <summary>A mojibake sequence was repaired (info).</summary>
    public const string MojibakeRepaired = "INT005";

    /// <summary>The file type is not supported (error).</summary>
    public const string UnsupportedType = "INT006";

    /// <summary>A .docx or .pdf file could not be read (error).</summary>
    public const string UnreadableDocument = "INT007";

    /// <summary>The text was decoded with a guessed legacy encoding (info).</summary>
    public const string LegacyEncoding = "INT008";

    /// <summary>The input was cut at a structural limit, such as an over-long line (warning).</summary>
    public const string LimitReached = "INT009";

    /// <summary>The text is not in the house format; it was read as free prose (info).</summary>
    public const string FreeProse = "INT010";

    /// <summary>A part of the case was not found in the text (warning).</summary>
    public const string PartNotFound = "INT011";

    /// <summary>A party's role could not be decided from the text (warning).</summary>
    public const string RoleUncertain = "INT012";

    /// <summary>A party's role was inferred from the other party's role (info).</summary>
    public const string RoleInferred = "INT013";

    /// <summary>A key issue has no attributable party position (warning).</summary>
    public const string IssueWithoutPosition = "INT014";

    /// <summary>A numeric date is ambiguous between month/day and day/month; month/day was assumed (warning).</summary>
    public const string AmbiguousDate = "INT015";

    /// <summary>A date names a month without a year; the year was taken from the nearest earlier date (info).</summary>
    public const string YearInferred = "INT016";

    /// <summary>A written date does not exist (31 June) and was not read (warning).</summary>
    public const string InvalidDate = "INT017";

    /// <summary>A party list item could not be split into a name and a description (warning).</summary>
    public const string UnreadablePartyItem = "INT018";

    /// <summary>A position's stance was decided from the order of statements alone (info).</summary>
    public const string StanceFromRole = "INT019";

    /// <summary>The file does not exist or cannot be opened (error).</summary>
    public const string FileUnreadable = "INT020";

    /// <summary>A .json file given as a case is not a docket.case/1 document (error).</summary>
    public const string NotACaseDocument = "INT021";
}
