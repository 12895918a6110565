using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Docket.Core.CaseFiles;
using Docket.Core.Chronology;
using Docket.Core.Clocks;
using Docket.Core.Compliance;
using Docket.Core.Delay;
using Docket.Core.Exposure;
using Docket.Core.Ledger;
using Docket.Core.Ledger.Entries;
using Docket.Core.Ledger.Merkle;
using Docket.Core.Text;
using Docket.Core.Utility;
using NodaTime.Text;

namespace Docket.Reports.Dossiers;

/// <summary>
/// Makes a <see cref="Dossier"/>: runs every analysis on the case (compliance, chronology, delay, clocks, exposure),
/// lays the issues out position by position with the facts for and against, gathers the open questions with the
/// evidence that would settle each, and proves every evidence entry into the ledger's checkpoint. Deterministic: the
/// same input gives the same dossier.
/// </summary>
public static class DossierBuilder
{
    /// <summary>The dossier of <paramref name="input"/>.</summary>
    /// <exception cref="Docket.Core.Scheduling.ScheduleException">The schedule is invalid (the caller checks it first).</exception>
    /// <exception cref="FormatException">An exposure assumption is malformed.</exception>
    public static Dossier Build(DossierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = input.File;
        var compliance = new ComplianceAssessor(input.Catalogs).Assess(file);
        var chronology = ChronologyBuilder.Build(file);
        var delay = DelayAnalyzer.Analyze(file, input.Schedule, input.Rule);
        var incident = input.Incident is null ? IncidentFromCase.Read(file) : IncidentFromCase.Complete(input.Incident, file);
        var clocks = new ClockEngine(input.ClockRules).Evaluate(incident, input.AsOf, ContractClocks.From(file));
        var exposure = ExposureAnalyzer.Analyze(file, input.Assumptions);

        using var document = JsonDocument.Parse(input.CaseJson);
        var cover = Cover(document.RootElement, input);
        var dossier = new Dossier(cover, input.AsOf, [], input.CaseJson, compliance, chronology, delay, clocks, exposure,
            Issues(file, chronology, compliance), [], Exhibits(input), []);

        // The summary counts the open questions, so they come first.
        dossier = dossier with { OpenQuestions = Questions(dossier, file) };
        return dossier with { Summary = DossierSummary.Write(dossier, file), Method = DossierMethod.Notes(dossier, input) };
    }

    /// <summary>Where a span or an entry is: "line 17, col 32", "entry 5", or null.</summary>
    public static string? Source(SourceSpan? span, long? entry) => (span, entry) switch
    {
        ({ } s, { } e) => string.Create(CultureInfo.InvariantCulture, $"entry {e}, line {s.Line}, col {s.Column}"),
        ({ } s, null) => string.Create(CultureInfo.InvariantCulture, $"line {s.Line}, col {s.Column}"),
        (null, { } e) => string.Create(CultureInfo.InvariantCulture, $"entry {e}"),
        _ => null,
    };

    private static DossierCover Cover(JsonElement root, DossierInput input)
    {
        var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var sourceName = Str(source, "name") ?? "(unnamed)";
        var parties = Items(root, "parties").Select(p => new DossierParty(
            Str(p, "id") ?? string.Empty, Str(p, "name") ?? string.Empty, Str(p, "role") ?? "other", Str(p, "description"), Str(p, "location"))).ToImmutableArray();
        var status = root.TryGetProperty("status", out var st) && st.ValueKind == JsonValueKind.Object ? st : default;
        var number = root.TryGetProperty("caseNumber", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : (int?)null;
        return new DossierCover(
            Str(root, "title") ?? Path.GetFileNameWithoutExtension(sourceName), number, Str(root, "theme"), parties,
            Str(status, "stage") ?? "unknown", Str(status, "summary"), sourceName, Str(source, "sha256"), Ledger(input));
    }

    private static LedgerState? Ledger(DossierInput input)
    {
        if (input.CaseId is not { } caseId || input.Entries.Count == 0)
        {
            return null;
        }

        var checkpoint = CaseLog.Checkpoint(caseId, input.Entries);
        var signed = input.Signatures.Where(x => x.TreeSize == checkpoint.Size).SelectMany(x => x.VerifierKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new LedgerState(caseId, checkpoint.Size, Convert.ToHexStringLower([.. checkpoint.RootHash]), checkpoint.ToText(), [.. signed],
            InstantPattern.ExtendedIso.Format(input.Entries[^1].RecordedAt));
    }

    private static ImmutableArray<Exhibit> Exhibits(DossierInput input)
    {
        if (input.Entries.Count == 0)
        {
            return [];
        }

        var tree = CaseLog.Tree(input.Entries);
        var root = tree.RootHash(tree.Size);
        var bySequence = input.Entries.Select((e, i) => (e, i)).ToDictionary(x => x.e.Sequence, x => x.i);
        var exhibits = ImmutableArray.CreateBuilder<Exhibit>();
        foreach (var evidence in input.File.Evidence.Where(e => bySequence.ContainsKey(e.Entry)).OrderBy(e => e.Entry))
        {
            var index = bySequence[evidence.Entry];
            var leaf = tree.LeafHash(index);
            var proof = tree.InclusionProof(index, tree.Size);
            var verified = MerkleProofs.VerifyInclusion(index, tree.Size, leaf, proof, root).IsValid;
            exhibits.Add(new Exhibit($"X{exhibits.Count + 1}", evidence.Entry, evidence.Sha256, evidence.FileName, evidence.SubmittedBy, evidence.Shows,
                Convert.ToHexStringLower(leaf), tree.Size, [.. proof.Select(Convert.ToHexStringLower)], verified));
        }

        return exhibits.ToImmutable();
    }

    private static ImmutableArray<IssueMatrixRow> Issues(CaseFile file, ChronologyReport chronology, ComplianceReport compliance)
    {
        var facts = chronology.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        return [.. file.Issues.Select(issue =>
        {
            var ofIssue = chronology.Facts.Where(f => f.Issue == issue.Number).ToList();
            return new IssueMatrixRow(issue.Number, issue.Title, Source(issue.Span, null), [.. issue.Positions.Select(p =>
            {
                var supporting = ofIssue.Where(f => Holds(p.Span, f.Span)).ToList();
                var contradicting = ofIssue.Where(f => f.AssertedBy is not null && f.AssertedBy != p.PartyId).ToList();
                var contradictions = chronology.Contradictions
                    .Where(c => supporting.Any(f => f.Id == c.First || f.Id == c.Second))
                    .Select(c => $"{c.First} / {c.Second}: {c.Explanation}");
                var obligations = compliance.Assessments
                    .Where(a => a.Reasons.Any(r => r.Span is { } rs && p.Span is { } ps && rs.Start == ps.Start))
                    .Select(a => $"{a.ObligationId} ({KebabCase.Name(a.Topic)}, {KebabCase.Name(a.Status)})");
                return new IssuePosition(p.PartyId, file.Party(p.PartyId)?.Name ?? Dossier.NoParty, KebabCase.Name(p.Stance), p.Quote, Source(p.Span, p.Entry),
                    [.. supporting.Select(Reference)], [.. contradicting.Select(Reference)], [.. contradictions], [.. obligations]);
            })]);
        })];

        FactReference Reference(ChronologyFact f) => new(f.Id, f.DateText, f.Summary, Source(f.Span, f.Entry));
    }

    private static bool Holds(SourceSpan? outer, SourceSpan? inner) => outer is { } o && inner is { } i && o.Start <= i.Start && i.End <= o.End;

    private static ImmutableArray<OpenQuestion> Questions(Dossier dossier, CaseFile file)
    {
        var questions = ImmutableArray.CreateBuilder<OpenQuestion>();
        foreach (var a in dossier.Compliance.Assessments)
        {
            var obligation = file.Obligations.FirstOrDefault(o => o.Id == a.ObligationId);
            foreach (var q in a.OpenQuestions)
            {
                questions.Add(new OpenQuestion("compliance", $"{a.ObligationId}: {dossier.PartyName(a.ObligorId)}, {KebabCase.Name(a.Topic)}", q,
                    $"Whether {a.ObligationId} was met (now {KebabCase.Name(a.Status)}).", SettlingEvidence.For(a.Topic), Source(obligation?.Span, obligation?.Entry)));
            }
        }

        foreach (var d in dossier.Delay.Narrative?.DecidingDates ?? [])
        {
            questions.Add(new OpenQuestion("delay", d.Source ?? "completion", d.Question, d.Decides, SettlingEvidence.ForDates, d.Source));
        }

        foreach (var fact in dossier.Clocks.MissingFacts)
        {
            var duties = dossier.Clocks.Duties.Where(x => x.MissingFacts.Contains(fact)).Select(x => x.Citation).Distinct(StringComparer.Ordinal).ToList();
            questions.Add(new OpenQuestion("clocks", duties.Count == 0 ? "notification duties" : string.Join("; ", duties.Take(6)) + (duties.Count > 6 ? $" and {duties.Count - 6} more" : string.Empty),
                fact, "Which notification duties apply, and whether their deadlines were met.", SettlingEvidence.ForIncident, null));
        }

        foreach (var scenario in dossier.Exposure.Scenarios.Where(s => s.Missing is not null))
        {
            questions.Add(new OpenQuestion("exposure", scenario.Assumption, scenario.Missing!, "Which cap applies, and so the net exposure under it.", SettlingEvidence.ForTerms, null));
        }

        return questions.ToImmutable();
    }

    private static List<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
