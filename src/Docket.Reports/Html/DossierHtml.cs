using System.Globalization;
using Docket.Core.Compliance;
using Docket.Core.Exposure;
using Docket.Core.Utility;
using Docket.Reports.Charts;
using Docket.Reports.Dossiers;

namespace Docket.Reports.Html;

/// <summary>
/// The dossier as one self-contained HTML file: inline CSS, inline SVG charts, no script, a content security policy
/// that forbids any; headings, captions and column headers for screen readers; print styles for paper. Every piece of
/// text from the case is HTML-encoded. The same dossier gives the same bytes.
/// </summary>
public static class DossierHtml
{
    /// <summary>The HTML document of <paramref name="dossier"/>.</summary>
    public static string Write(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var d = dossier;
        var html = new HtmlWriter(64 * 1024 + (d.Chronology.Facts.Length * 400) + (d.Exhibits.Length * 1200));
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"Docket\">\n")
            .Element("title", "Dossier: " + d.Cover.Title)
            .Raw("<style>\n").Raw(DossierStyle.Css).Raw("</style>\n</head>\n<body>\n");
        Cover(html, d);
        Contents(html);
        foreach (var (id, _) in Sections)
        {
            WriteSection(html, d, id);
        }

        html.Raw("</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly (string Id, string Title)[] Sections =
    [
        ("summary", "Summary"), ("chronology", "Chronology"), ("issues", "Issues and positions"), ("compliance", "Obligations and compliance"),
        ("delay", "Delay"), ("clocks", "Clocks"), ("exposure", "Exposure"), ("questions", "Open questions"), ("exhibits", "Exhibit index"),
        ("method", "Method and assumptions"),
    ];

    /// <summary>The dossier's sections in order: their ids (for <see cref="Section"/>) and titles.</summary>
    public static IReadOnlyList<(string Id, string Title)> SectionTitles => Sections;

    /// <summary>The dossier's style sheet, for a page that shows its sections.</summary>
    public static string StyleSheet => DossierStyle.Css;

    /// <summary>One section of the dossier as an HTML fragment, every text encoded; null for an id that names none.</summary>
    public static string? Section(Dossier dossier, string id)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var html = new HtmlWriter(16 * 1024);
        return WriteSection(html, dossier, id) ? html.ToString() : null;
    }

    private static bool WriteSection(HtmlWriter html, Dossier d, string id)
    {
        switch (id)
        {
            case "summary":
                html.Section("summary", "Summary").List(d.Summary).EndSection();
                break;
            case "chronology":
                Chronology(html, d);
                break;
            case "issues":
                Issues(html, d);
                break;
            case "compliance":
                Compliance(html, d);
                break;
            case "delay":
                Delay(html, d);
                break;
            case "clocks":
                Clocks(html, d);
                break;
            case "exposure":
                Exposure(html, d);
                break;
            case "questions":
                Questions(html, d);
                break;
            case "exhibits":
                Exhibits(html, d);
                break;
            case "method":
                html.Section("method", "Method and assumptions").Raw("<dl>\n");
                foreach (var note in d.Method)
                {
                    html.Element("dt", note.Topic).Element("dd", note.Text);
                }

                html.Raw("</dl>\n").EndSection();
                break;
            default:
                return false;
        }

        return true;
    }

    private static void Contents(HtmlWriter html)
    {
        html.Raw("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var (id, title) in Sections)
        {
            html.Raw($"<li><a href=\"#{id}\">").Text(title).Raw("</a></li>\n");
        }

        html.Raw("</ol>\n</nav>\n");
    }

    private static void Cover(HtmlWriter html, Dossier d)
    {
        var c = d.Cover;
        html.Raw("<header class=\"cover\">\n").Element("p", "Dossier", "kicker").Element("h1", c.Title);
        List<string?[]> facts =
        [
            ["Case number", c.CaseNumber?.ToString(CultureInfo.InvariantCulture) ?? "not stated"],
            ["Theme", c.Theme ?? "not stated"],
            ["Stage", c.Stage + (c.StatusSummary is { } s ? ": " + s : string.Empty)],
            ["Source", c.SourceName + (c.SourceSha256 is { } h ? $" (SHA-256 {h})" : string.Empty)],
            ["As of", d.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        ];
        if (c.Ledger is { } l)
        {
            facts.Add(["Ledger case", l.CaseId]);
            facts.Add(["Checkpoint", $"{l.TreeSize} entries, root {l.RootHash}, last entry {l.LastRecordedAt}"]);
            facts.Add(["Signed by", l.SignedBy.IsEmpty ? "no signature stored at this size" : string.Join("; ", l.SignedBy)]);
        }
        else
        {
            facts.Add(["Ledger", "not stored: read from the file"]);
        }

        html.Table("The case", ["Field", "Value"], facts, "facts");
        html.Table("Parties", ["Id", "Name", "Role", "Description", "Location"],
            c.Parties.Select(p => new[] { p.Id, p.Name, p.Role, p.Description, p.Location }));
        if (c.Ledger is { } ledger)
        {
            html.Raw("<details><summary>The checkpoint (C2SP signed-note body)</summary>").Element("pre", ledger.Checkpoint, "mono").Raw("</details>\n");
        }

        html.Raw("</header>\n");
    }

    private static void Chronology(HtmlWriter html, Dossier d)
    {
        var ch = d.Chronology;
        html.Section("chronology", "Chronology");
        html.Element("p", $"{ch.Facts.Length} dated facts; {ch.Disputed.Length} disputed, {ch.Agreed.Length} undisputed.");
        html.Figure(TimelineChart.Facts(ch), "Each dated fact in its party's lane (the narrator's own account first); red facts are disputed.",
            $"Timeline of {ch.Facts.Length} dated facts from {ch.Facts.FirstOrDefault()?.DateText ?? "-"} to {ch.Facts.LastOrDefault()?.DateText ?? "-"}; the table below lists each.");
        html.Figure(TimelineChart.PlannedAgainstActual(d.Delay.AsBuilt), "Each activity's planned dates (grey) against its actual or forecast dates (red when it finished late).",
            "Planned against actual dates of the schedule's activities; the delay section lists the variances.");
        html.Table("Dated facts in order", ["Id", "Date", "Kind", "What happened", "Asserted by", "Standing", "Issue", "Source"],
            ch.Facts.Select(f => new[]
            {
                f.Id, When(f), f.Kind, f.Summary,
                d.AssertedBy(f), f.Standing, f.Issue?.ToString(CultureInfo.InvariantCulture),
                DossierBuilder.Source(f.Span, f.Entry),
            }), "wide chronology");
        if (!ch.Contradictions.IsEmpty)
        {
            html.Table("Contradictions between the parties' accounts", ["Fact", "Against", "Why they cannot both be true"],
                ch.Contradictions.Select(x => new[] { x.First, x.Second, x.Explanation }));
        }

        html.EndSection();
    }

    private static void Issues(HtmlWriter html, Dossier d)
    {
        html.Section("issues", "Issues and positions");
        if (d.Issues.IsEmpty)
        {
            html.Element("p", "The record states no issues.");
        }

        foreach (var issue in d.Issues)
        {
            html.Element("h3", $"Issue {issue.Number}: {issue.Title}");
            html.Table($"Positions on issue {issue.Number}" + (issue.Source is { } s ? $" ({s})" : string.Empty),
                ["Party", "Stance", "Position", "Source", "Facts for it", "Facts against it", "Obligations at stake"],
                issue.Positions.Select(p => new[]
                {
                    p.Party, p.Stance, p.Quote, p.Source, Facts(p.Supporting, p.Contradictions), Facts(p.Contradicting, []),
                    p.Obligations.IsEmpty ? "-" : string.Join("; ", p.Obligations),
                }));
        }

        html.EndSection();

        static string Facts(IEnumerable<FactReference> facts, IEnumerable<string> contradictions)
        {
            var lines = facts.Select(f => $"{f.Id} {f.Date}: {f.Summary} [{f.Source ?? "no source"}]").Concat(contradictions.Select(c => "Contradiction " + c)).ToList();
            return lines.Count == 0 ? "-" : string.Join(" | ", lines);
        }
    }

    private static void Compliance(HtmlWriter html, Dossier d)
    {
        var r = d.Compliance;
        html.Section("compliance", "Obligations and compliance");
        html.Table("Each obligation, judged", ["Id", "Owed by", "Topic", "Obligation", "Status", "Why (source words quoted)", "Criteria and verdicts", "Requirements", "Open questions"],
            r.Assessments.Select(a => new[]
            {
                a.ObligationId, d.PartyName(a.ObligorId), KebabCase.Name(a.Topic), a.Text, KebabCase.Name(a.Status),
                string.Join(" | ", a.Reasons.Select(x => x.Text + (x.Quote is { } q ? $" \u201c{q}\u201d" : string.Empty) + (DossierBuilder.Source(x.Span, x.Entry) is { } s ? $" [{s}]" : string.Empty))),
                string.Join(" | ", a.Criteria.Select(c => $"{c.Kind}: {c.Value}").Concat(a.Verdicts.Select(v => $"{v.Against}: {KebabCase.Name(v.Verdict)} ({v.Explanation})"))
                    .Concat(a.Cause is { } cause ? [$"disputed cause ({d.PartyName(cause.PartyId)}): \u201c{cause.Quote}\u201d; related duties {string.Join(", ", cause.RelatedDuties)}"] : [])),
                string.Join(", ", a.Requirements.Select(q => $"{q.CatalogName} {q.RequirementId}")),
                string.Join(" | ", a.OpenQuestions),
            }), "wide");
        html.Table("Coverage per standard", ["Standard", "Version", "Requirements", "Addressed", "Met", "Partial", "Unmet", "Disputed", "Unknown"],
            r.Coverage.Select(c => new[] { c.Name, c.Version, N(c.Requirements), N(c.Addressed), N(c.Met), N(c.Partial), N(c.Unmet), N(c.Disputed), N(c.Unknown) }));

        // One row per obligation and standard: an unmet logging duty maps to every PCI DSS 10.x requirement, and a row
        // each would bury the finding.
        var gaps = r.Gaps.GroupBy(g => (g.ObligationId, g.Requirement.CatalogName, g.Status, g.PartyBound)).Select(g => new[]
        {
            g.Key.CatalogName, string.Join(", ", g.Select(x => x.Requirement.RequirementId).Distinct(StringComparer.Ordinal)), g.Key.ObligationId,
            KebabCase.Name(g.Key.Status), g.Key.PartyBound is { } p ? d.PartyName(p) : "-", g.First().Explanation,
        });
        html.Table("Gaps that put a party out of compliance", ["Standard", "Requirements", "Obligation", "Status", "Party out of compliance", "Why"], gaps);
        html.EndSection();
    }

    private static void Delay(HtmlWriter html, Dossier d)
    {
        var r = d.Delay;
        html.Section("delay", "Delay");
        if (r.Narrative is { } n)
        {
            html.Element("p", $"Deadline: {n.Deadline ?? "not stated"}. " + n.Missed switch
            {
                true => "It was missed" + (n.MissedQuote is { } q ? $": \u201c{q}\u201d." : "."),
                false => "It was met.",
                _ => "The record does not say whether it was missed.",
            });
            html.Table("Each party's stated cause of the delay", ["Party", "Issue", "What it says", "Source"],
                n.Causes.Select(c => new[] { d.PartyName(c.PartyId), c.Issue.ToString(CultureInfo.InvariantCulture), c.Quote, DossierBuilder.Source(c.Span, null) }));
            html.Table("The dates that would decide it", ["Question", "What it decides", "From"], n.DecidingDates.Select(x => new[] { x.Question, x.Decides, x.Source }));
        }

        if (!r.ByRule.IsEmpty)
        {
            html.Table("Delay days under each concurrency rule" + (r.Selected is { } s ? $" (chosen: {KebabCase.Name(s.Rule)})" : string.Empty),
                ["Rule", "Contract completion", "Completion", "Total days", "Extension", "Delay damages", "Compensable", "Unexplained", "Days by party"],
                r.ByRule.Select(x => new[]
                {
                    KebabCase.Name(x.Rule), Day(x.ContractCompletion), Day(x.Completion), N(x.TotalDays), D(x.ExtensionDays), D(x.DelayDamagesDays), D(x.CompensableDays),
                    N(x.UnexplainedDays), string.Join(", ", x.DaysByParty.OrderBy(p => p.Key).Select(p => $"{KebabCase.Name(p.Key)} {D(p.Value)}")),
                }));
        }

        if (r.TimeImpact is { } t)
        {
            html.Table($"Time impact analysis: extended completion {Day(t.ExtendedCompletion)}, {t.LiquidatedDamagesDays} liquidated-damages days",
                ["Event", "Party", "Class", "Finish before", "Finish after", "Impact (days)", "Extension (days)"],
                t.Events.Select(e => new[] { e.EventId, KebabCase.Name(e.Party), e.Class, Day(e.FinishBefore), Day(e.FinishAfter), N(e.ImpactDays), N(e.ExtensionDays) }));
        }

        if (r.AsBuilt is { } b)
        {
            html.Table($"As-planned against as-built: planned finish {Day(b.PlannedFinish)}, finish {Day(b.Finish)}, {b.CompletionDelayDays} days late",
                ["Activity", "Party", "Planned", "Actual", "Start variance", "Finish variance", "Duration growth"],
                b.Variances.Select(v => new[]
                {
                    v.Id, KebabCase.Name(v.Party), $"{Day(v.PlannedStart)} to {Day(v.PlannedFinish)}", $"{Day(v.ActualStart)} to {Day(v.ActualFinish)}" + (v.Forecast ? " (forecast)" : string.Empty),
                    N(v.StartVarianceDays), N(v.FinishVarianceDays), N(v.DurationGrowthDays),
                }));
        }

        if (r.Narrative is null && r.ByRule.IsEmpty)
        {
            html.Element("p", "The record states no deadline and no schedule was given.");
        }

        html.EndSection();
    }

    private static void Clocks(HtmlWriter html, Dossier d)
    {
        var r = d.Clocks;
        html.Section("clocks", "Clocks");
        var shown = r.Duties.Where(x => x.Applies != "does-not-apply").ToList();
        html.Element("p", $"As of {Day(r.AsOf)}: {shown.Count} duties apply or may apply; {r.Duties.Length - shown.Count} do not; {r.NotConsidered.Length} rules were not considered for want of any fact pointing to them.");
        html.Table("Notification duties and contractual clocks", ["Citation", "Applies", "Who notifies whom", "Trigger", "Period", "Deadline", "Status", "Missing facts", "Assumptions", "Rule version"],
            shown.Select(x => new[]
            {
                x.Citation, x.Applies, $"{x.Obligor} to {x.Recipient}", x.Trigger, x.Period, x.Deadline ?? "-", x.Status + (x.Late is { } late ? $" ({late})" : string.Empty),
                string.Join("; ", x.MissingFacts), string.Join("; ", x.Assumptions), x.Version,
            }), "wide");
        if (!r.MissingFacts.IsEmpty)
        {
            html.Element("h3", "Facts the clocks are missing").List(r.MissingFacts);
        }

        html.EndSection();
    }

    private static void Exposure(HtmlWriter html, Dossier d)
    {
        var r = d.Exposure;
        html.Section("exposure", "Exposure");
        html.Element("p", $"Currency {r.Currency}; contract value {(r.ContractValue is { } v ? Money.Text(v) : "not stated")}." + (r.Statutory is { } s ? " " + s : string.Empty));
        html.Table("Heads of loss", ["Head", "Kind", "Low", "Likely", "High", "Data breach", "Avoidable", "Source"],
            r.Heads.Select(h => new[] { h.Name, KebabCase.Name(h.Kind), Money.Text(h.Low), Money.Text(h.Likely), Money.Text(h.High), h.DataBreach ? "yes" : "no", Money.Text(h.Avoidable), h.Source }));
        foreach (var scenario in r.Scenarios)
        {
            html.Element("h3", $"Under the assumption: {scenario.Assumption}");
            if (scenario.Missing is { } missing)
            {
                html.Element("p", missing);
            }

            foreach (var theory in scenario.ByTheory)
            {
                html.Table($"{theory.Theory}: gross {Money.Text(theory.Gross)}, net {Money.Text(theory.Net)} (range {Money.Text(theory.NetLow)} to {Money.Text(theory.NetHigh)}); {theory.Terms}",
                    ["Step", "Rule", "Amount"], theory.Steps.Select(p => new[] { p.Step, p.Rule, Money.Text(p.Amount) }));
            }
        }

        if (r.Settlement is { } st)
        {
            html.Table("Settlement range", ["Figure", r.Currency],
            [
                ["Expected award", Money.Text(st.ExpectedAward)], ["Claimant's BATNA", Money.Text(st.ClaimantBatna)], ["Claimant's WATNA", Money.Text(st.ClaimantWatna)],
                ["Respondent's BATNA", Money.Text(st.RespondentBatna)], ["Respondent's WATNA", Money.Text(st.RespondentWatna)],
                ["Claimant's floor", Money.Text(st.ClaimantFloor)], ["Respondent's ceiling", Money.Text(st.RespondentCeiling)],
                ["Zone of agreement", st.ZoneExists ? "yes" : "no"],
            ], "facts");
        }

        if (r.Distribution is { } mc)
        {
            html.Figure(OutcomeChart.Svg(mc, r.Currency), "The outcome distribution of the seeded Monte Carlo; the table gives its figures.",
                $"Histogram of {mc.Trials} simulated awards; mean {Money.Text(mc.Mean)} {r.Currency}.");
            html.Table($"Monte Carlo: {mc.Trials:N0} trials, seed {mc.Seed}", ["Figure", r.Currency],
                new[] { new[] { "Mean", Money.Text(mc.Mean) }, ["Standard deviation", Money.Text(mc.StandardDeviation)], ["Standard error", Money.Text(mc.StandardError)], ["Probability of nothing", mc.ProbabilityOfZero.ToString("0.###", CultureInfo.InvariantCulture)] }
                    .Concat(mc.Percentiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[] { p.Key, Money.Text(p.Value) })), "facts");
        }
        else
        {
            html.Element("p", "No outcome distribution: give the probability of liability (--assume p-liability=0.6) for the settlement range and the Monte Carlo.");
        }

        if (!r.Art82.IsEmpty)
        {
            html.Table("GDPR Art. 82: joint liability and recourse", ["Party", "External exposure", "Bears", "Recourse"],
                r.Art82.Select(a => new[] { a.Party, Money.Text(a.ExternalExposure), Money.Text(a.Bears), Money.Text(a.Recourse) }));
        }

        html.Element("h3", "Assumptions").List(r.Assumptions.IsEmpty ? ["None given."] : r.Assumptions);
        html.EndSection();
    }

    private static void Questions(HtmlWriter html, Dossier d)
    {
        html.Section("questions", "Open questions");
        html.Table("What the record leaves open, and the evidence that would settle it", ["Area", "About", "Question", "What it decides", "Evidence that would settle it", "Source"],
            d.OpenQuestions.Select(q => new[] { q.Area, q.Subject, q.Question, q.Decides, q.Evidence, q.Source }), "wide");
        html.EndSection();
    }

    private static void Exhibits(HtmlWriter html, Dossier d)
    {
        html.Section("exhibits", "Exhibit index");
        if (d.Cover.Ledger is null)
        {
            html.Element("p", "The case is not stored in a ledger, so it has no exhibits; 'docket case open' and 'docket evidence add' make them.");
        }

        html.Table(d.Cover.Ledger is { } l ? $"Evidence entries, each proven into the checkpoint at {l.TreeSize} entries (root {l.RootHash})" : "Evidence entries",
            ["Exhibit", "Entry", "File", "SHA-256", "Submitted by", "Shows", "Leaf hash", "Inclusion proof", "Proof checked"],
            d.Exhibits.Select(x => new[]
            {
                x.Id, x.Sequence.ToString(CultureInfo.InvariantCulture), x.FileName, x.Sha256, x.SubmittedBy is { } by ? d.PartyName(by) : "-", x.Shows ?? "-", x.LeafHash,
                x.Proof.IsEmpty ? "(the root itself)" : string.Join(" ", x.Proof), x.Verified ? "verified" : "FAILED",
            }), "wide mono-cells");
        html.EndSection();
    }

    // A fact's date as written, and the days it can mean when the writing does not say them exactly.
    private static string When(Docket.Core.Chronology.ChronologyFact fact)
    {
        var days = fact.Earliest == fact.Latest ? Day(fact.Earliest) : $"{Day(fact.Earliest)} to {Day(fact.Latest)}";
        return days == fact.DateText ? days : $"{fact.DateText} ({days})";
    }

    private static string Day(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
