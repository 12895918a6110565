using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;

namespace Docket.Core.Delay;

/// <summary>
/// The delay picture of a case that has only a narrative (methods.md A13): the contractual deadline, whether the
/// record says it was missed, what each party says caused the delay (the sentences of its accounts that speak of
/// delay, access, complexity or reporting), and exactly which dates would decide the question, from the duties that
/// bear on the timetable (the client's access, documentation, approvals and recommended measures; the vendor's
/// progress reports) and from the causes stated.
/// </summary>
public static partial class NarrativeDelayReader
{
    /// <summary>Reads <paramref name="file"/>.</summary>
    public static NarrativeDelayReport Read(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var deadlineEvent = file.Events.FirstOrDefault(e => e.Kind == "deadline" && TimetableWord().IsMatch(e.Summary));
        var deadline = file.ContractDeadline ?? deadlineEvent?.Date;
        var vendor = file.Parties.FirstOrDefault(p => p.Role == PartyRole.Vendor);
        var client = file.Parties.FirstOrDefault(p => p.Role == PartyRole.Client);

        // Missed or met: the deadline's own sentence first, then every account and event.
        var texts = file.Events.Where(e => e.Kind == "deadline").Select(e => e.Summary)
            .Concat(file.Issues.SelectMany(i => i.Positions.Select(p => p.Quote)))
            .Concat(file.Events.Select(e => e.Summary))
            .Concat(file.Obligations.Select(o => o.StatusText).OfType<string>());
        bool? missed = null;
        string? missedQuote = null;
        foreach (var sentence in texts.SelectMany(Sentences))
        {
            if (MissedCue().IsMatch(sentence) && TimetableWord().IsMatch(sentence))
            {
                (missed, missedQuote) = (true, sentence);
                break;
            }

            if (missed is null && MetCue().IsMatch(sentence) && TimetableWord().IsMatch(sentence))
            {
                (missed, missedQuote) = (false, sentence);
            }
        }

        var causes = ImmutableArray.CreateBuilder<StatedCause>();
        foreach (var issue in file.Issues)
        {
            foreach (var position in issue.Positions.Where(p => p.PartyId is not null))
            {
                foreach (var sentence in Sentences(position.Quote).Where(s => CauseWord().IsMatch(s)))
                {
                    if (!causes.Any(c => c.PartyId == position.PartyId && c.Quote == sentence))
                    {
                        causes.Add(new StatedCause(position.PartyId!, issue.Number, sentence, position.Span));
                    }
                }
            }
        }

        return new NarrativeDelayReport(deadline?.Text, deadline?.Latest, missed, missedQuote, causes.ToImmutable(), DecidingDates(file, deadline, vendor, client, causes));
    }

    private static ImmutableArray<DecidingDate> DecidingDates(CaseFile file, CaseFileDate? deadline, CaseFileParty? vendor, CaseFileParty? client, IEnumerable<StatedCause> causes)
    {
        var v = vendor?.Name ?? "the vendor";
        var c = client?.Name ?? "the client";
        var dates = ImmutableArray.CreateBuilder<DecidingDate>();
        if (deadline is null)
        {
            dates.Add(new DecidingDate("By when was the work due under the contract?", "Whether there was any delay at all, and from when it runs.", null));
        }
        else if (deadline.Precision != "day")
        {
            dates.Add(new DecidingDate($"On which day exactly was completion due (the contract says \"{deadline.Text}\")?", "From which day delay runs, and so the number of days of delay.", "contract deadline"));
        }

        dates.Add(new DecidingDate("When was the work actually completed, or is it still open?", "The total delay to be explained.", null));
        foreach (var o in file.Obligations.Where(o => o.ObligorId == client?.Id))
        {
            var question = o.Topic switch
            {
                ObligationTopic.AccessProvision => $"When did {v} ask {c} for access ({Short(o.Text)}), by when was it due, and on which dates was it given?",
                ObligationTopic.Documentation => $"When did {v} ask {c} for the documentation ({Short(o.Text)}), by when was it due, and when was it provided?",
                ObligationTopic.Approvals => $"When did {v} ask {c} for the approval or sign-off ({Short(o.Text)}), and when was it given?",
                ObligationTopic.SecurityPractices => $"Which measures did {v} recommend to {c}, when, and when (if ever) were they followed?",
                _ => null,
            };
            if (question is not null)
            {
                dates.Add(new DecidingDate(question, $"Whether {c}'s own duty held up the work (client delay excuses {v} and may give it time and money), and for how many days.", o.Id));
            }
        }

        foreach (var o in file.Obligations.Where(o => o.ObligorId == vendor?.Id && o.Topic == ObligationTopic.ProgressReporting))
        {
            dates.Add(new DecidingDate($"When was each progress report due from {v}, and when was each sent, with what it said about the delay?", $"Whether {c} was told of the delay and its causes in time, and whether {v} gave the notice that relief for delay may require.", o.Id));
        }

        var all = string.Join(" ", causes.Select(x => x.Quote));
        if (Unforeseen().IsMatch(all))
        {
            dates.Add(new DecidingDate($"When did {v} first learn of the difficulty it blames (\"{Unforeseen().Match(all).Value}\"), and when did it tell {c}?", "Whether the difficulty was foreseeable at the contract date (a supplier risk) and whether notice was given.", null));
        }

        dates.Add(new DecidingDate($"When, if ever, did {v} give notice of delay or ask for more time, and what was the answer?", "Whether an extension was claimed and granted, which moves the date from which delay damages run.", null));
        return dates.ToImmutable();
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static IEnumerable<string> Sentences(string text) => SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.;!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:missed|not\s+met|was\s+not\s+(?:completed|met|achieved)|slipp\w*|overdue|behind\s+schedule|delayed\s+(?:implementation|completion|delivery|go-live)|late\s+(?:completion|delivery)|past\s+the\s+deadline|failed\s+to\s+meet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissedCue();

    [GeneratedRegex(@"\b(?:completed\s+on\s+time|on\s+schedule|met\s+the\s+deadline|delivered\s+on\s+time|ahead\s+of\s+schedule)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetCue();

    [GeneratedRegex(@"\b(?:deadline|timeline|schedule|milestones?|completion|go-live|implementation|delivery|project)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimetableWord();

    [GeneratedRegex(@"\b(?:delay\w*|late|deadline|timeline|schedule|slipp\w*|missed|access|complexit\w*|legacy|postpon\w*|wait\w*|progress\s+reports?|status\s+(?:reports?|updates)|communicat\w*|blame\w*|held\s+up|hold\s+up|project\s+management)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CauseWord();

    [GeneratedRegex(@"\b(?:unexpected\s+complexit\w*|unforeseen\s+\w+|legacy\s+(?:software|systems?|infrastructure)|integration\s+(?:issues|problems|difficulties))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unforeseen();
}
