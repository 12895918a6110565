using System.Collections.Immutable;
using Docket.Core.Scheduling;
using NodaTime;

namespace Docket.Core.Delay;

/// <summary>
/// Turns critical delay intervals into extension-of-time days, delay-damages days and compensable days under a
/// concurrency rule (methods.md A11): a day-by-day timeline over (contract completion, completion], each day classified
/// by the parties whose critical events delay completion on it, then the rule applied to each class.
/// </summary>
/// <remarks>
/// Per day: client-only gives time and money; neutral-only time only; supplier-only delay damages; client and
/// supplier together follow the rule (Malmaison and US: time, no money; apportionment: the client's share α of time and
/// money, the rest delay damages; a concurrency clause: delay damages; first in time: the party whose event began
/// first); neutral with supplier gives time without money (a clause or apportionment as for client and supplier);
/// client with neutral gives time without money. A day no event explains is reported as unexplained, neither time nor
/// damages. Shares always add up: extension + delay damages + unexplained = total days.
/// </remarks>
public static class ConcurrencyCalculator
{
    /// <summary>Applies <paramref name="rule"/> to <paramref name="intervals"/>.</summary>
    /// <param name="contractCompletion">The completion date before any extension.</param>
    /// <param name="completion">Actual or forecast completion.</param>
    /// <param name="intervals">Critical delay to completion, per event.</param>
    /// <param name="rule">The concurrency rule.</param>
    /// <param name="apportionment">The client's share of concurrent days under <see cref="ConcurrencyRule.Apportionment"/> (0 to 1).</param>
    public static ConcurrencyResult Compute(LocalDate contractCompletion, LocalDate completion, IEnumerable<DelayInterval> intervals, ConcurrencyRule rule, decimal apportionment = 0.5m)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentOutOfRangeException.ThrowIfLessThan(apportionment, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(apportionment, 1m);
        var list = intervals.ToList();
        var days = ImmutableArray.CreateBuilder<DelayDay>();
        var byParty = new Dictionary<Responsibility, decimal>();
        decimal extension = 0, damages = 0, compensable = 0;
        var unexplained = 0;
        for (var date = contractCompletion.PlusDays(1); date <= completion; date = date.PlusDays(1))
        {
            var on = list.Where(i => i.From <= date && date <= i.To).ToList();
            var client = on.Any(i => i.Party is Responsibility.Client or Responsibility.Shared);
            var supplier = on.Any(i => i.Party is Responsibility.Supplier or Responsibility.Shared);
            var neutral = on.Any(i => i.Party == Responsibility.Neutral);
            var (cls, ext, dd, comp) = Classify(client, supplier, neutral, rule, apportionment, FirstStarter(on));
            var parties = ImmutableArray.CreateRange(new[] { (client, Responsibility.Client), (supplier, Responsibility.Supplier), (neutral, Responsibility.Neutral) }.Where(p => p.Item1).Select(p => p.Item2));
            days.Add(new DelayDay(date, parties, [.. on.Select(i => i.EventId).Distinct()], cls, ext, dd, comp));
            if (cls == "unexplained")
            {
                unexplained++;
                continue;
            }

            extension += ext;
            damages += dd;
            compensable += comp;
            Attribute(byParty, client, neutral, ext, dd);
        }

        var total = Math.Max(0, Period.DaysBetween(contractCompletion, completion));
        return new ConcurrencyResult(rule, rule == ConcurrencyRule.Apportionment ? apportionment : null, contractCompletion, completion, total, extension,
            contractCompletion.PlusDays((int)decimal.Floor(extension)), damages, compensable, unexplained, byParty.ToImmutableDictionary(), days.ToImmutable());
    }

    // The party whose event, among those delaying completion this day, began first (null on a tie or when none did).
    private static Responsibility? FirstStarter(List<DelayInterval> on)
    {
        var client = on.Where(i => i.Party is Responsibility.Client).Select(i => i.EventStart ?? i.From).DefaultIfEmpty(LocalDate.MaxIsoValue).Min();
        var supplier = on.Where(i => i.Party is Responsibility.Supplier).Select(i => i.EventStart ?? i.From).DefaultIfEmpty(LocalDate.MaxIsoValue).Min();
        return client < supplier ? Responsibility.Client : supplier < client ? Responsibility.Supplier : null;
    }

    private static (string Class, decimal Extension, decimal Damages, decimal Compensable) Classify(
        bool client, bool supplier, bool neutral, ConcurrencyRule rule, decimal alpha, Responsibility? first)
    {
        if (client && supplier)
        {
            return rule switch
            {
                ConcurrencyRule.Apportionment => ("concurrent", alpha, 1 - alpha, alpha),
                ConcurrencyRule.ConcurrencyClause => ("concurrent", 0, 1, 0),
                ConcurrencyRule.FirstInTime when first == Responsibility.Client => ("concurrent", 1, 0, 1),
                ConcurrencyRule.FirstInTime when first == Responsibility.Supplier => ("concurrent", 0, 1, 0),
                _ => ("concurrent", 1, 0, 0),
            };
        }

        if (neutral && supplier)
        {
            return rule switch
            {
                ConcurrencyRule.Apportionment => ("neutral+supplier", alpha, 1 - alpha, 0),
                ConcurrencyRule.ConcurrencyClause => ("neutral+supplier", 0, 1, 0),
                _ => ("neutral+supplier", 1, 0, 0),
            };
        }

        return (client, supplier, neutral) switch
        {
            (true, _, true) => ("client+neutral", 1, 0, 0),
            (true, _, _) => ("client", 1, 0, 1),
            (_, true, _) => ("supplier", 0, 1, 0),
            (_, _, true) => ("neutral", 1, 0, 0),
            _ => ("unexplained", 0, 0, 0),
        };
    }

    // The day's extension share goes to the excusing parties (split evenly), its delay-damages share to the supplier.
    private static void Attribute(Dictionary<Responsibility, decimal> byParty, bool client, bool neutral, decimal extension, decimal damages)
    {
        var excusing = (client ? 1 : 0) + (neutral ? 1 : 0);
        if (extension > 0 && excusing > 0)
        {
            foreach (var (on, party) in new[] { (client, Responsibility.Client), (neutral, Responsibility.Neutral) })
            {
                if (on)
                {
                    byParty[party] = byParty.GetValueOrDefault(party) + (extension / excusing);
                }
            }
        }

        if (damages > 0)
        {
            byParty[Responsibility.Supplier] = byParty.GetValueOrDefault(Responsibility.Supplier) + damages;
        }
    }
}
