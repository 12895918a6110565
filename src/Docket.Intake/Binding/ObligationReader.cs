using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Dates;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Reads obligations in two passes. Requirement sentences ("The contract stipulated …, including A, B and C",
/// "X would provide …", "X had agreed to employ AES-256") give one obligation per listed item. Status clauses
/// ("was only partially deployed", "were not operational", "instead used a less secure method") then set the
/// status of the obligation on the same topic, or add it: as stated when the text reports it as fact or a
/// finding, and as disputed when it is only one party's allegation.
/// </summary>
internal static partial class ObligationReader
{
    private static readonly SearchValues<string> RoleNouns =
        SearchValues.Create(["client", "customer", "vendor", "contractor", "provider", "supplier", "consultant"], StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<Obligation> Read(
        IntakeDocument document,
        SegmentIndex segments,
        PartyIndex index,
        PartyIndex speakers,
        List<Voice> voices,
        IReadOnlyList<Party> parties,
        IReadOnlyList<StandardMention> standards,
        IReadOnlyList<DateMention> dates,
        IReadOnlyList<KeyIssue> issues)
    {
        var text = document.Source.Text;
        var vendor = parties.FirstOrDefault(p => p.Role == PartyRole.Vendor)?.Id;
        var client = parties.FirstOrDefault(p => p.Role == PartyRole.Client)?.Id;
        var drafts = new List<Draft>();
        var sentences = segments.All;

        // One linear-time pass of each gate over the whole text; only the sentences a cue matches in are read further.
        // The items of the Parties section describe the parties; they state no obligations (a paragraph after them may).
        var requiring = RequiringGate.Hits(segments, text);
        var items = document.Sections.SelectMany(s => s.Blocks).OfType<ListItem>().Select(i => new Item(i.Span.Start, i.Span.End, i.Indent)).ToList();
        var partyBlocks = document.Find(SectionKind.Parties) is { } partiesSection ? PartyFinder.PartyBlocks(partiesSection) : [];
        var reporting = ReportingGate.Hits(segments, text);

        // The topics each sentence names, found once: its items, clauses and cues are searched for these alone.
        var sentenceNames = new int[sentences.Count];
        Array.Fill(sentenceNames, -1);
        var touchedTopics = Topics.Touched(segments, text);
        int Named(int k) => sentenceNames[k] >= 0 ? sentenceNames[k] : sentenceNames[k] = Topics.Named(text[sentences[k].Start..sentences[k].End], touchedTopics[k]);

        for (var n = 0; n < sentences.Count; n++)
        {
            if (requiring[n] == 0 || Describes(partyBlocks, sentences[n]))
            {
                continue;
            }

            var sentence = sentences[n];
            var body = text[sentence.Start..sentence.End];
            var cue = Duty(body);
            if (!cue.Success)
            {
                continue;
            }

            // "to (a) keep …; (b) encrypt all data, including backups, …": a list opened inside one of semicolon-separated
            // items is that item's own.
            var list = ListStart().Match(body, cue.Index);
            if (list.Success && body.IndexOf(';', cue.Index) is var semicolon and >= 0 && semicolon < list.Index)
            {
                list = Match.Empty;
            }

            var subject = Subject(text, index, sentence.Start, sentence.Start + cue.Index, sentence.Start + cue.Index + cue.Length, sentence.End);
            var bound = Bound(text, index, cue.Value, sentence.Start, sentence.Start + cue.Index, sentence.Start + cue.Index + cue.Length);
            Require(n, list.Success ? list.Index + list.Length : 0, list.Success, subject, bound);

            // "the Agreement obliged Quillon:" followed by the items "(a) to watch …", "(b) to enforce …": each item is a
            // requirement of its own, binding the same party.
            if (body.TrimEnd().EndsWith(':'))
            {
                var lead = items.FindLast(i => i.Start <= sentence.Start && sentence.Start < i.End);
                for (var k = n + 1; k < sentences.Count; k++)
                {
                    var item = items.FindLast(i => i.Start <= sentences[k].Start && sentences[k].Start < i.End);
                    if (item is null || item == lead || (lead is not null && item.Indent <= lead.Indent))
                    {
                        break;
                    }

                    Require(k, 0, true, subject, bound);
                }
            }
        }

        void Require(int k, int from, bool listed, string? subject, string? bound)
        {
            var (sentenceStart, sentenceEnd) = (sentences[k].Start, sentences[k].End);
            var body = text[sentenceStart..sentenceEnd];
            Draft? previous = null;
            foreach (var (chunkStart, chunkEnd) in Chunks(body, from))
            {
                var chunk = body[chunkStart..chunkEnd];
                // "follow the hardening guide – which, among other things, says every account must use MFA": a relative
                // clause describes the item before it, and a purpose ("so that the assessor could issue a Report on
                // Compliance") gives its reason; either is part of its text, and no item of its own.
                if (chunkStart > 0 && (RelativeLead().IsMatch(body.AsSpan(Math.Max(0, chunkStart - 30), Math.Min(30, chunkStart) + Math.Min(6, chunk.Length))) || PurposeLead().IsMatch(chunk)))
                {
                    if (previous is not null)
                    {
                        previous.End = Math.Max(previous.End, sentenceStart + chunkEnd);
                    }

                    continue;
                }

                // An item's topic is its head, the first it names: "enforce MFA on every account with administrative access to
                // the platform" is about MFA, not about access to the platform.
                var topic = HeadTopic(chunk, Topics.Find(chunk, Named(k)));
                if (topic == default)
                {
                    continue;
                }

                // A party that undertakes or is required to do something owes it ("Ashgrove, for its part, undertook to keep
                // MFA enabled"). Otherwise the client's duties (access, documentation, approvals, payment) are the client's
                // and the rest are the named party's; a client named beside security work is usually its beneficiary.
                // "Pennant was to deliver reports, and Hollis undertook to provide diagrams": an item with a cue of its own
                // binds whom that cue binds.
                var own = chunkStart > 0 ? Duty(chunk) : Match.Empty;
                var ownBound = own.Success ? Bound(text, index, own.Value, sentenceStart + chunkStart, sentenceStart + chunkStart + own.Index, sentenceStart + chunkStart + own.Index + own.Length) : null;
                var obligor = ownBound ?? bound ?? (Topics.IsClientDuty(topic.Topic) ? client : (subject is not null && subject != client ? subject : vendor));
                var start = sentenceStart + chunkStart;
                var end = sentenceStart + chunkEnd;
                var draft = Find(drafts, obligor, topic.Topic);
                if (draft is null)
                {
                    draft = new Draft(obligor, topic.Topic, start, end) { Required = true };
                    drafts.Add(draft);
                }

                previous = draft;
                draft.Standards.UnionWith(StandardsWithin(standards, sentenceStart + (listed ? chunkStart : 0), end));
                draft.Due ??= dates.FirstOrDefault(d => d.Span.Start >= sentenceStart && d.Span.End <= sentenceEnd && d.Date.Qualifier == DateQualifier.By);
            }
        }

        // Who says a thing may be a person who speaks for a party ("Ruiz said", "Mr van Wyk accepted").
        var reader = new ClauseReader(text, speakers, parties);
        var headings = Headings(document, text, sentences);
        // The topics of a sentence, found once: its cues and those of the sentences after it may each ask for them.
        var sentenceTopics = new List<(ObligationTopic Topic, int At, int Length)>?[sentences.Count];
        List<(ObligationTopic Topic, int At, int Length)> SentenceTopics(int k) => sentenceTopics[k] ??= Judged(text[sentences[k].Start..sentences[k].End], Named(k));
        var findings = new List<(string? Owner, int Start, int End)>();
        var caughtUp = 0;
        var voice = -1;
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            if (reporting[n] == 0 || Describes(partyBlocks, sentence))
            {
                continue;
            }

            // A new message of a thread (or a quoted passage) has its own speakers.
            var sentenceVoice = voices.FindIndex(v => v.Start <= sentence.Start && sentence.Start < v.End);
            if (sentenceVoice != voice)
            {
                reader.Reset();
                voice = sentenceVoice;
            }

            var sentenceText = text[sentence.Start..sentence.End];

            // "They argue …", "She added …", and a statement that carries on its speaker's: who speaks depends on the
            // sentences since the last one read, so those that name a party or a person speaking for one (or a role)
            // are read first, for their speakers only.
            for (var k = Cues.LeadingPronoun().IsMatch(sentenceText) ? caughtUp : n; k < n; k++)
            {
                var skipped = sentences[k];
                if (reporting[k] == 0 && !Describes(partyBlocks, skipped)
                    && (speakers.Within(skipped.Start, skipped.End).Any() || text.AsSpan(skipped.Start, skipped.End - skipped.Start).IndexOfAny(RoleNouns) >= 0))
                {
                    foreach (var _ in reader.Read(skipped.Start, skipped.End))
                    {
                    }
                }
            }

            caughtUp = n + 1;
            foreach (var clause in reader.Read(sentence.Start, sentence.End))
            {
                var clauseText = text[clause.Start..clause.End];
                var (_, verbAt) = ClauseReader.FirstCue(clauseText);
                var spoken = clause.SpeakerId is not null && !clause.Continues;
                // "Northvault admits that Lakehead has paid every invoice": what a party concedes is common ground, not its
                // allegation. "Northvault denies … that only 4 of the 6 sessions took place": the failure after a denial is
                // the other side's account, which the speaker contests.
                var conceded = spoken && Concession().IsMatch(clauseText, verbAt);
                var denied = spoken && !conceded && Denial().IsMatch(clauseText, verbAt);
                var allegation = spoken && !conceded && clause.Cue is CueKind.Claim or CueKind.Neutral or CueKind.Defense;
                var afterVerb = clause.SpeakerId is not null && !clause.Continues ? clause.Start + verbAt : clause.Start;
                // "I find that the encryption obligation was performed only in part": a conclusion on the whole duty
                // outweighs the details stated of it ("the scan due in September was never run").
                var conclusion = !allegation && Concluding().IsMatch(clauseText);
                List<(ObligationTopic Topic, int At, int Length)>? clauseTopics = null;
                List<(int Start, int End)>? breaks = null;
                // The clause a clause cites, looked up once however many cues it holds.
                (bool Done, ObligationTopic? Topic) cited = default;
                ObligationTopic? Cited() => cited.Done ? cited.Topic : (cited = (true, CitedTopic(text, clauseText, drafts))).Topic;
                foreach (var (status, cueAt, cueLength) in StatusCues(clauseText, reporting[n]))
                {
                    var cueOffset = clause.Start + cueAt;
                    breaks ??= [.. PhraseBreak().Matches(clauseText).Select(m => (m.Index, m.Index + m.Length))];
                    var phrase = Phrase(breaks, clauseText.Length, cueAt, cueLength);
                    var before = clauseText.AsSpan(Math.Max(0, cueAt - 200), Math.Min(200, cueAt));
                    if (Conditional().IsMatch(before) || Label().IsMatch(before))
                    {
                        // "if onboarding is not substantially complete by August": a condition, not a finding; "41 controls
                        // rated 'not implemented'": a finding's label, not a delivery.
                        continue;
                    }

                    clauseTopics ??= Judged(clauseText, Named(n));
                    // "unencrypted", "without MFA", "unpatched": the cue names its own topic.
                    // What is held back is a payment, when the clause names one ("Invoice 8 has been withheld pending the breach notice").
                    var topic = Topics.Find(clauseText.Substring(cueAt, cueLength), Named(n)).Select(t => (ObligationTopic?)t.Topic).FirstOrDefault()
                        ?? (status == ObligationStatus.Disputed && clauseTopics.Any(t => t.Topic == ObligationTopic.Payment) ? ObligationTopic.Payment : (ObligationTopic?)null)
                        ?? Cited()
                        ?? CountedTopic(clauseText, clauseTopics, cueAt, cueLength, phrase.To)
                        ?? FollowingTopic(clauseText, clauseTopics, cueAt, cueLength)
                        ?? PhraseTopic(clauseTopics, cueAt, phrase)
                        ?? NearestTopic(SentenceTopics(n), cueOffset - sentence.Start)
                        ?? (status == ObligationStatus.Disputed ? FailureBefore(drafts, sentences, n) : null)
                        ?? SubjectOwed(text, clauseText, drafts, cueAt)
                        ?? EarlierInBlock(SentenceTopics, sentences, n)
                        ?? CountedOwed(text, clauseText, drafts, cueAt, cueLength)
                        ?? QuotedAbove(SentenceTopics, sentences, n, voices)
                        ?? IssueTopic(issues, cueOffset)
                        ?? HeadingTopic(headings, cueOffset);
                    topic = OwedElsewhere(text, clauseText, drafts, topic, clauseTopics);
                    if (topic is null)
                    {
                        // "The breach was a result of vulnerabilities in the security measures implemented by X": a
                        // finding against X's safeguards in general, which bears on X's duty to keep the data secure.
                        if (status == ObligationStatus.Unmet && !allegation && Safeguards().IsMatch(clauseText))
                        {
                            var owner = index.Within(cueOffset, clause.End).FirstOrDefault().PartyId
                                ?? LastMentionBetween(index, afterVerb, cueOffset).PartyId ?? vendor;
                            findings.Add((owner, clause.Start, clause.End));
                        }

                        continue;
                    }

                    // A cue that is the clause's own verb ("RetailGiant notified customers") is about its speaker, and so is a
                    // possessive after it ("delayed their compliance") unless a party is the cue's subject ("Tamsett has
                    // stopped paying its invoices"; not "TechSecure's late updates delayed their compliance").
                    // Otherwise it is the party named last before the cue, unless that party owes nothing on the topic and one
                    // other party does: "every report the auditor issued reached Prairie Crest on time" is about the
                    // report its obligor owed, not about the party it reached.
                    var named = LastMentionBetween(index, afterVerb, cueOffset);
                    var namedSubject = named.PartyId is not null && !OwnerMark().IsMatch(text, named.End);
                    // A clause that only carries on its speaker ("Not one workshop was held.") names its own subject: the speaker is
                    // who it is about only when the speaker owes something on the topic.
                    var ownVerb = cueOffset == afterVerb && (!clause.Continues || Find(drafts, clause.SpeakerId, topic.Value) is not null);
                    var obligor = (clause.SpeakerId is not null && (ownVerb || (!namedSubject && Possessive().IsMatch(clauseText, cueAt + cueLength))) ? clause.SpeakerId : null)
                        ?? OnlyObligor(drafts, named.PartyId, topic.Value)
                        ?? (Topics.IsClientDuty(topic.Value) ? client : vendor);
                    var draft = Find(drafts, obligor, topic.Value);
                    if (draft is null)
                    {
                        draft = new Draft(obligor, topic.Value, clause.Start, clause.End);
                        drafts.Add(draft);
                    }

                    // A party's allegation about the other side's duty is contested; what it says of its own is an admission,
                    // or, when it says it delivered, a claim that contests any account of failure by someone else.
                    var deniedFailure = denied && cueAt > verbAt && status is ObligationStatus.Partial or ObligationStatus.Unmet;
                    // What the other side says was delivered is conceded, not alleged ("Every monthly report was delivered – Jacarandá has said so").
                    var alleged = (allegation && clause.SpeakerId != obligor && status != ObligationStatus.Met) || deniedFailure;
                    // What no one is said to say is the writer's own account, in a letter or a message of a thread.
                    var own = !deniedFailure && (clause.SpeakerId ?? WriterAt(voices, cueOffset)) is { } teller && teller == obligor;
                    if (deniedFailure && clause.SpeakerId == obligor)
                    {
                        draft.Claim ??= (clause.Start + verbAt, clause.End);
                    }

                    var phraseEnd = Math.Min(clause.End, StatusPhraseEnd(text, cueOffset + cueLength, clause.End));
                    if (own && status == ObligationStatus.Met)
                    {
                        draft.Claim ??= (cueOffset, phraseEnd);
                    }
                    else if (alleged && status is ObligationStatus.Partial or ObligationStatus.Unmet)
                    {
                        draft.Allegation ??= (cueOffset, phraseEnd);
                    }

                    if (own && status is ObligationStatus.Partial or ObligationStatus.Unmet)
                    {
                        draft.Admitted = true;
                    }

                    if (!alleged && !conclusion && status == ObligationStatus.Disputed && Contested().IsMatch(clauseText.AsSpan(cueAt, cueLength)))
                    {
                        draft.Contested ??= (cueOffset, phraseEnd);
                        continue;
                    }

                    if (!alleged && !conclusion)
                    {
                        draft.Delivered |= status == ObligationStatus.Met;
                        draft.Failed |= status is ObligationStatus.Unmet or ObligationStatus.Disputed;
                    }

                    var stated = alleged ? ObligationStatus.Disputed : status;
                    var worse = draft.Status == ObligationStatus.Met && !alleged && stated is ObligationStatus.Partial or ObligationStatus.Unmet;
                    if (conclusion && !draft.Concluded)
                    {
                        (draft.Status, draft.Concluded) = (ObligationStatus.Unknown, true);
                    }

                    if (draft.Concluded && !conclusion)
                    {
                        continue;
                    }

                    if (draft.Status == ObligationStatus.Unknown || (draft.Status == ObligationStatus.Disputed && draft.Alleged && !alleged) || worse)
                    {
                        draft.Status = stated;
                        draft.Alleged = alleged;
                        draft.StatusStart = cueOffset;
                        draft.StatusEnd = phraseEnd;
                    }
                }
            }
        }

        // "The February patch cycle was not run … the following cycle was applied to all 22 servers", "Invoice 7 was paid …
        // Invoice 8 has been withheld": some of it was delivered and some not, so it was delivered in part.
        foreach (var draft in drafts.Where(d => d.Delivered && d.Failed && !d.Concluded && !d.Alleged
            && d.Status is ObligationStatus.Met or ObligationStatus.Unmet or ObligationStatus.Disputed))
        {
            draft.Status = ObligationStatus.Partial;
        }

        // "Not yet resolved": the record says the parties contest it, whatever else it says of it.
        foreach (var draft in drafts.Where(d => d.Contested is not null && !d.Concluded && !d.Admitted))
        {
            (draft.Status, draft.StatusStart, draft.StatusEnd) = (ObligationStatus.Disputed, draft.Contested!.Value.Start, draft.Contested.Value.End);
        }

        // "Quillon says it applied the fix … it was running the unpatched firmware": the obligor says it delivered and the
        // record says otherwise, or the other side alleges it did not; unless the obligor admits a failure, delivery itself
        // is contested. The status words are the account of failure.
        foreach (var draft in drafts.Where(d => d.Claim is not null && !d.Admitted && !d.Concluded))
        {
            if (draft.Status is ObligationStatus.Partial or ObligationStatus.Unmet)
            {
                draft.Status = ObligationStatus.Disputed;
            }
            else if (draft.Status == ObligationStatus.Met && draft.Allegation is { } allegation)
            {
                (draft.Status, draft.StatusStart, draft.StatusEnd) = (ObligationStatus.Disputed, allegation.Start, allegation.End);
            }
        }

        // Findings against a party's safeguards settle its data-security duties that the text states no more of.
        foreach (var (owner, start, end) in findings)
        {
            foreach (var draft in drafts.Where(d => d.Obligor == owner && d.Topic is ObligationTopic.SecureStorage or ObligationTopic.DataProtection
                && (d.Status == ObligationStatus.Unknown || d.Alleged)))
            {
                draft.Status = ObligationStatus.Unmet;
                draft.Alleged = false;
                draft.StatusStart = start;
                draft.StatusEnd = end;
            }
        }

        return [.. drafts
            .OrderBy(d => d.Start)
            .Select((d, i) => new Obligation(
                "O" + (i + 1),
                d.Obligor,
                d.Topic,
                text[d.Start..d.End],
                [.. d.Standards.OrderBy(s => s, StringComparer.Ordinal)],
                d.Due,
                d.Status,
                d.Status == ObligationStatus.Unknown ? null : document.Source.Span(d.StatusStart, d.StatusEnd),
                document.Source.Span(d.Start, d.End)))];
    }

    private static string? WriterAt(IReadOnlyList<Voice> voices, int offset) =>
        voices.FirstOrDefault(v => v.Start <= offset && offset < v.End).Writer is { } w ? "P" + (w + 1) : null;

    private static string? OnlyObligor(List<Draft> drafts, string? named, ObligationTopic topic)
    {
        if (named is not null && Find(drafts, named, topic) is not null)
        {
            return named;
        }

        var owing = drafts.Where(d => d.Topic == topic).Select(d => d.Obligor).Distinct().ToList();
        return owing is [var only] ? only : named;
    }

    // Data protection is the topic when no narrower one applies: a party's secure-storage duty is the narrower one.
    private static Draft? Find(List<Draft> drafts, string? obligor, ObligationTopic topic) =>
        drafts.FirstOrDefault(d => d.Obligor == obligor && d.Topic == topic)
        ?? (topic == ObligationTopic.DataProtection ? drafts.FirstOrDefault(d => d.Obligor == obligor && d.Topic == ObligationTopic.SecureStorage) : null);

    private static IEnumerable<string> StandardsWithin(IReadOnlyList<StandardMention> standards, int start, int end) =>
        standards.Where(s => s.Mentions.Any(m => m.Start >= start && m.End <= end)).Select(s => s.Name);

    // An item's topic is the first it names, unless that one only qualifies a noun that names another: "send us a backup
    // health report every month", "run two restore-drill workshops". An item's own verb ("encrypt customer backups") is
    // its head whatever follows.
    private static (ObligationTopic Topic, int At, int Length) HeadTopic(string chunk, IEnumerable<(ObligationTopic Topic, int At, int Length)> found)
    {
        var topics = found.OrderBy(t => t.At).ToList();
        if (topics.Count == 0)
        {
            return default;
        }

        var head = topics[0];
        if (ItemVerb().Match(chunk) is { Success: true } verb && head.At < verb.Index + verb.Length)
        {
            return head;
        }

        foreach (var next in topics.Skip(1))
        {
            var end = head.At + head.Length;
            if (next.At < end || !Qualifier().IsMatch(chunk.AsSpan(end, next.At - end)))
            {
                break;
            }

            head = next;
        }

        return head;
    }

    // The party a requirement binds for certain: the one required or obliged ("required Cirrane to", "obliged Quillon:"), or
    // the one that undertakes, agrees or was to do it ("Ashgrove, for its part, undertook to keep MFA enabled"), named as
    // the subject (not "Thistlebank's contract required …").
    private static string? Bound(string text, PartyIndex index, string cue, int sentenceStart, int cueStart, int cueEnd)
    {
        if (Obliging().IsMatch(cue))
        {
            var next = index.Within(cueEnd, Math.Min(text.Length, cueEnd + 40)).FirstOrDefault();
            return next.PartyId is not null && string.IsNullOrWhiteSpace(text[cueEnd..next.Start]) ? next.PartyId : null;
        }

        // "Jacarandá’s side:", "Pellmore’s side of the bargain", "Orchid Shield’s deliverables": what is the party's own.
        if (Share().IsMatch(cue))
        {
            var owner = index.Within(sentenceStart, cueStart).LastOrDefault();
            return owner.PartyId is not null && Possessor().IsMatch(text.AsSpan(owner.End, cueStart - owner.End)) ? owner.PartyId : null;
        }

        if (!Undertaking().IsMatch(cue))
        {
            return null;
        }

        var before = index.Within(sentenceStart, cueStart).LastOrDefault();
        return before.PartyId is not null && !OwnerMark().IsMatch(text, before.End) ? before.PartyId : null;
    }

    // Who a requirement binds: the party it names right after its cue ("required Cirrane to encrypt", "obliged Quillon:"),
    // else the last one named before the cue ("Northwind, for its part, agreed to give Halberd credentials").
    private static string? Subject(string text, PartyIndex index, int sentenceStart, int cueStart, int cueEnd, int sentenceEnd)
    {
        var next = index.Within(cueEnd, Math.Min(sentenceEnd, cueEnd + 40)).FirstOrDefault();
        if (next.PartyId is not null && string.IsNullOrWhiteSpace(text[cueEnd..next.Start]))
        {
            return next.PartyId;
        }

        return index.Within(sentenceStart, cueStart).LastOrDefault(m => !OwnerMark().IsMatch(text, m.End)).PartyId;
    }

    private static PartyMention LastMentionBetween(PartyIndex index, int start, int end) =>
        end <= start ? default : index.Within(start, end).LastOrDefault();

    // The topics a status can be about: an audit or assessment that found the failure ("an internal audit by X revealed
    // that …") is the instrument of the finding, not what failed.
    private static List<(ObligationTopic Topic, int At, int Length)> Judged(string text, int named = Topics.Any) =>
        [.. Topics.Find(text, named).Where(t => !Instrument().IsMatch(text, t.At + t.Length))];

    // "14 of the 52 snapshot volumes in the backup tier were written without any encryption": a count is the subject; what
    // was or was not done to the things counted is said at the end of its phrase.
    private static ObligationTopic? CountedTopic(string clause, List<(ObligationTopic Topic, int At, int Length)> topics, int cueAt, int cueLength, int to)
    {
        if (!Fraction().IsMatch(clause.AsSpan(cueAt, cueLength)))
        {
            return null;
        }

        var last = topics.Where(t => t.At >= cueAt + cueLength && t.At + t.Length <= to).OrderBy(t => t.At).LastOrDefault();
        return last == default ? null : last.Topic;
    }

    // "the SOC 2 promise was only half-kept", "Only 22 of our 23 console administrator accounts were enrolled in MFA": a
    // topic no obligation is about, named in the words of exactly one obligation ("a copy of its SOC 2 Type II report
    // every year", "follow the hardening guide …, which says every administrator account must use MFA"), is about that one.
    private static ObligationTopic? OwedElsewhere(string text, string clause, List<Draft> drafts, ObligationTopic? topic, List<(ObligationTopic Topic, int At, int Length)> named)
    {
        if (topic is not { } t || drafts.Any(d => d.Topic == t) || named.FirstOrDefault(f => f.Topic == t) is not { Length: > 0 } found)
        {
            return topic;
        }

        return OnlyOwing(text, drafts, clause.Substring(found.At, found.Length)) ?? topic;
    }

    // The topic of the one obligation whose words hold these, when one and only one does.
    private static ObligationTopic? OnlyOwing(string text, List<Draft> drafts, string words) =>
        drafts.Where(d => d.Required && Contains(text.AsSpan(d.Start, d.End - d.Start), words)).Select(d => d.Topic).Distinct().ToList() is [var only] ? only : null;

    private static bool Contains(ReadOnlySpan<char> owed, string word)
    {
        var at = owed.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(owed[at - 1])) && (at + word.Length == owed.Length || !char.IsLetterOrDigit(owed[at + word.Length]));
    }

    // "our client accepts that clause 5.3 was complied with": a clause cited is about the obligation that cites it, when
    // one and only one does ("clause 5.3 provides that the Supplier shall enforce phishing-resistant MFA").
    private static ObligationTopic? CitedTopic(string text, string clause, List<Draft> drafts)
    {
        if (Citation().Match(clause) is not { Success: true } cited)
        {
            return null;
        }

        var reference = string.Join(' ', cited.Value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return OnlyOwing(text, drafts, reference);
    }

    // "The workshops went ahead at all fourteen clinics": a clause whose subject names what one party owes ("to run a
    // phishing-awareness workshop at each clinic") is about that duty, though it names no topic of its own.
    private static ObligationTopic? SubjectOwed(string text, string clause, List<Draft> drafts, int cueAt)
    {
        // The subject and its verb are the few words before the cue.
        if (cueAt > 80 || SubjectNoun().Match(clause, 0, cueAt) is not { Success: true } m)
        {
            return null;
        }

        return OnlyOwing(text, drafts, m.Groups["noun"].Value);
    }

    // "only 4 of the 6 sessions took place": what is counted names the duty when one obligation, and only one, owes that
    // thing ("to deliver 6 phishing-awareness sessions").
    private static ObligationTopic? CountedOwed(string text, string clause, List<Draft> drafts, int cueAt, int cueLength)
    {
        var fraction = Fraction().Match(clause, cueAt, cueLength);
        if (!fraction.Success || CountedNoun().Match(clause, fraction.Index + fraction.Length) is not { Success: true } noun)
        {
            return null;
        }

        return OnlyOwing(text, drafts, noun.Groups["noun"].Value);
    }

    // A status cue speaks of the topic in its own phrase ("found that 11 of the 64 components still relied on 3DES, that MFA
    // was not enforced …": each "that" phrase has its own); a phrase with none carries on the one before it ("access arrived
    // in August, ten weeks after we asked"), and failing that the one after it.
    private static ObligationTopic? PhraseTopic(List<(ObligationTopic Topic, int At, int Length)> topics, int cueAt, (int From, int To) phrase)
    {
        if (topics.Count == 0)
        {
            return null;
        }

        var (from, to) = phrase;
        var inside = topics.Where(t => t.At >= from && t.At + t.Length <= to).ToList();
        if (inside.Count > 0)
        {
            return NearestTopic(inside, cueAt);
        }

        var before = topics.Where(t => t.At + t.Length <= from).OrderByDescending(t => t.At).FirstOrDefault();
        return before != default ? before.Topic : NearestTopic(topics, cueAt);
    }

    // The phrase around a cue: from the last phrase break before it to the first after it (breaks in order, found once a clause).
    private static (int From, int To) Phrase(List<(int Start, int End)> breaks, int length, int cueAt, int cueLength)
    {
        int lo = 0, hi = breaks.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (breaks[mid].End <= cueAt)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var from = lo > 0 ? breaks[lo - 1].End : 0;
        while (lo < breaks.Count && breaks[lo].Start < cueAt + cueLength)
        {
            lo++;
        }

        return (from, lo < breaks.Count ? breaks[lo].Start : length);
    }

    private static ObligationTopic? NearestTopic(List<(ObligationTopic Topic, int At, int Length)> topics, int at)
    {
        ObligationTopic? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (topic, start, length) in topics)
        {
            var distance = start > at ? start - at : Math.Max(0, at - (start + length));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (topic, distance);
            }
        }

        return best;
    }

    // A cue that takes an object ("delayed their compliance with breach notification laws", "inadequate training",
    // "missed the reporting deadline") is about the topic that follows it within a few words; "compliance with X" is
    // about X when X is a topic of its own.
    private static ObligationTopic? FollowingTopic(string clause, List<(ObligationTopic Topic, int At, int Length)> topics, int cueAt, int cueLength)
    {
        if (!TakesObject().IsMatch(clause.AsSpan(cueAt, cueLength)))
        {
            return null;
        }

        var after = cueAt + cueLength;
        var next = topics.Where(t => t.At >= after && WordsBetween(clause, after, t.At) <= 3).OrderBy(t => t.At).FirstOrDefault();
        if (next == default)
        {
            return null;
        }

        if (next.Topic == ObligationTopic.Compliance)
        {
            var end = next.At + next.Length;
            var named = topics.Where(t => t.At >= end && t.Topic != ObligationTopic.Compliance && WordsBetween(clause, end, t.At) <= 1).OrderBy(t => t.At).FirstOrDefault();
            if (named != default)
            {
                return named.Topic;
            }
        }

        return next.Topic;
    }

    private static int WordsBetween(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    // "Schedule 4 required UIS to run awareness sessions. The simulation ran in May. Only 2 of the 4 sessions have taken
    // place.", "8. Multi-factor authentication. Onboarding was signed off five weeks late.": a sentence that names no topic
    // carries on its paragraph's, the head of the first sentence that names one.
    // "Your Letter asserts that 9 of the 41 components were not forwarding events. That is denied.": a denial that names
    // nothing answers the failure stated (or alleged) just before it.
    private static ObligationTopic? FailureBefore(List<Draft> drafts, IReadOnlyList<TextSegment> sentences, int n) =>
        n == 0 ? null : drafts.LastOrDefault(d => (d.Status is ObligationStatus.Partial or ObligationStatus.Unmet || d.Alleged)
            && sentences[n - 1].Start <= d.StatusStart && d.StatusStart < sentences[n - 1].End)?.Topic;

    private static ObligationTopic? EarlierInBlock(Func<int, List<(ObligationTopic Topic, int At, int Length)>> judged, IReadOnlyList<TextSegment> sentences, int n)
    {
        var first = n;
        while (first > 0 && sentences[first - 1].Block == sentences[n].Block)
        {
            first--;
        }

        for (var k = first; k < n; k++)
        {
            if (judged(k) is { Count: > 0 } topics)
            {
                return topics.MinBy(t => t.At).Topic;
            }
        }

        return null;
    }

    // "> Fortnightly status reports dried up." / "CD: Every report was published on its due date.": an answer written
    // under a line it quotes is about the quoted line's topic.
    private static ObligationTopic? QuotedAbove(Func<int, List<(ObligationTopic Topic, int At, int Length)>> judged, IReadOnlyList<TextSegment> sentences, int n, IReadOnlyList<Voice> voices)
    {
        var k = n - 1;
        while (k >= 0 && sentences[k].Block == sentences[n].Block)
        {
            k--;
        }

        if (k < 0 || !voices.Any(v => v.Quoted && v.Start <= sentences[k].Start && sentences[k].Start < v.End))
        {
            return null;
        }

        return judged(k).Select(t => (ObligationTopic?)t.Topic).FirstOrDefault();
    }

    // Minutes and reports put each matter under a heading ("6. Security awareness training", or a paragraph's run-in
    // "Multi-factor authentication."): a sentence under it that names no topic is about the heading's.
    private static List<(int Start, ObligationTopic? Topic)> Headings(IntakeDocument document, string text, IReadOnlyList<TextSegment> sentences) =>
        [.. document.Sections
            .SelectMany(s => s.Blocks.OfType<Heading>().Prepend(s.Heading))
            .OfType<Heading>()
            .Select(h => (Start: h.Span.Start, h.Text))
            .Concat(sentences
                .Where((t, k) => (k == 0 || sentences[k - 1].Block != t.Block) && RunInHeading().IsMatch(text.AsSpan(t.Start, t.End - t.Start)))
                .Select(t => (t.Start, Text: text[t.Start..t.End])))
            .OrderBy(h => h.Start)
            .Select(h => (h.Start, Judged(h.Text).Select(t => (ObligationTopic?)t.Topic).FirstOrDefault()))];

    private static ObligationTopic? HeadingTopic(List<(int Start, ObligationTopic? Topic)> headings, int offset)
    {
        var last = headings.FindLastIndex(h => h.Start < offset);
        return last < 0 ? null : headings[last].Topic;
    }

    private static ObligationTopic? IssueTopic(IReadOnlyList<KeyIssue> issues, int offset)
    {
        var issue = issues.FirstOrDefault(i => i.Span.Start <= offset && offset < i.Span.End);
        return issue is null ? null : Topics.Find(issue.Title).Select(t => (ObligationTopic?)t.Topic).FirstOrDefault();
    }

    // Every status cue of a clause, in order; where cues overlap ("did not grant … until" and "did not") the first listed
    // wins. "212 of 540" is partial, "540 of 540" met, "0 of 540" unmet.
    private static List<(ObligationStatus Status, int At, int Length)> StatusCues(string clause, long hits)
    {
        var cues = new List<(ObligationStatus Status, int At, int Length)>();
        foreach (var m in ReportingGate.Matches(Fraction(), clause, hits))
        {
            // "Every one of the 180 days of logs": all of them.
            if (Number(m.Groups["part"].Value) is { } part && Number(m.Groups["whole"].Value) is { } whole && part <= whole && whole > 1
                && !Every().IsMatch(clause.AsSpan(Math.Max(0, m.Groups["part"].Index - 12), Math.Min(12, m.Groups["part"].Index))))
            {
                // "11 of the 64 components still relied on 3DES" counts the failures, not the deliveries.
                var failures = CountsFailures().IsMatch(clause, m.Index + m.Length);
                // A count of failures short of the whole is a partial delivery too: the rest was delivered.
                cues.Add((part == whole ? (failures ? ObligationStatus.Unmet : ObligationStatus.Met) : part == 0 ? (failures ? ObligationStatus.Met : ObligationStatus.Unmet)
                    : ObligationStatus.Partial, m.Index, m.Length));
            }
        }

        foreach (var (status, regex) in (ReadOnlySpan<(ObligationStatus, Regex)>)[(ObligationStatus.Met, NoFailure()), (ObligationStatus.Met, Paid()), (ObligationStatus.Disputed, Withheld()), (ObligationStatus.Disputed, Contested()), (ObligationStatus.Partial, Partial()), (ObligationStatus.Partial, PartDone()), (ObligationStatus.Unmet, Unmet()), (ObligationStatus.Unmet, NotDone()), (ObligationStatus.Met, Met()), (ObligationStatus.Met, Performed())])
        {
            foreach (var m in ReportingGate.Matches(regex, clause, hits))
            {
                if (!cues.Any(c => c.At < m.Index + m.Length && m.Index < c.At + c.Length)
                    && !(status == ObligationStatus.Met && Negated().IsMatch(clause.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index)))))
                {
                    cues.Add((status, m.Index, m.Length));
                }
            }
        }

        // "MFA was not enforced for 37 administrator accounts", "logs from nine payment gateways were not reaching the
        // SIEM": a failure counted over some of the things in scope leaves the others delivered, so it is partial.
        // The count must sit in the cue's own phrase, between the commas around it.
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Status != ObligationStatus.Unmet)
            {
                continue;
            }

            var from = clause.LastIndexOfAny([',', ';', ':'], Math.Max(0, cues[i].At - 1)) + 1;
            var to = clause.IndexOfAny([',', ';', '.'], cues[i].At + cues[i].Length);
            var phrase = clause[from..(to < 0 ? clause.Length : to)];
            if (Subset().IsMatch(phrase) && !Whole().IsMatch(phrase))
            {
                cues[i] = (ObligationStatus.Partial, cues[i].At, cues[i].Length);
            }
        }

        cues.Sort((a, b) => a.At.CompareTo(b.At));
        return cues;
    }

    // Where a sentence or clause starts, in a whole text as in one clause: what follows opens it ("That is denied.").
    private const string SentenceStart = @"(?<=(?:^|[.!?:;]|\n)[\s*_>""“(\[–—-]*)";

    // The participles of delivery that "No report was …" negates.
    private const string DeliveredVerbs = @"(?:issued|produced|delivered|provided|held|run|conducted|performed|sent|submitted|received|made|carried\s+out|completed|implemented|deployed|given|granted|paid|shared|supplied|done|arranged|installed|applied|enabled|tested|filed|written|prepared|circulated|kept|retained|enforced|configured|set\s+up|rolled\s+out)\b";

    private const string NumberWords = "none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    private static readonly string[] Words = NumberWords.Split('|');

    // "1,180", "1 140", "two": the number a count is written as.
    private static long? Number(string written)
    {
        var word = Array.FindIndex(Words, w => w.Equals(written, StringComparison.OrdinalIgnoreCase));
        if (word >= 0)
        {
            return Math.Max(0, word - 1);
        }

        return long.TryParse(new string([.. written.Where(char.IsAsciiDigit)]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // The words that show a status run from the cue to the end of its phrase ("only partially deployed").
    private static int StatusPhraseEnd(string text, int from, int limit)
    {
        var end = from;
        var words = 0;
        while (end < limit && words < 6)
        {
            if (text[end] is ',' or ';' or '.' or '\n' or '\r')
            {
                break;
            }

            if (text[end] == ' ')
            {
                words++;
            }

            end++;
        }

        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static IEnumerable<(int Start, int End)> Chunks(string body, int from)
    {
        // Items separated by semicolons ("to collect …; to mask A and B …; and to indemnify …") hold commas and "and" of their own.
        var breaks = body.IndexOf(';', from) >= 0 ? SemicolonBreak() : ChunkBreak();
        var start = from;
        foreach (Match split in breaks.Matches(body, from))
        {
            if (split.Index > start)
            {
                yield return Trim(body, start, split.Index);
            }

            start = split.Index + split.Length;
        }

        if (start < body.Length)
        {
            yield return Trim(body, start, body.Length);
        }
    }

    private static (int, int) Trim(string body, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(body[start]) || body[start] is '*' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is '.' or '*' or ','))
        {
            end--;
        }

        return (start, end);
    }

    private static bool Describes(List<Block> partyBlocks, TextSegment sentence) =>
        partyBlocks.Any(b => b.Span.Start <= sentence.Start && sentence.Start < b.Span.End);

    private sealed record Item(int Start, int End, int Indent);

    private sealed class Draft(string? obligor, ObligationTopic topic, int start, int end)
    {
        public string? Obligor { get; } = obligor;

        public ObligationTopic Topic { get; } = topic;

        public int Start { get; } = start;

        public int End { get; set; } = end;

        /// <summary>Whether a requirement states it (its text is the promise), not only a report of its delivery.</summary>
        public bool Required { get; init; }

        public SortedSet<string> Standards { get; } = new(StringComparer.Ordinal);

        public DateMention? Due { get; set; }

        public ObligationStatus Status { get; set; }

        /// <summary>True when the status is only one party's allegation about the other's duty.</summary>
        public bool Alleged { get; set; }

        /// <summary>Where the obligor says it delivered.</summary>
        public (int Start, int End)? Claim { get; set; }

        /// <summary>Where another party alleges it did not.</summary>
        public (int Start, int End)? Allegation { get; set; }

        /// <summary>True when the obligor itself says it fell short.</summary>
        public bool Admitted { get; set; }

        /// <summary>True when the record states that some of it was delivered.</summary>
        public bool Delivered { get; set; }

        /// <summary>True when the record states that some of it was not, or was held back.</summary>
        public bool Failed { get; set; }

        /// <summary>Where the record says the parties contest it.</summary>
        public (int Start, int End)? Contested { get; set; }

        /// <summary>True when a conclusion on the whole duty gave the status.</summary>
        public bool Concluded { get; set; }

        public int StatusStart { get; set; }

        public int StatusEnd { get; set; }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly CueGate RequiringGate = new(Requirement());

    // The first words that state a duty, past any that only refer to one ("encrypted with AES-256 as the contract
    // specifies" is a delivery measured against a duty, not a new one).
    private static Match Duty(string text)
    {
        var cue = Requirement().Match(text);
        while (cue.Success && AsReferred().IsMatch(text.AsSpan(Math.Max(0, cue.Index - 60), Math.Min(60, cue.Index))))
        {
            cue = cue.NextMatch();
        }

        return cue;
    }

    [GeneratedRegex(@"\bas\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:\w+\s+){0,2}$", Options)]
    private static partial Regex AsReferred();

    private static readonly CueGate ReportingGate = new(Partial(), PartDone(), Unmet(), NotDone(), Met(), Performed(), Paid(), Withheld(), Contested(), Fraction(), NoFailure());

    [GeneratedRegex(@"\b(?:stipulat\w*|requir(?:e|es|ed|ing|ement|ements)|specif(?:y|ies|ied)|agreed\s+to|(?:was|were)\s+(?:also\s+|then\s+|first\s+|further\s+)?(?:supposed\s+|meant\s+)?to\s+(?:\(\w{1,3}\)\s+)?\w+|(?:had|has)\s+(?:them|us|you|him|her)\s+\w+|(?:had|have|has)\s+to\s+(?!be\b)\w+|would\s+(?:provide|deliver|conduct|implement|deploy|perform|supply|host|employ|maintain|ensure|notify|give|grant|pay|train|audit|monitor|manage|encrypt|secure|protect)|oblig(?:ed|es|e|ing|at\w*)|agreed(?=,?\s+(?:among(?:st)?\s+other\s+things|inter\s+alia|in\s+particular),?\s*:)|agreed(?=\s*:)|(?:side|part)\s+of\s+the\s+bargain|responsible\s+for|must|shall|includes?\s+(?:specific\s+)?clauses?|clauses?\s+(?:related|relating)\s+to|undert(?:ook|akes?)|committed\s+to|committed(?=\s+(?:the\s+)?\p{Lu})|promised|duty\s+to|called\s+for|mandat\w*|aimed\s+to|duties|took\s+on|(?:scope|deliverables|responsibilities|side|commitments|undertakings)(?=(?:\s+(?:under|in)\s+[\w\s.]{1,25}?)?(?:\s+(?:were|are|was|is|included?|comprised?))?,?(?:\s+(?:in\s+short|in\s+summary|in\s+brief|briefly|as\s+follows),?)?\s*:)|to\s+(?:deliver|provide|supply|perform|do)(?=\s*:)|tak(?:e|es|ing)\s+on|represented\s+that|warrant(?:ed|s)\s+that|guarantee(?:d|s)|with\s+a\s+focus\s+on)\b", Options)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"^(?:undert\w+|agreed\s+to|committed\s+to|promised|to\s+(?:deliver|provide|supply|perform|do)|(?:was|were)\s+(?:\w+\s+)?to\s+\w+|(?:had|have|has)\s+to\s+\w+)$", Options)]
    private static partial Regex Undertaking();

    [GeneratedRegex(@"^(?:oblig\w+|requir\w+|committed)$", Options)]
    private static partial Regex Obliging();

    [GeneratedRegex(@"^(?:(?:side|part)(?:\s+of\s+the\s+bargain)?|duties|responsibilities|deliverables|commitments|undertakings)$", Options)]
    private static partial Regex Share();

    [GeneratedRegex(@"^\W*(?:to\s+)?[\p{L}-]+")]
    private static partial Regex ItemVerb();

    // One or two words between two topics, none of them a preposition, article or quantifier.
    [GeneratedRegex(@"^[-\s]*(?:(?!(?:to|of|for|on|in|at|with|by|from|every|each|all|any|the|a|an|and|or|its|their|our|your|his|her|per|within|into|under|is|are|was|were|be)\b)[\p{L}\d]+[-\s]+){1,2}$", Options)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^['’]s?\s+(?:own\s+)?$", Options)]
    private static partial Regex Possessor();

    // A list follows ("including A, B and C"); "vendor accounts included." ends a sentence and starts none.
    [GeneratedRegex(@"(?:\b(?:including|includes|included|such\s+as|with\s+a\s+focus\s+on|namely|related\s+to)\b|:)(?=[\s*_(\[\-–—]*\w)", Options)]
    private static partial Regex ListStart();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+(?=(?:\w+\s+){0,3}\w)|\s+as\s+well\s+as\s+", Options)]
    private static partial Regex ChunkBreak();

    [GeneratedRegex(@";\s*(?:and\s+|or\s+)?", Options)]
    private static partial Regex SemicolonBreak();

    [GeneratedRegex(@"\b(?:partial\w*|not\s+(?:(?:\w+\s+){0,2}until|(?:substantially\s+|fully\s+)?complete\b|fully)|(?:did\s+not|didn't|was\s+not|were\s+not|wasn't|weren't)\s+(?:\w+\s+){0,3}until|only\s+(?:[A-Z]{3}\s?|[$€£¥₹]\s?)[\d.,]+(?:\s+(?:million|thousand|m|k|bn))?\s+of\b|only\s+(?:approved|granted|given|delivered|provided|completed|started|began|signed|sent|released|arrived|received|paid|two|one|three|four|five|a\s+few|some|\d+|partially)|out\s+of\s+date|(?:simply\s+)?stopped(?!\s+pay)|(?:only\s+)?in\s+part(?:\s+only)?|partly|half[-\s](?:kept|done|finished|delivered|honou?red|implemented)|only\s+half|dried\s+up|ceased|petered\s+out|tailed\s+off|postponed|deferred|slipped|overran|fell\s+behind|incomplete\w*|some\s+but\s+not\s+all|late|delayed|behind\s+schedule|lacked\s+necessary\s+detail|minimal\s+participation|insufficient|inadequate\w*|overdue|belated\w*|sat\s+on\s+(?:it|them|the\s+\w+)\s+for|(?:granted|given|provided|delivered|received|approved|signed|sent|paid|completed|released|arrived|supplied|handed\s+over)\s+only\s+(?:on|in|after|at|when|once|in\s+late|weeks|months|days)|(?:days|weeks|months|a\s+fortnight|a\s+month|a\s+week)\s+(?:late|behind|after\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?(?:(?:[\w.]+\s+){0,3}?(?:date|deadline)|plan\w*|agreed|due|contractual|scheduled|target|we|it|they|I|kick-?off))|after\s+the\s+(?:agreed|planned|contractual|scheduled|target|due)\s+(?:date|deadline)|later\s+than\s+(?:agreed|planned|promised|required|scheduled|the\s+(?:contract|plan|deadline|agreed))|missed\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:deadline|date|milestone|target))\b", Options)]
    private static partial Regex Partial();

    [GeneratedRegex(@"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:operational|implemented|deployed|delivered|provided|enabled|encrypted|configured|completed|conducted|performed|functional|in\s+place|met|fulfilled|adhered|followed|started|begun|live|granted|given|signed|approved|paid|sent|returned|received|forwarding|forwarded|reviewed|tested|patched|enrolled|activated|switched\s+on|turned\s+on|produced|supplied|shared|handed\s+over|updated)|non-?operational|never\s+\w+ed|failed\s+to|failure\s+(?:by\s+[\w’']+(?:\s+[\w’']+)?\s+)?to|(?:did\s+not|didn't)(?!\s+(?:defeat|affect|cause|contribute|play|explain|reduce|know|realis|realiz|notice|matter|dispute|accept|agree|say|suggest|mean|occur|happen|exist|appear|intend|want|think|believe|expect|consider|need|respond\s+to\s+a\s+request|comment|challeng|contest|question|object|deny|argue|claim|seek|press)\w*)|instead\s+used|less\s+secure|breached|(?:was|were|is|are)\s+in\s+breach\s+of|stopped\s+pay\w*|(?:left|remain\w*|still|stays?|stayed)\s+unpaid|there\s+(?:is|was|are|were)\s+(?:still\s+)?no\b|weaker\s+(?:\w+\s+)?(?:configuration|algorithm|method|cipher|encryption|keys?|standard|protocol)|(?:does|do|did)\s+not\s+(?:conform|comply|meet|satisfy|match|include|cover|work)|non-?conform\w*|(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:encrypted|protected)\s+(?:only\s+)?(?:with|using|under|by)\s+(?:AES-?128|3DES|DES|RC4|TLS\s*1\.[01])\b|missed|lacked|absent|disabled|unencrypted|unfixed|unremediated|fell\s+short|(?:was|were|had|has|have)\s+(?:still\s+|yet\s+)?not(?!\s+(?:suggested|said|claimed|argued|alleged|disputed|denied|explained|indicated|asserted|contended|accepted|admitted|conceded|stated|told|been\s+(?:told|informed|asked|able\s+to\s+(?:say|confirm))|looked\s+(?:at|into)|commented|formed\s+a\s+view))|not\s+(?:a\s+single|one)\b|neither\s+(?:\w+\s+){0,3}?(?:took\s+place|happened|occurred|(?:was|were)\s+(?:held|run|delivered|done|completed|carried\s+out))|never\s+(?:went|got|came|happened|took\s+place|arrived|materiali[sz]ed|began|started)|neglected|overrid\w*|ignor(?:ed|ing|es)|disregard(?:ed|ing|s)|without\s+(?:any\s+|the\s+)?(?:encryption|MFA|multi-factor\s+authentication|logging|authentication|backups?|patch\w*)|exempt(?:ed)?\s+from|in\s+(?:plain|clear)\s*text|declined|refused|never\s+(?:been\s+|be\s+)?\w+(?:ed|en)\b|(?:chose|decided|opted|elected)\s+not\s+to|never\s+(?:\w+\s+)?(?:received|saw|got|told|delivered|provided|produced|supplied|sent|held|ran|run|conducted|carried\s+out|implemented|deployed|enabled|enforced|completed)|bypass\w*|none\s+of|no\s+longer|still\s+(?:waiting|awaiting|outstanding|missing|pending)|(?:result\w*|stemm\w*)\s+(?:of|from)\s+(?:\w+\s+){0,2}(?:vulnerabilit\w+|weakness\w*|flaws?|deficienc\w+|misconfigur\w+)|(?:caused|made\s+possible)\s+by\s+(?:\w+\s+){0,2}(?:vulnerabilit\w+|weakness\w*|flaws?|deficienc\w+|misconfigur\w+))\b", Options)]
    private static partial Regex Unmet();

    [GeneratedRegex(@"\b(?:met\s+(?:this|that|the|its|their|each|every|all)\s+(?:\w+\s+)?(?:requirements?|obligations?|duty|duties|standard|commitment|undertaking)|fully\s+(?:implemented|deployed|delivered|operational|compliant)|successfully\s+\w+ed|was\s+completed|were\s+completed|was\s+delivered|were\s+delivered|passed\s+(?:the|its|an)|achieved\s+(?:certification|compliance)|works\s+as\s+specified|(?:has|have)\s+been\s+(?:live|in\s+place|running|operational)\s+since|went\s+live|paid\s+in\s+full|on\s+time|on\s+schedule|closed\s+out|(?:is|are)\s+(?:now\s+)?(?:active|live|complete|operational|in\s+place)\b|" + SentenceStart + @"complete[d.!]|on\s+(?:its|their|the)\s+due\s+dates?|passed\s+without|without\s+(?:a\s+single|any)\s+(?:finding|exception|issue|defect)s?|(?:was|were)\s+(?:very\s+|genuinely\s+|really\s+)?(?:good|excellent|effective|thorough|satisfactory)\b|(?:had|has|have)\s+(?:all\s+)?completed|no\s+exceptions|(?:found|confirmed|verified|certified)\s+(?:\w+\s+){0,3}?(?:complete|compliant|operational|effective|in\s+place|working|correct\w*)|as\s+(?:planned|scheduled|agreed|required|promised|specified|contracted)|in\s+full|without\s+(?:a\s+(?:single\s+)?)?(?:gaps?|breaks?|misses|interruptions?|exceptions?)\b|(?:arrived|came|went\s+out|were\s+(?:sent|issued|delivered))\s+(?:on\s+time\s+)?(?:every|each)\s+(?:month|week|quarter|fortnight)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:duly\s+|fully\s+)?complied\s+with|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:duly\s+)?(?:delivered|completed|deployed|implemented|installed|enabled|enforced|provided|carried\s+out|conducted|held|rolled\s+out|issued|submitted|signed\s+off|approved|paid|granted|given|supplied|produced|performed|switched\s+on|put\s+in\s+place|in\s+place|kept|maintained|retained|honou?red|observed|followed|fulfilled|met|settled)|(?:delivered|completed|deployed|implemented|enforced|provided|conducted|held|ran|rolled\s+out|issued|submitted|approved|paid|granted|supplied|produced|performed|applied|installed|fixed|patched|published|sent|tested)\s+(?:the|all|every|each|its|our|their|both|that(?!\s+(?:\w+\s+){0,3}(?:was|were|is|are|had|has|did|never|not)\b)|those|these|it|them)\b)\b", Options)]
    private static partial Regex Met();

    // Part delivery said another way: "paid EUR 480,000 of the fees", "No report was produced after June", "outside the
    // five-day window", "handed over tenant access only on 30 October". Apart from Partial, whose automaton grows with it.
    [GeneratedRegex(@"\b(?:paid\s+(?:only\s+)?(?:[A-Z]{3}\s?|[$€£¥₹]\s?)[\d.,]+(?:\s+(?:million|thousand|m|k|bn))?\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:\w+\s+)?(?:fees?|invoices?|amounts?|price|contract\s+(?:price|sum|value))\b|the\s+(?:remainder|rest|others)\s+(?:were|was|had|remained)\s+(?:still|not|never|left)\b|\bno\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:ever\s+|then\s+)?" + DeliveredVerbs + @"\s+(?:after|since|beyond|from)\b|outside\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:window|deadline|time\s*frame|timeline|SLA)\b|only\s+(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|left\s+(?:[\w-]+\s+){1,4}?out\s+(?:altogether|entirely|completely))\b", Options)]
    private static partial Regex PartDone();

    // Failure said another way: "No clean Report on Compliance was issued", "a 30-day setting rather than the twelve
    // months Schedule 1 called for". Apart from Unmet, whose automaton would grow too large.
    [GeneratedRegex(@"\b(?:(?:with|had|has|have)\s+no\s+(?:second\s+factor|MFA|multi-factor|encryption|logging|backups?|monitoring)|in\s+breach\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:guides?|guidelines|guidance|policy|policies|procedures|protocols)|rather\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:called\s+for|required|specified|promised|agreed|contracted|stipulated|mandated)|instead\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:required|agreed|contracted|specified|promised)|\bno\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:ever\s+|yet\s+|then\s+)?" + DeliveredVerbs + @")\b", Options)]
    private static partial Regex NotDone();

    // Delivery said another way: "the workshops went ahead", "was moved to AES-256", "encrypted as the contract specifies",
    // "rated the logging build as in place". Apart from Met, whose automaton would grow too large. The words before
    // "specifies" are matched greedily: the source generator's code for the lazy form read past the end of " as the x y ".
    [GeneratedRegex(@"\b(?:went\s+ahead|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:duly\s+|fully\s+|all\s+)?(?:enrolled|activated|onboarded|migrated|patched|trained|configured|restored|remediated|fixed|resolved|upgraded|replaced|rotated|tested)\b|(?:sessions?|workshops?|courses?|drills?|trainings?|audits?|tests?|scans?|exercises?)\s+(?:all\s+)?(?:duly\s+)?took\s+place|(?:moved|migrated|upgraded|switched|converted|re-?encrypted)\s+(?:over\s+)?to\s+(?:AES|TLS|SHA-?[23]|RSA|ECC|MFA)|as\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:\w+\s+){0,2}(?:specifies|specified|requires|required|stipulates|stipulated|demands|called\s+for|calls\s+for)|(?:was|were)\s+(?:all\s+)?(?:still\s+)?(?:present|intact)(?=\s*[,.;]|\s+and\b)|(?:records?|recorded|shows?|showed|confirms?|confirmed|lists?|listed|reports?|reported|rated|rates|assessed|marked|classed|classified|graded)\s+(?:[\w.’']+\s+){1,6}?as\s+(?:enforced|implemented|in\s+place|compliant|operational|deployed|enabled|complete|met|satisfied))\b", Options)]
    private static partial Regex Performed();

    // "settled the withheld invoice": a payment made, even of what was held back.
    [GeneratedRegex(@"\b(?:settled|paid|cleared|discharged)\s+(?:the\s+|its\s+|our\s+|their\s+|all\s+)?(?:\w+\s+){0,2}?(?:invoices?|fees?|balance|amounts?\s+(?:due|owed|outstanding)|instal(?:l)?ments?|milestones?)\b", Options)]
    private static partial Regex Paid();

    // "not one was missed", "faultless", "well inside the four-hour window", "their monitoring flagged the renames": no
    // failure, which the failure words inside these phrases ("missed", "not one") must not turn into one.
    [GeneratedRegex(@"\b(?:(?:not\s+(?:one|a\s+single)(?:\s+\w+)?|none|nothing)\s+(?:of\s+(?:the\s+|them\s+)?(?:\w+\s+)?)?(?:was|were|had\s+been|has\s+been)\s+(?:missed|skipped|late|dropped)|never\s+(?:once\s+)?(?:missed|skipped|late)|faultless\w*|flawless\w*|(?:well|comfortably|safely|easily)\s+(?:inside|within)\s+(?:the|its|their)\b|monitoring\s+(?:\w+\s+){0,2}?(?:flagged|detected|spotted|caught|picked\s+up|alerted))", Options)]
    private static partial Regex NoFailure();

    // The verb of a clause (matched where it starts) that concedes what follows, or denies it.
    [GeneratedRegex(@"\G(?:admit(?:s|ted)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed)|accept(?:s|ed)\s+that|agree(?:s|d)\s+that)\b", Options)]
    private static partial Regex Concession();

    [GeneratedRegex(@"\G(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|contest(?:s|ed|ing)?)\b", Options)]
    private static partial Regex Denial();

    // "Not yet resolved", "we will have to disagree about the status reports": the parties contest it, and say so.
    [GeneratedRegex(@"\b(?:not\s+(?:yet\s+)?resolved|unresolved|remains?\s+(?:in\s+)?dispute|(?:is|are|was|were|remains?)\s+(?:in\s+dispute|disputed|contested)|(?:will\s+have\s+to\s+|agree\s+to\s+)?disagree(?:s|d)?\s+(?:about|over|on)|(?:the\s+)?parties\s+disagree|" + SentenceStart + @"(?:that|this|which|each\s+of\s+these|these\s+allegations?|the\s+allegation)\s+(?:is|are)\s+(?:\w+\s+)?(?:denied|disputed|rejected|not\s+admitted)|" + SentenceStart + @"(?:\p{Lu}[\w’'.&-]*\s+){1,4}(?:\w+ly\s+)?(?:denies|rejects|disputes|contests)\s+(?:it|this|that|the\s+(?:allegation|claim|point|charge)|each\s+of\s+these)(?=\s*(?:[.:;,–—]|$)))", Options)]
    private static partial Regex Contested();

    // A payment held back or set off: the payer says it is not owed, the payee that it is.
    [GeneratedRegex(@"\b(?:withh[eo]ld\w*|on\s+hold|hold(?:ing)?\s+back|held\s+back|refus\w+\s+to\s+pay|set[-\s]?off)\b", Options)]
    private static partial Regex Withheld();

    // The head noun of a clause's definite subject, without its plural ending: "The [phishing] workshop(s)".
    [GeneratedRegex(@"^[\W\d]*(?:the|its|their|our|both|all\s+(?:the\s+)?)\s+(?:[\w-]+\s+){0,2}?(?<noun>\p{L}{4,}?)(?:es|s)?\s+(?:\w+\s+)?$", Options)]
    private static partial Regex SubjectNoun();

    [GeneratedRegex(@"\b(?:every|each)\s+$", Options)]
    private static partial Regex Every();

    [GeneratedRegex(@"\b(?:clause|section|schedule|annex|article|paragraph|para\.|§)\s*\d+(?:\.\d+)*(?:\([a-z0-9]+\))?", Options)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\b(?:which|who|whose|so\s+that|in\s+order\s+(?:to|that)|so\s+as\s+to)\b[^.;:]*$", Options)]
    private static partial Regex RelativeLead();

    [GeneratedRegex(@"^\W*(?:so\s+that|in\s+order\s+(?:to|that)|so\s+as\s+to)\b", Options)]
    private static partial Regex PurposeLead();

    // The noun a count counts: "of the 6 [phishing-awareness] sessions", skipping up to two modifiers.
    [GeneratedRegex(@"\G\s+(?:[\w-]+\s+){0,2}?(?<noun>[a-z]{4,}s)\b", Options)]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"\b(?<part>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){1,4}|\d{1,9}|" + NumberWords + @"),?\s+(?:out\s+)?of\s+(?:the\s+|our\s+|your\s+|its\s+|their\s+|all\s+)?(?<whole>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){1,4}|\d{1,9}|" + NumberWords + @")\b(?!\s*(?:%|per\s*cent))|\bof\s+(?:the\s+|our\s+|its\s+|their\s+)?(?<whole>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){1,4}|\d{1,9})\s+[^.;:,\d]{1,80},\s+(?<part>\d{1,3}(?:[,\u00a0\u202f ]\d{3}){1,4}|\d{1,9}|" + NumberWords + @")\s+(?:were|was|had|have|are)\b", Options)]
    private static partial Regex Fraction();

    // Cues that take an object: the topic follows them.
    [GeneratedRegex(@"^(?:breached|delayed|missed|lacked|failed\s+to|failure\s+to|did\s+not|didn't|inadequate\w*|insufficient|late|neglected|ignored|disregarded|incomplete\w*|withh[eo]ld\w*|held\s+back|hold(?:ing)?\s+back)", Options)]
    private static partial Regex TakesObject();

    [GeneratedRegex(@"\G(?:\W{1,8}\w{1,30}){0,6}?\W{1,8}(?:still|not|never|lacked|lack|without|failed|missing|unpatched|unencrypted|plaintext|unprotected|exposed|non-?compliant|contrary|in\s+breach)\b", Options)]
    private static partial Regex CountsFailures();

    [GeneratedRegex(@"\b(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|a\s+few)\s+(?:of\s+(?:the\s+|its\s+|our\s+|your\s+|their\s+)?(?:\d{1,3}(?:,\d{3})*\s+)?)?(?:[\w-]+\s+){0,2}(?:accounts|components|systems|servers|gateways|devices|endpoints|laptops|users|sets|volumes|snapshots|copies|databases|sites|applications|apps|hosts|workstations|rules|controls|locations|offices|depots|stores|branches|clinics|buckets|tables|files)\b", Options)]
    private static partial Regex Subset();

    [GeneratedRegex(@"\b(?:none|all|every|any|entire|whole)\b(?!\s+(?:the\s+)?(?:other|rest|remaining))", Options)]
    private static partial Regex Whole();

    [GeneratedRegex(@"[;:|\u2013\u2014]|,\s*(?:(?:and|but|while|whereas|although|though|because|since|as|so|which|who|when|after|before|until)\b|(?:and\s+)?that\b)?|\s+(?:and\s+)?that\s+(?!(?:is|was|were|are)\b)|\s+(?:but|whereas|although|though|because|while)\s+", Options)]
    private static partial Regex PhraseBreak();

    // A title-like first sentence of at most four words without a finite verb: "Alert escalation.", "Patching:".
    [GeneratedRegex(@"^[\W\d]*(?:[\p{L}][\p{L}'’/-]*(?<!ed)\s+){0,3}[\p{L}][\p{L}'’/-]*(?<!ed)\s*[.:]\s*$", Options)]
    private static partial Regex RunInHeading();

    [GeneratedRegex(@"\G(?:\s+\w+){0,3}?\s+(?:(?:found|revealed|discovered|showed|shows|identified|concluded|determined|indicated|disclosed|uncovered|flagged|noted|confirmed|reported|traced|tested|checked|verified|examined|sampled|reviewed|inspected)\b|(?:finding|revealing|discovering|showing|identifying|concluding|indicating|confirming)\s+that\b)", Options)]
    private static partial Regex Instrument();

    // "was not delivered on time", "never paid in full", "failed to complete the rollout as planned": the words of delivery are negated.
    [GeneratedRegex(@"(?:\b(?:not|never|no|failed\s+to|failure\s+to|yet\s+to|without|instead\s+of|rather\s+than|unable\s+to|could\s+not|cannot)|n't)\b(?:\W+\w+){0,5}\W*$", Options)]
    private static partial Regex Negated();

    // "the patching obligation was not performed", "I find the backup obligation was performed in part only", "the
    // tribunal held that …": a conclusion on a duty, by the one who decides or judges it.
    [GeneratedRegex(@"\b(?:(?:obligation|duty|duties|undertaking|requirement|commitment)s?\s+(?:[\w.()]+\s+){0,3}?(?:was|were|has\s+been|had\s+been|is|are)\b|I\s+find|we\s+find|in\s+my\s+(?:opinion|view|assessment)|(?:court|tribunal|arbitrator|panel|judge|expert)\b[^.;]{0,40}?\b(?:found|finds|held|holds|concluded|concludes|determined)\b)", Options)]
    private static partial Regex Concluding();

    [GeneratedRegex(@"\b(?:rated|marked|flagged|classed|classified|scored|labell?ed|graded)\s+(?:as\s+)?[""“'‘]?$", Options)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:if|unless|whether|in\s+case|should\s+\w+\s+(?:fail|not))\b", Options)]
    private static partial Regex Conditional();

    // "delayed their compliance"; not "ignoring its advice", where the possessive names the one who advised.
    [GeneratedRegex(@"\G\s+(?:their|its|his|her|our)\b(?!\s+(?:\w+\s+)?(?:advice|recommendations?|guidance|instructions|warnings?|requests?))", Options)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G['’]s?\b", Options)]
    private static partial Regex OwnerMark();

    [GeneratedRegex(@"\b(?:security\s+(?:measures|controls|posture|safeguards)|safeguards|defen[cs]es|protections)\b", Options)]
    private static partial Regex Safeguards();
}
