namespace Docket.Intake.Syntax;

/// <summary>The house format's sections, recognised by heading text ("Parties Involved", "Key Issues of Contention").</summary>
public enum SectionKind
{
    /// <summary>Text before the first section heading, or under a heading that is none of the others.</summary>
    Other,
    /// <summary>Parties, Parties Involved.</summary>
    Parties,
    /// <summary>Background, Facts, Overview.</summary>
    Background,
    /// <summary>Key Issues, Key Issues of Contention, Issues in Dispute.</summary>
    KeyIssues,
    /// <summary>Conclusion, Current Status, Next Steps.</summary>
    Conclusion,
}
