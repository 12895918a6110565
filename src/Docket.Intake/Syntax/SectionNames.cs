using System.Text.RegularExpressions;

namespace Docket.Intake.Syntax;

/// <summary>Recognises the house format's section headings in the many ways authors write them.</summary>
internal static partial class SectionNames
{
    /// <summary>Classifies heading text (markup already removed); <see cref="SectionKind.Other"/> when it is no known section.</summary>
    public static SectionKind Classify(string heading)
    {
        var name = Normalize().Replace(heading, string.Empty).Trim().TrimEnd(':', '.').Trim();
        if (name.Length is 0 or > 60)
        {
            return SectionKind.Other;
        }

        if (Parties().IsMatch(name))
        {
            return SectionKind.Parties;
        }

        if (KeyIssues().IsMatch(name))
        {
            return SectionKind.KeyIssues;
        }

        if (Background().IsMatch(name))
        {
            return SectionKind.Background;
        }

        return Conclusion().IsMatch(name) ? SectionKind.Conclusion : SectionKind.Other;
    }

    // Leading numbering ("1.", "II.", "A)") and a leading "The".
    [GeneratedRegex(@"^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+)?(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Normalize();

    [GeneratedRegex(@"^(?:parties(?:\s+involved)?|involved\s+parties|key\s+parties|parties\s+to\s+the\s+(?:dispute|contract|agreement|matter)|who\s+is\s+involved|who[’']?s\s+who|who\s+is\s+who|cast(?:\s+of\s+characters)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Parties();

    [GeneratedRegex(@"^(?:(?:factual\s+|case\s+|relevant\s+|procedural\s+)?background(?:\s+facts)?|facts|statement\s+of\s+facts|summary\s+of\s+facts|relevant\s+facts|context|overview|history|procedural\s+history|summary|facts\s+as\s+alleged)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Background();

    [GeneratedRegex(@"^(?:(?:key|main|principal|core|disputed)\s+)?(?:issues|disputes|points)(?:\s+(?:of\s+contention|in\s+dispute|of\s+dispute|raised))?$|^points\s+of\s+contention$|^(?:areas|matters)\s+in\s+dispute$|^claims\s+and\s+defen[cs]es$|^questions\s+presented$|^grounds(?:\s+(?:of|for)\s+(?:the\s+)?(?:dispute|claim|complaint|appeal))?$|^heads\s+of\s+claim$|^(?:disputed|contested)\s+(?:matters|points)$|^key\s+points\s+of\s+contention$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyIssues();

    [GeneratedRegex(@"^(?:conclusions?|(?:current|present)\s+status|status(?:\s+and\s+next\s+steps)?|outcome|next\s+steps|resolution|where\s+things\s+stand|procedural\s+posture|summary\s+and\s+next\s+steps)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conclusion();
}
