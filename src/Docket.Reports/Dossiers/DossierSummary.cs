using System.Collections.Immutable;
using System.Globalization;
using Docket.Core.CaseFiles;
using Docket.Core.Cases;
using Docket.Core.Exposure;
using Docket.Core.Utility;

namespace Docket.Reports.Dossiers;

/// <summary>The dossier's summary: one sentence per part, each made of the part's own figures.</summary>
internal static class DossierSummary
{
    public static ImmutableArray<string> Write(Dossier d, CaseFile file)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        var parties = d.Cover.Parties.Select(p => $"{p.Name} ({p.Role})");
        lines.Add($"Parties: {(d.Cover.Parties.IsEmpty ? "none identified" : string.Join("; ", parties))}. Stage of the dispute: {d.Cover.Stage}.");

        var contract = new List<string>();
        if (file.ContractSigned is { } signed)
        {
            contract.Add($"signed {signed.Text}");
        }

        if (file.ContractValue is { } value)
        {
            contract.Add($"value {value.Currency} {Money.Text(value.Amount)}");
        }

        if (file.ContractDeadline is { } deadline)
        {
            contract.Add($"deadline {deadline.Text}");
        }

        lines.Add(contract.Count == 0 ? "The narrative states no contract date, value or deadline." : $"Contract: {string.Join(", ", contract)}.");

        var statuses = d.Compliance.Assessments.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KebabCase.Name(g.Key)}");
        lines.Add(d.Compliance.Assessments.IsEmpty
            ? "No obligation was read from the record."
            : $"Obligations: {d.Compliance.Assessments.Length} assessed ({string.Join(", ", statuses)}); {d.Compliance.Gaps.Length} gaps against the catalogued standards.");

        lines.Add($"Chronology: {d.Chronology.Facts.Length} dated facts, {d.Chronology.Disputed.Length} disputed, {d.Chronology.Contradictions.Length} contradictions between the parties' accounts.");

        if (d.Delay.Selected is { } days)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"Delay: completion {days.Completion:yyyy-MM-dd} against {days.ContractCompletion:yyyy-MM-dd}, {days.TotalDays} days; under {KebabCase.Name(days.Rule)}: {days.ExtensionDays} days' extension, {days.DelayDamagesDays} days of delay damages, {days.UnexplainedDays} unexplained."));
        }
        else if (d.Delay.Narrative is { } narrative)
        {
            var missed = narrative.Missed switch { true => "missed", false => "met", _ => "whether it was missed is not stated" };
            var causes = narrative.Causes.Select(c => d.PartyName(c.PartyId)).Distinct(StringComparer.Ordinal).ToList();
            lines.Add($"Delay: deadline {narrative.Deadline ?? "not stated"} ({missed}); {narrative.Causes.Length} stated causes"
                + (causes.Count == 0 ? string.Empty : $" (from {string.Join(" and ", causes)})") + $"; {narrative.DecidingDates.Length} dates would decide it.");
        }

        var applies = d.Clocks.Duties.Count(x => x.Applies == "applies");
        var may = d.Clocks.Duties.Count(x => x.Applies == "may-apply");
        var byStatus = d.Clocks.Duties.Where(x => x.Applies != "does-not-apply").GroupBy(x => x.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"Clocks as of {d.AsOf:yyyy-MM-dd}: {applies} duties apply and {may} may apply ({string.Join(", ", byStatus)}); {d.Clocks.MissingFacts.Length} facts missing."));

        var nets = d.Exposure.Scenarios.SelectMany(s => s.ByTheory).ToList();
        if (nets.Count == 0 || nets.All(n => n.Gross == 0))
        {
            lines.Add("Exposure: no head of loss with an amount is recorded; add them with 'docket loss add'.");
        }
        else
        {
            var currency = d.Exposure.Currency;
            lines.Add($"Exposure: gross loss {currency} {Money.Text(nets.Max(n => n.Gross))}; net {currency} {Money.Text(nets.Min(n => n.Net))} to {currency} {Money.Text(nets.Max(n => n.Net))} across {d.Exposure.Scenarios.Length} cap assumptions and both theories"
                + (d.Exposure.ContractValue is { } cv ? $", against a contract value of {currency} {Money.Text(cv)}." : "."));
        }

        if (d.Exposure.Settlement is { } s)
        {
            lines.Add(s.ZoneExists
                ? $"Settlement: expected award {d.Exposure.Currency} {Money.Text(s.ExpectedAward)}; a zone of agreement from {Money.Text(s.ClaimantFloor)} to {Money.Text(s.RespondentCeiling)}."
                : $"Settlement: expected award {d.Exposure.Currency} {Money.Text(s.ExpectedAward)}; no zone of agreement (the claimant's floor {Money.Text(s.ClaimantFloor)} is above the respondent's ceiling {Money.Text(s.RespondentCeiling)}).");
        }

        lines.Add($"{d.OpenQuestions.Length} open questions; {d.Exhibits.Length} exhibits"
            + (d.Cover.Ledger is { } l ? $", each proven into the checkpoint at {l.TreeSize} entries." : "; the case is not stored in a ledger."));
        return lines.ToImmutable();
    }
}
