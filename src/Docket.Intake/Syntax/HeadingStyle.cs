namespace Docket.Intake.Syntax;

/// <summary>How a heading is written.</summary>
public enum HeadingStyle
{
    /// <summary>A Markdown <c>#</c> heading.</summary>
    Markdown,
    /// <summary>A line wholly in <c>**bold**</c>.</summary>
    Bold,
    /// <summary>A plain short line naming a known section, or an all-capitals line.</summary>
    Plain,
}
