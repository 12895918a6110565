using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads where the dispute stands, from the Conclusion section when there is one and from the whole text
/// otherwise. Only a stage that has been reached counts: "considering arbitration" and "potential litigation"
/// are contemplated, and a dispute with no formal step taken is in negotiation.
/// </summary>
internal static partial class StatusReader
{
    public static CaseStatus? Read(IntakeDocument document, SegmentIndex segments)
    {
        var text = document.Source.Text;
        var conclusion = segments.All.Where(s => s.Section == SectionKind.Conclusion).ToList();
        var pool = conclusion.Count > 0 ? conclusion : [.. segments.All];
        (DisputeStage Stage, TextSegment Segment)? best = null;
        TextSegment? contemplated = null;
        foreach (var segment in pool)
        {
            var sentence = text[segment.Start..segment.End];
            foreach (var (stage, regex) in Stages)
            {
                var m = regex.Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                if (IsContemplated(sentence, m.Index) || stage == DisputeStage.Unknown)
                {
                    contemplated ??= segment;
                    continue;
                }

                // A later stage outranks an earlier one; among equals the later sentence is the current one.
                if (best is null || stage >= best.Value.Stage)
                {
                    best = (stage, segment);
                }

                break;
            }
        }

        if (best is { } found)
        {
            return new CaseStatus(found.Stage, IssueReader.Clean(text[found.Segment.Start..found.Segment.End]), document.Source.Span(found.Segment.Start, found.Segment.End));
        }

        if (contemplated is { } c)
        {
            return new CaseStatus(DisputeStage.Negotiation, IssueReader.Clean(text[c.Start..c.End]), document.Source.Span(c.Start, c.End));
        }

        return null;
    }

    // A stage named after "considering", "potential", "could", "if" … in the same clause is only contemplated.
    private static bool IsContemplated(string sentence, int at)
    {
        var clauseStart = Math.Max(sentence.LastIndexOf(',', Math.Max(0, at - 1)), sentence.LastIndexOf(';', Math.Max(0, at - 1))) + 1;
        var clauseEnd = sentence.IndexOfAny([',', ';'], at);
        var window = sentence[Math.Max(clauseStart, at - 60)..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
        return Contemplation().IsMatch(window);
    }

    private static readonly (DisputeStage Stage, Regex Cue)[] Stages =
    [
        (DisputeStage.Decided, Decided()),
        (DisputeStage.Settled, Settled()),
        (DisputeStage.Arbitration, Arbitration()),
        (DisputeStage.Litigation, Litigation()),
        (DisputeStage.Mediation, Mediation()),
        (DisputeStage.Negotiation, Negotiation()),
        (DisputeStage.Unknown, Proceedings()),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:consider\w*|contemplat\w*|potential(?:ly)?|possibl[ey]|could|(?-i:may)|might|would|if\b|unless|threaten\w*|prepar\w*\s+for|weigh\w*|ultimately|likely|risk\s+of|intend\w*\s+to|plan\w*\s+to|may\s+seek|next\s+step|reserv\w*\s+the\s+right|rather\s+than|avoid)", Options)]
    private static partial Regex Contemplation();

    [GeneratedRegex(@"\b(?:(?:tribunal|arbitrator|panel|court|judge)\s+(?:\w+\s+){0,3}(?:awarded|ruled|held|found\s+(?:for|in\s+favou?r)|entered\s+judgment|issued\s+(?:a|its)\s+(?:final\s+)?(?:award|decision|judgment))|final\s+award|(?:arbitrator|tribunal|court)\s+(?:finds|found|held|holds|ruled|rules|awarded|awards|dismissed)|judgment\s+was\s+entered|(?:issued|rendered)\s+(?:a|its)\s+final\s+award)\b", Options)]
    private static partial Regex Decided();

    [GeneratedRegex(@"\b(?:settled|reached\s+(?:a\s+)?settlement|settlement\s+agreement\s+(?:was\s+)?(?:signed|executed|reached)|signed\s+a\s+settlement|agreed\s+to\s+settle)\b", Options)]
    private static partial Regex Settled();

    [GeneratedRegex(@"\b(?:(?:commenced|initiated|filed|began|started|served)\s+(?:\w+\s+){0,3}arbitration|arbitration\s+(?:demand|claim|notice)\s+(?:was\s+|has\s+been\s+)?(?:filed|served|lodged)|filed\s+(?:a|an)\s+(?:demand|notice)\s+(?:for|of)\s+arbitration|arbitration\s+(?:is|was)\s+(?:pending|underway|ongoing|scheduled)|(?:in|are\s+in)\s+arbitration|arbitral\s+tribunal\s+(?:was\s+)?(?:constituted|appointed))\b", Options)]
    private static partial Regex Arbitration();

    [GeneratedRegex(@"\b(?:filed\s+(?:a\s+|an\s+)?(?:suit|lawsuit|complaint|claim|action)|sued|brought\s+(?:this|an|a)\s+(?:action|suit|claim)|litigation\s+(?:is\s+)?(?:pending|ongoing|underway)|(?:plaintiff|plaintiffs)\s+(?:filed|alleges|brings|brought|claims)|motion\s+to\s+dismiss|the\s+court\s+(?:denies|grants|finds|recites)|pending\s+(?:before|in)\s+the\s+(?:\w+\s+){0,4}court|in\s+litigation)\b", Options)]
    private static partial Regex Litigation();

    [GeneratedRegex(@"\b(?:mediation\s+(?:is|was|has\s+been)\s+(?:scheduled|underway|ongoing|set|held|convened|under\s+way)|(?:entered|agreed\s+to|are\s+in|referred\s+to|attended|began|started)\s+(?:\w+\s+){0,2}mediation|appointed\s+(?:a\s+)?mediator|mediator\s+(?:was\s+|has\s+been\s+)?appointed|before\s+(?:a|the)\s+mediator|mediation\s+session)\b", Options)]
    private static partial Regex Mediation();

    // Proceedings named without a stage cue: they count only as contemplated ("ultimately litigation if no agreement").
    [GeneratedRegex(@"\b(?:litigation|arbitration|mediation|lawsuit|legal\s+action|court\s+action|proceedings)\b", Options)]
    private static partial Regex Proceedings();

    [GeneratedRegex(@"\b(?:negotiat\w*|talks|discussions|settlement\s+discussions|stalemate|stalled|impasse|without\s+prejudice|exchang\w+\s+(?:letters|proposals|offers))\b", Options)]
    private static partial Regex Negotiation();
}
