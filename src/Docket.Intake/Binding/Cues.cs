using System.Text.RegularExpressions;

namespace Docket.Intake.Binding;

/// <summary>The cue words that attribute a statement to a party and tell its stance.</summary>
/// <remarks>
/// Claim-marked verbs raise a complaint (alleged, accuses, demands, seeks, attributes); defence-marked verbs answer
/// one (countered, retorted, denies, disputes, rejects). Neutral verbs (argues, claims, contends, maintains,
/// insists, states) take the stance of the party's side in the case. Finding verbs (discovered, revealed, found,
/// reported) attribute an audit's or report's findings to the party that relies on them.
/// </remarks>
internal static partial class Cues
{
    [GeneratedRegex(@"\b(?:alleg(?:e|es|ed|ing)|counterclaim(?:s|ed|ing)?|counter-claim(?:s|ed|ing)?|accus(?:e|es|ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|complain(?:s|ed|ing)?|attribut(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|hold(?:s|ing)?\s+\w+\s+responsible|held\s+\w+\s+responsible|interpret(?:s|ed|ing)?|faults?|faulted|is\s+concerned|was\s+concerned|are\s+concerned|concerned\s+about|terminat(?:e|es|ed|ing)|notif(?:y|ies|ied)\s+\w+\s+of\s+(?:breach|default)|served\s+(?:a\s+)?notice|sued|filed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClaimVerb();

    [GeneratedRegex(@"\b(?:counter(?:s|ed|ing)?|retort(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied)|answer(?:s|ed|ing)?|den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|defend(?:s|ed|ing)?|deflect(?:s|ed|ing)?|push(?:es|ed)?\s+back|contest(?:s|ed|ing)?|line\s+of\s+defen[cs]e|defen[cs]e\s+is)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DefenseVerb();

    [GeneratedRegex(@"\b(?:argu(?:e|es|ed|ing)|claim(?:s|ed|ing)?|contend(?:s|ed|ing)?|assert(?:s|ed|ing)?|maintain(?:s|ed|ing)?|insist(?:s|ed|ing)?|stated|states\s+that|stating|add(?:s|ed)\s+that|went\s+on\s+to\s+say|say(?:s|ing)?|said|believ(?:e|es|ed)|blam(?:e|es|ed|ing)|point(?:s|ed)?\s+out|not(?:e|es|ed)\s+that|suggest(?:s|ed)?|emphasi[sz](?:e|es|ed)|explain(?:s|ed)?|acknowledg(?:e|es|ed)|admit(?:s|ted)?|conced(?:e|es|ed)|position\s+is|view\s+is|takes\s+the\s+position|responds?|wrote|writes|told|raised|warn(?:s|ed)?|communicat(?:e|es|ed)|inform(?:s|ed)?|notif(?:y|ies|ied)|objects?|objected|reli(?:es|ed)\s+on|relying\s+on|accept(?:s|ed)\s+that)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NeutralVerb();

    [GeneratedRegex(@"\b(?:discover(?:s|ed|ing)?|reveal(?:s|ed|ing)?|found|find(?:s|ing)?|reported|reporting\s+that|reports\s+that|indicat(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|determin(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|show(?:s|ed|ing)?|received\s+a\s+report|audit(?:ed)?\s+(?:found|showed|revealed))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FindingVerb();

    /// <summary>A pronoun or role noun at the start of a clause that refers back to the last speaker.</summary>
    [GeneratedRegex(@"^\W*(?:(?:however|in\s+contrast|conversely|moreover|additionally|further(?:more)?|also|and|but|meanwhile|similarly|likewise)\s*,?\s*)*(?<pro>they|it|he|she|the\s+company|the\s+firm)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LeadingPronoun();

    /// <summary>Where one sentence holds two positions: "…, whereas TechSecure argues …", "…; TechSecure, however, …".</summary>
    [GeneratedRegex(@";\s+|,\s+(?:whereas|while|but)\s+|\s+whereas\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClauseBreak();
}
