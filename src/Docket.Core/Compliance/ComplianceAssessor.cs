using System.Collections.Immutable;
using System.Globalization;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Utility;

namespace Docket.Core.Compliance;

/// <summary>
/// Judges each obligation of a case and lays the obligations against the standards the case invokes. Deterministic:
/// the same case and catalogs give the same report. Every status rests on cited source words; what the record does
/// not settle becomes an open question, never a guess.
/// </summary>
public sealed class ComplianceAssessor
{
    private const string PciStrongCryptography = "pci-dss-strong-cryptography";
    private readonly CatalogSet _catalogs;
    private readonly AssessmentRules _rules;
    private readonly AlgorithmFinder? _algorithms;
    private readonly AcceptanceCriteria _criteria;

    // The other side's duties that an obligor's "you held us up" answer invokes.
    private static readonly ObligationTopic[] EnablingDuties =
        [ObligationTopic.AccessProvision, ObligationTopic.Documentation, ObligationTopic.Approvals, ObligationTopic.SecurityPractices, ObligationTopic.Payment];

    // Duties the parties owe each other under the contract, never to a standard: they map to no requirement.
    private static readonly ObligationTopic[] DutiesBetweenParties =
        [ObligationTopic.AccessProvision, ObligationTopic.Documentation, ObligationTopic.Approvals, ObligationTopic.Payment];

    /// <summary>An assessor over <paramref name="catalogs"/>, which must include the assessment rules.</summary>
    /// <exception cref="ArgumentException">The catalogs have no assessment rules.</exception>
    public ComplianceAssessor(CatalogSet catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        _catalogs = catalogs;
        _rules = catalogs.Rules ?? throw new ArgumentException("The catalog set has no assessment rules (docket.rules/1).", nameof(catalogs));
        _algorithms = catalogs.KeyStrength is { } table ? new AlgorithmFinder(table) : null;
        _criteria = new AcceptanceCriteria(_rules);
    }

    /// <summary>Assesses every obligation of <paramref name="file"/> and builds the compliance matrix.</summary>
    public ComplianceReport Assess(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var applicable = ApplicableCatalogs(file);
        var issues = file.Obligations.Select(o => file.Issues.FirstOrDefault(i => i.Contains(o.StatusSpan) || i.Contains(o.Span))).ToList();
        var context = new Context(file, applicable, issues, _algorithms);
        var assessments = file.Obligations.Select((o, i) => Assess(context, o, issues[i])).ToImmutableArray();
        var cellsOf = new Dictionary<(string, string), List<MatrixCell>>();
        foreach (var a in assessments)
        {
            foreach (var r in a.Requirements)
            {
                if (!cellsOf.TryGetValue((r.CatalogId, r.RequirementId), out var list))
                {
                    cellsOf[(r.CatalogId, r.RequirementId)] = list = [];
                }

                list.Add(new MatrixCell(a.ObligationId, a.ObligorId, a.Status));
            }
        }

        var rows = ImmutableArray.CreateBuilder<MatrixRow>();
        var coverage = ImmutableArray.CreateBuilder<Coverage>();
        var gaps = ImmutableArray.CreateBuilder<Gap>();
        foreach (var catalog in applicable)
        {
            var catalogRows = catalog.Requirements.Select(r =>
            {
                var cells = cellsOf.TryGetValue((catalog.Id, r.Id), out var list) ? [.. list] : ImmutableArray<MatrixCell>.Empty;
                return (Row: new MatrixRow(Reference(catalog, r), cells), Definition: r);
            }).ToList();
            rows.AddRange(catalogRows.Select(r => r.Row));
            var addressed = catalogRows.Select(r => r.Row).Where(r => !r.Cells.IsEmpty).ToList();
            coverage.Add(new Coverage(
                catalog.Id, catalog.Name, catalog.Version, catalogRows.Count, addressed.Count,
                addressed.Count(r => r.Status == ObligationStatus.Met),
                addressed.Count(r => r.Status == ObligationStatus.Partial),
                addressed.Count(r => r.Status == ObligationStatus.Unmet),
                addressed.Count(r => r.Status == ObligationStatus.Disputed),
                addressed.Count(r => r.Status == ObligationStatus.Unknown)));
            foreach (var (row, definition) in catalogRows)
            {
                foreach (var cell in row.Cells.Where(c => c.Status is ObligationStatus.Unmet or ObligationStatus.Partial))
                {
                    gaps.Add(GapOf(file, catalog.Name, definition, row.Requirement, cell));
                }
            }
        }

        return new ComplianceReport(assessments, rows.ToImmutable(), coverage.ToImmutable(), gaps.ToImmutable(),
            [.. applicable.Select(c => $"{c.Id} {c.Version} (revision {c.Revision})")]);
    }

    // The catalogs the case invokes: those named by the case's standards or by an obligation's.
    private List<Catalog> ApplicableCatalogs(CaseFile file)
    {
        var names = file.Standards.Concat(file.Obligations.SelectMany(o => o.Standards)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return [.. _catalogs.Catalogs.Where(c => names.Any(c.IsNamedBy))];
    }

    private ObligationAssessment Assess(Context context, CaseFileObligation o, CaseFileIssue? issue)
    {
        var file = context.File;
        var applicable = context.Applicable;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var questions = new List<string>();
        var obligor = file.Party(o.ObligorId);
        var other = file.Parties.FirstOrDefault(p => p.Id != o.ObligorId && p.Role != PartyRole.Other && p.Role != obligor?.Role);

        reasons.Add(new Reason($"{Name(obligor, o.ObligorId)} undertook it ({KebabCase.Name(o.Topic)}).", o.Text, o.Span, o.Entry));
        var status = o.Status;
        if (status == ObligationStatus.Unknown && issue is not null
            && issue.Positions.Any(p => p.PartyId is not null && p.PartyId != o.ObligorId && p.Stance == Stance.Claim)
            && issue.Positions.Any(p => p.PartyId == o.ObligorId && p.Stance == Stance.Defense))
        {
            // The text states no delivery status, but the issue it sits in has the other side's claim and the
            // obligor's answer: delivery itself is contested.
            status = ObligationStatus.Disputed;
            reasons.Add(new Reason($"The record states no delivery status, but on issue {issue.Number} {Name(other, other?.Id)} claims a failure and {Name(obligor, o.ObligorId)} contests it: disputed.", null, issue.Span, null));
        }
        else
        {
            reasons.Add(StatusReason(o));
        }

        if (status == ObligationStatus.Disputed && issue is not null)
        {
            foreach (var position in issue.Positions)
            {
                reasons.Add(new Reason($"{Name(file.Party(position.PartyId), position.PartyId)} ({KebabCase.Name(position.Stance)}) on issue {issue.Number}:", position.Quote, position.Span, position.Entry));
            }
        }

        var criteria = ImmutableArray.CreateBuilder<Criterion>();
        var verdicts = ImmutableArray.CreateBuilder<StandardVerdict>();
        // Coverage, frequency and participation: what the words promise against what the record says was delivered.
        // Where the record states no status, a measured shortfall is one.
        var measured = _criteria.Read(o, issue?.Positions.Select(p => p.Quote) ?? [], criteria, verdicts);
        if (status == ObligationStatus.Unknown && measured is ObligationStatus.Partial or ObligationStatus.Unmet)
        {
            status = measured.Value;
            reasons[1] = new Reason($"The record states no delivery status, but what it measures falls short of what was promised: {KebabCase.Name(status)} (see the criteria).", null, null, null);
        }

        // What the other side says about delivery, in its own words (the status words alone may be a heading).
        if (status is ObligationStatus.Partial or ObligationStatus.Unmet && issue?.Positions.FirstOrDefault(p => p.PartyId != o.ObligorId && p.Stance == Stance.Claim) is { } claim)
        {
            reasons.Add(new Reason($"{Name(file.Party(claim.PartyId), claim.PartyId)} (claim) on issue {issue.Number}:", claim.Quote, claim.Span, claim.Entry));
        }

        // A shortfall the obligor blames on the other side: responsibility is disputed, delivery is not. The other
        // side's duties in the same issue (access, documentation …) are listed with what would settle them.
        DisputedCause? cause = null;
        if (status is ObligationStatus.Partial or ObligationStatus.Unmet && issue is not null)
        {
            var duties = context.InIssue(issue)
                .Where(d => d.ObligorId != o.ObligorId && d.ObligorId is not null && EnablingDuties.Contains(d.Topic))
                .ToList();
            var invoked = duties.Count > 0 ? $"; the duties it invokes are {string.Join(", ", duties.Select(d => $"{d.Id} ({KebabCase.Name(d.Topic)})"))}." : ".";
            // The obligor's answer: its defence, or its own statement that holds the status words ("the other side's late
            // updates delayed our compliance").
            if (issue.Positions.FirstOrDefault(p => p.PartyId == o.ObligorId && (p.Stance == Stance.Defense || Holds(p.Span, o.StatusSpan))) is { } answer)
            {
                cause = new DisputedCause(answer.PartyId, answer.Quote, answer.Span, [.. duties.Select(d => d.Id)]);
                reasons.Add(new Reason(
                    $"{Name(obligor, o.ObligorId)} blames {Name(other, other?.Id)} for the shortfall. That disputes who is responsible, not what was delivered: the status stays {KebabCase.Name(status)}{invoked}",
                    answer.Quote, answer.Span, answer.Entry));
            }
            else if (duties.Count > 0)
            {
                reasons.Add(new Reason($"The same issue holds duties of {Name(other, other?.Id)} that bear on it{invoked}", duties[0].Text, duties[0].Span, duties[0].Entry));
            }

            foreach (var duty in duties)
            {
                questions.Add(Settle(duty, file.Party(duty.ObligorId), file.Party(o.ObligorId), applicable));
            }
        }

        if (o.Due is { } due)
        {
            criteria.Add(new Criterion("due", due.Text, due.Text));
        }

        if (o.Topic == ObligationTopic.Encryption || o.Standards.Any(s => context.Find(s).Count > 0))
        {
            JudgeCryptography(context, o, status, issue, criteria, verdicts, reasons, obligor);
        }

        if (issue is not null)
        {
            foreach (var count in file.Counts.Where(c => issue.Contains(c.Span)))
            {
                criteria.Add(new Criterion("count", $"{count.Count.ToString(CultureInfo.InvariantCulture)} {count.Unit}", null));
            }
        }

        var evidence = EvidenceFor(file, o);
        foreach (var item in evidence)
        {
            reasons.Add(new Reason($"Evidence entry {item.Entry} ({item.FileName}, submitted by {Name(file.Party(item.SubmittedBy), item.SubmittedBy)}) is said to show this.", item.Shows, null, item.Entry));
        }

        if (status != ObligationStatus.Met)
        {
            questions.Insert(0, Settle(o, obligor, other, applicable));
        }

        var requirements = context.Map(o, obligor);
        foreach (var requirement in requirements.Where(r => r.FutureDated && r.EffectiveFrom is { } from && DueBefore(o, file, from)))
        {
            reasons.Add(new Reason($"{requirement.CatalogName} {requirement.RequirementId} was future-dated: best practice only until {requirement.EffectiveFrom:yyyy-MM-dd}, after this obligation fell due.", null, null, null));
        }

        return new ObligationAssessment(o.Id, o.ObligorId, o.Topic, o.Text, status, reasons.ToImmutable(), criteria.ToImmutable(), verdicts.ToImmutable(),
            requirements, [.. evidence.Select(e => e.Entry)], cause, [.. questions.Distinct(StringComparer.Ordinal)]);
    }

    private static bool Holds(Text.SourceSpan? outer, Text.SourceSpan? inner) =>
        outer is { } a && inner is { } b && a.Start <= b.Start && b.End <= a.End;

    private static Reason StatusReason(CaseFileObligation o) => o.Status switch
    {
        ObligationStatus.Met => new Reason("The record says it was done.", o.StatusText, o.StatusSpan, o.Entry),
        ObligationStatus.Partial => new Reason("The record says it was done only in part: partial.", o.StatusText, o.StatusSpan, o.Entry),
        ObligationStatus.Unmet => new Reason("The record says it was not done, or done otherwise than promised: unmet.", o.StatusText, o.StatusSpan, o.Entry),
        ObligationStatus.Disputed => new Reason("One side says it was not done and the other contests it: disputed.", o.StatusText, o.StatusSpan, o.Entry),
        _ => new Reason("The record does not say whether it was delivered: unknown.", null, null, o.Entry),
    };

    // Required algorithm from the promise itself; the one used from the words that report delivery.
    private void JudgeCryptography(Context context, CaseFileObligation o, ObligationStatus status, CaseFileIssue? issue, ImmutableArray<Criterion>.Builder criteria,
        ImmutableArray<StandardVerdict>.Builder verdicts, ImmutableArray<Reason>.Builder reasons, CaseFileParty? obligor)
    {
        var table = _catalogs.KeyStrength;
        if (table is null)
        {
            return;
        }

        var required = o.Standards.Append(o.Text).SelectMany(s => context.Find(s)).Select(f => f.Algorithm).DistinctBy(a => a.Name).ToList();
        var reports = new List<string>();
        if (o.StatusText is { } statusText)
        {
            reports.Add(statusText);
        }

        reports.AddRange(issue?.Positions.Select(p => p.Quote) ?? []);
        var mentioned = reports.SelectMany(r => context.Find(r)).Select(f => f.Algorithm).DistinctBy(a => a.Name).ToList();
        required.AddRange(mentioned.Where(a => reports.Any(r => RequiredIn(context.Find(r), r, a))).Where(a => required.All(x => x.Name != a.Name)));
        var used = mentioned.Where(a => required.All(r => r.Name != a.Name)).ToList();
        var weaker = reports.FirstOrDefault(r => _rules.WeakerMethodPhrases.Any(p => r.Contains(p, StringComparison.OrdinalIgnoreCase)));
        foreach (var algorithm in required)
        {
            criteria.Add(new Criterion("algorithm-required", algorithm.Name, o.Text));
        }

        foreach (var algorithm in used)
        {
            criteria.Add(new Criterion("algorithm-used", algorithm.Name, null));
        }

        var floor = table.Threshold(PciStrongCryptography);
        var against = floor is null ? null : $"PCI DSS strong cryptography (at least {floor.MinimumStrengthBits} bits)";
        if (used.Count > 0)
        {
            var weakest = used.MinBy(a => a.StrengthBits ?? 0)!;
            if (required.Count > 0)
            {
                var need = required.Max(a => a.StrengthBits ?? 0);
                verdicts.Add(new StandardVerdict("the contract",
                    (weakest.StrengthBits ?? 0) >= need ? ObligationStatus.Met : ObligationStatus.Unmet,
                    $"{weakest.Name} ({Bits(weakest)}) against the required {string.Join(", ", required.Select(a => $"{a.Name} ({Bits(a)})"))}."));
            }

            if (floor is not null && weakest.StrengthBits is { } bits)
            {
                verdicts.Add(new StandardVerdict(against!, bits >= floor.MinimumStrengthBits && weakest.Status != "disallowed" ? ObligationStatus.Met : ObligationStatus.Unmet,
                    $"{weakest.Name} gives {bits} bits ({weakest.Status}){(weakest.Note is null ? string.Empty : "; " + weakest.Note)}."));
            }

            return;
        }

        if (required.Count > 0 && (weaker is not null || status == ObligationStatus.Unmet))
        {
            verdicts.Add(new StandardVerdict("the contract", ObligationStatus.Unmet,
                $"The contract requires {string.Join(", ", required.Select(a => a.Name))}; the record says another, weaker method was used."));
            reasons.Add(new Reason($"Unmet against the contract, which requires {string.Join(", ", required.Select(a => a.Name))}.", weaker ?? o.StatusText, weaker is null ? o.StatusSpan : null, null));
        }

        if (floor is not null && (weaker is not null || required.Count > 0))
        {
            verdicts.Add(new StandardVerdict(against!, ObligationStatus.Unknown,
                $"Depends on the method {obligor?.Name ?? "the obligor"} actually used, which the record does not name: a method of at least "
                + $"{floor.MinimumStrengthBits} bits (AES-128, for example) would meet PCI DSS even where it breaches a stricter contract term."));
        }
    }

    private bool RequiredIn(IReadOnlyList<(CryptoAlgorithm Algorithm, int Start, int Length)> mentions, string text, CryptoAlgorithm algorithm)
    {
        // "agreed to employ AES-256", "required AES-256": the algorithm follows a word of promise in the same sentence.
        foreach (var (found, start, _) in mentions)
        {
            if (found.Name != algorithm.Name)
            {
                continue;
            }

            var before = text[Math.Max(0, start - 60)..start];
            if (_rules.PromiseWords.Any(w => before.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Bits(CryptoAlgorithm a) => a.StrengthBits is { } bits ? $"{bits}-bit strength" : "strength not rated";

    private List<CaseFileEvidence> EvidenceFor(CaseFile file, CaseFileObligation o)
    {
        if (!_rules.TopicWords.TryGetValue(o.Topic, out var words) || words.IsEmpty)
        {
            return [];
        }

        return [.. file.Evidence.Where(e => words.Any(w =>
            (e.Shows ?? string.Empty).Contains(w, StringComparison.OrdinalIgnoreCase) || e.FileName.Contains(w, StringComparison.OrdinalIgnoreCase)))];
    }

    private string Settle(CaseFileObligation o, CaseFileParty? obligor, CaseFileParty? other, List<Catalog> applicable)
    {
        var template = _rules.SettlingFacts.GetValueOrDefault(KebabCase.Name(o.Topic)) ?? _rules.SettlingFacts["*"];
        var standard = o.Standards.FirstOrDefault() ?? applicable.FirstOrDefault()?.Name ?? "the standard";
        return template
            .Replace("{obligor}", obligor?.Name ?? "the obligor", StringComparison.Ordinal)
            .Replace("{other}", other?.Name ?? "the other party", StringComparison.Ordinal)
            .Replace("{standard}", standard, StringComparison.Ordinal)
            .Replace("{text}", o.Text.Length > 80 ? o.Text[..80] + "…" : o.Text, StringComparison.Ordinal);
    }

    // Requirements of the applicable catalogs on the obligation's topic that its obligor can owe (never the duties
    // between the parties). A compliance
    // obligation naming a catalog maps to that catalog's compliance requirements.
    private static ImmutableArray<RequirementRef> Map(CaseFileObligation o, CaseFileParty? obligor, List<Catalog> applicable)
    {
        var refs = ImmutableArray.CreateBuilder<RequirementRef>();
        if (DutiesBetweenParties.Contains(o.Topic))
        {
            return refs.ToImmutable();
        }

        foreach (var catalog in applicable)
        {
            if (o.Topic == ObligationTopic.Compliance && o.Standards.Length > 0 && !o.Standards.Any(catalog.IsNamedBy))
            {
                continue;
            }

            foreach (var requirement in catalog.Requirements)
            {
                if (requirement.Topics.Contains(o.Topic) && Owes(requirement.AppliesTo, obligor?.Role))
                {
                    refs.Add(Reference(catalog, requirement));
                }
            }
        }

        return refs.ToImmutable();
    }

    private static bool Owes(Applicability appliesTo, PartyRole? role) => appliesTo switch
    {
        Applicability.Vendor => role is null or PartyRole.Vendor,
        Applicability.Client => role is null or PartyRole.Client,
        _ => true,
    };

    private static RequirementRef Reference(Catalog catalog, CatalogRequirement r) =>
        new(catalog.Id, catalog.Name, r.Id, r.Title, r.FutureDated, r.EffectiveFrom);

    // The obligation's own due date, else the contract's completion date, falls before the date given.
    private static bool DueBefore(CaseFileObligation o, CaseFile file, NodaTime.LocalDate date) =>
        (o.Due?.Latest ?? file.ContractDeadline?.Latest) is { } due && due < date;

    private static Gap GapOf(CaseFile file, string catalogName, CatalogRequirement requirementDef, RequirementRef requirement, MatrixCell cell)
    {
        var bound = requirementDef.AppliesTo == Applicability.Vendor
            ? file.Parties.FirstOrDefault(p => p.Role == PartyRole.Vendor)
            : file.Parties.FirstOrDefault(p => p.Role == PartyRole.Client);
        var obligor = file.Party(cell.ObligorId);
        var explanation = $"{catalogName} {requirement.RequirementId} ({requirement.Title}) is not satisfied: {cell.ObligationId} is {KebabCase.Name(cell.Status)}"
            + (bound is null ? "." : $"; this puts {bound.Name} out of compliance" + (obligor is not null && obligor.Id != bound.Id ? $" ({obligor.Name} undertook it)." : "."));
        return new Gap(requirement, cell.ObligationId, cell.Status, bound?.Id, explanation);
    }

    private static string Name(CaseFileParty? party, string? id) => party?.Name ?? id ?? "The obligor";

    // What one assessment run shares across its obligations: the issue each sits in, the algorithm mentions of each
    // text (position texts repeat for every obligation of an issue), and the requirements of each topic and role.
    private sealed class Context(CaseFile file, List<Catalog> applicable, List<CaseFileIssue?> issues, AlgorithmFinder? algorithms)
    {
        private readonly Dictionary<string, IReadOnlyList<(CryptoAlgorithm, int, int)>> _mentions = new(StringComparer.Ordinal);
        private readonly Dictionary<(ObligationTopic, PartyRole?, string), ImmutableArray<RequirementRef>> _maps = [];
        private readonly ILookup<CaseFileIssue, CaseFileObligation> _byIssue = file.Obligations
            .Select((o, i) => (Obligation: o, Issue: issues[i]))
            .Where(x => x.Issue is not null)
            .ToLookup(x => x.Issue!, x => x.Obligation);

        public CaseFile File => file;

        public List<Catalog> Applicable => applicable;

        public IEnumerable<CaseFileObligation> InIssue(CaseFileIssue issue) => _byIssue[issue];

        public IReadOnlyList<(CryptoAlgorithm Algorithm, int Start, int Length)> Find(string text)
        {
            if (algorithms is null)
            {
                return [];
            }

            if (!_mentions.TryGetValue(text, out var found))
            {
                _mentions[text] = found = algorithms.Find(text);
            }

            return found;
        }

        public ImmutableArray<RequirementRef> Map(CaseFileObligation o, CaseFileParty? obligor)
        {
            var key = (o.Topic, obligor?.Role, o.Topic == ObligationTopic.Compliance ? string.Join('|', o.Standards) : string.Empty);
            if (!_maps.TryGetValue(key, out var refs))
            {
                _maps[key] = refs = ComplianceAssessor.Map(o, obligor, applicable);
            }

            return refs;
        }
    }
}
