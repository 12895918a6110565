using System.Text.RegularExpressions;

namespace Docket.Intake.Recognizers;

/// <summary>Names what an amount is for from the nearest telling words in its sentence ("valued at" is the
/// contract value, "damages" are damages). Falls back to "amount".</summary>
internal static partial class Purpose
{
    private static readonly (string Label, Regex Cue)[] Labels =
    [
        ("contract value", ContractValue()),
        ("liability cap", Cap()),
        ("settlement", Settlement()),
        ("fine", Fine()),
        ("lost revenue", Revenue()),
        ("damages", Damages()),
        ("fees", Fees()),
        ("costs", Costs()),
        ("compensation", Compensation()),
    ];

    public static string Of(string text, int start, int end)
    {
        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, end);
        var best = "amount";
        var bestDistance = int.MaxValue;
        foreach (var (label, cue) in Labels)
        {
            foreach (var m in cue.EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var at = from + m.Index;
                var distance = at < start ? start - (at + m.Length) : at - end;
                // Words before the amount bind more tightly than words after it ("valued at $2M to bolster …").
                distance = at < start ? distance : distance + 8;
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (label, distance);
                }
            }
        }

        return best;
    }

    private static int SentenceStart(string text, int index)
    {
        var limit = Math.Max(0, index - 300);
        for (var i = index - 1; i > limit; i--)
        {
            if (text[i] is '.' or '\n' or ';' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 200);
        for (var i = index; i < limit; i++)
        {
            if (text[i] is '.' or '\n' or ';' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return limit;
    }

    [GeneratedRegex(@"\b(?:valued\s+at|worth|contract\s+(?:value|price|sum)|value\s+of|total\s+value|contract\s+(?:for|of)|(?:agreement|contract|engagement|deal)\s+(?:valued|worth)|fixed\s+(?:fee|price)\s+of|priced\s+at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractValue();

    [GeneratedRegex(@"\b(?:cap|capped|limitation\s+of\s+liability|liability\s+(?:is\s+)?limited|limited\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cap();

    [GeneratedRegex(@"\bsettle(?:ment|d)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Settlement();

    [GeneratedRegex(@"\b(?:fine[sd]?|penalt(?:y|ies)|assessments?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fine();

    [GeneratedRegex(@"\b(?:lost\s+(?:revenue|profits?|sales|business)|revenue|loss\s+of\s+(?:revenue|profits?|business))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Revenue();

    [GeneratedRegex(@"\b(?:damages|losses|loss)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Damages();

    [GeneratedRegex(@"\b(?:fees?|invoices?|invoiced|payments?|paid|retainer|instal(?:l)?ments?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fees();

    [GeneratedRegex(@"\b(?:costs?|expenses?|spent|remediation|credit\s+monitoring)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Costs();

    [GeneratedRegex(@"\b(?:compensation|refund|reimburse(?:ment)?|indemnif(?:y|ication))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compensation();
}
