using System.Collections.Immutable;
using System.Globalization;

namespace Docket.Core.Exposure;

/// <summary>
/// The damages waterfall in the order methods.md B10 gives, each step shown with its rule and inputs: gross loss
/// (liquidated damages in place of delay loss where the contract sets them), exclusions (consequential loss, with the
/// data-breach carve-out), mitigation, apportionment by the respondent's share, caps (general, data-breach super cap,
/// uncapped carve-outs and gross negligence) and the net. Money is decimal; every step's amount is rounded to cents,
/// half away from zero. Each step can only lower the amount, so the net never exceeds the gross.
/// </summary>
public static class DamagesPipeline
{
    /// <summary>Runs the pipeline on the likely amounts (and on the low and high ones for the band).</summary>
    public static DamagesResult Run(IReadOnlyList<LossHead> heads, ContractTerms terms, Theory theory)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(theory);
        var steps = ImmutableArray.CreateBuilder<PipelineStep>();
        var likely = Net(heads, terms, theory, h => h.Likely, steps);
        var low = Net(heads, terms, theory, h => h.Low, null);
        var high = Net(heads, terms, theory, h => h.High, null);
        return new DamagesResult(theory.Name, Describe(terms), steps.ToImmutable(), steps[0].Amount, likely, low, high);
    }

    /// <summary>The net on the amounts <paramref name="amount"/> picks, recording the steps when asked.</summary>
    public static decimal Net(IReadOnlyList<LossHead> heads, ContractTerms terms, Theory theory, Func<LossHead, decimal> amount, ImmutableArray<PipelineStep>.Builder? steps)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(amount);
        return Net(heads, terms, theory, i => amount(heads[i]), steps);
    }

    /// <summary>The net on the amounts <paramref name="amountAt"/> gives by head index.</summary>
    internal static decimal Net(IReadOnlyList<LossHead> heads, ContractTerms terms, Theory theory, Func<int, decimal> amountAt, ImmutableArray<PipelineStep>.Builder? steps)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(theory);

        // 1. Gross: delay loss replaced by liquidated damages where the contract sets a rate.
        var count = heads.Count + 1;
        var kept = new decimal[count];
        var items = new LossHead?[count];
        for (var i = 0; i < heads.Count; i++)
        {
            var h = heads[i];
            if (!(h.Kind == LossKind.Delay && terms.DelayRatePerDay is not null))
            {
                items[i] = h;
                kept[i] = Money.Cents(amountAt(i));
            }
        }

        if (terms.DelayRatePerDay is { } rate && terms.DelayDays > 0)
        {
            var ld = rate * terms.DelayDays;
            ld = terms.DelayCap is { } ldCap && ldCap < ld ? ldCap : ld;
            items[^1] = new LossHead("liquidated damages for delay", LossKind.Delay, ld, ld, ld, $"{Money.Text(rate)} a day for {terms.DelayDays} days");
            kept[^1] = Money.Cents(ld);
        }

        var gross = Sum(kept);
        steps?.Add(new PipelineStep("gross", $"the sum of {items.Count(i => i is not null)} heads of loss" + (terms.DelayRatePerDay is not null ? ", liquidated damages in place of delay loss" : string.Empty), gross));

        // 2. Exclusions: consequential loss, and loss argued either way unless the theory treats it as direct.
        if (terms.ExcludesConsequential)
        {
            for (var i = 0; i < count; i++)
            {
                if (items[i] is { } h)
                {
                    var cls = LossClassifier.Classify(h.Kind);
                    if ((cls == LossClass.Consequential || (cls == LossClass.Uncertain && !theory.UncertainAsDirect))
                        && !(h.DataBreach && terms.ExclusionSparesDataBreach) && !terms.Indemnified.Contains(h.Kind))
                    {
                        kept[i] = 0m;
                    }
                }
            }
        }

        steps?.Add(new PipelineStep("exclusions", terms.ExcludesConsequential
            ? "consequential loss excluded" + (theory.UncertainAsDirect ? "; loss argued either way treated as direct" : "; loss argued either way treated as consequential") + (terms.ExclusionSparesDataBreach ? "; the exclusion spares data-breach loss" : string.Empty)
            : "no exclusion of consequential loss", Sum(kept)));

        // 3. Mitigation: loss the claimant could have avoided.
        if (theory.DeductAvoidable)
        {
            for (var i = 0; i < count; i++)
            {
                if (items[i] is { Avoidable: > 0 } h)
                {
                    kept[i] -= Math.Min(kept[i], Money.Cents(h.Avoidable));
                }
            }
        }

        steps?.Add(new PipelineStep("mitigation", theory.DeductAvoidable ? "the avoidable loss the respondent shows is deducted" : "no deduction for mitigation", Sum(kept)));

        // 4. Apportionment: the respondent's share of causation.
        for (var i = 0; i < count; i++)
        {
            kept[i] = Money.Cents(kept[i] * theory.RespondentShare);
        }

        steps?.Add(new PipelineStep("apportionment", $"the respondent's share of causation: {theory.RespondentShare.ToString("0.##", CultureInfo.InvariantCulture)}", Sum(kept)));

        // 5. Caps: uncapped carve-outs, the data-breach super cap, the general cap.
        var noCap = terms.GrossNegligence || terms.Cap == CapKind.None || terms.CapAmount is null;
        decimal uncapped = 0, super = 0, general = 0;
        for (var i = 0; i < count; i++)
        {
            if (items[i] is not { } h)
            {
                continue;
            }

            if (noCap || terms.Uncapped.Contains(h.Kind))
            {
                uncapped += kept[i];
            }
            else if (h.DataBreach && terms.DataBreachSuperCapMultiple is not null)
            {
                super += kept[i];
            }
            else
            {
                general += kept[i];
            }
        }

        var cap = terms.CapAmount ?? decimal.MaxValue;
        var superCap = terms.DataBreachSuperCapMultiple is { } m && terms.CapAmount is { } general0 ? Money.Cents(general0 * m) : decimal.MaxValue;
        var net = Money.Cents(uncapped + Math.Min(super, superCap) + Math.Min(general, cap));
        steps?.Add(new PipelineStep("caps", Describe(terms), net));
        steps?.Add(new PipelineStep("net", "what the respondent would pay on this theory and these terms", net));
        return net;
    }

    private static decimal Sum(decimal[] amounts)
    {
        var total = 0m;
        foreach (var a in amounts)
        {
            total += a;
        }

        return total;
    }

    private static string Describe(ContractTerms terms)
    {
        var cap = terms.Cap switch
        {
            CapKind.None => "no cap",
            _ when terms.CapAmount is null => "a cap whose amount is not known (treated as no cap)",
            CapKind.Fixed => $"cap {Money.Text(terms.CapAmount!.Value)}",
            CapKind.FeesInLookback => $"cap at fees paid in the lookback window, {Money.Text(terms.CapAmount!.Value)}",
            _ => $"cap at the contract value, {Money.Text(terms.CapAmount!.Value)}",
        };
        return cap
            + (terms.DataBreachSuperCapMultiple is { } m ? $"; data-breach super cap {m.ToString("0.##", CultureInfo.InvariantCulture)}×" : string.Empty)
            + (terms.Uncapped.IsEmpty ? string.Empty : $"; uncapped: {string.Join(", ", terms.Uncapped.Select(k => Utility.KebabCase.Name(k)))}")
            + (terms.Indemnified.IsEmpty ? string.Empty : $"; indemnified: {string.Join(", ", terms.Indemnified.Select(k => Utility.KebabCase.Name(k)))}")
            + (terms.DelayRatePerDay is { } rate ? $"; liquidated damages {Money.Text(rate)} a day for {terms.DelayDays} days" + (terms.DelayCap is { } ldCap ? $", capped at {Money.Text(ldCap)}" : string.Empty) : string.Empty)
            + (terms.GrossNegligence ? "; gross negligence proved, so no cap applies" : string.Empty);
    }
}
