using Docket.Core.CaseFiles;
using Docket.Core.Utility;

namespace Docket.Core.Clocks;

/// <summary>The case's contractual clocks as rules the engine runs beside the statutes: the obligor is the party itself.</summary>
public static class ContractClocks
{
    /// <summary>The clocks of <paramref name="file"/>.</summary>
    public static IEnumerable<ClockRule> From(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var c in file.Clocks)
        {
            if (!KebabCase.TryParse<ClockTrigger>(c.Trigger, out var trigger) || !KebabCase.TryParse<PeriodUnit>(c.Unit, out var unit))
            {
                continue;
            }

            yield return new ClockRule("contract-" + c.Id, c.Citation, "contract", "contract", file.Party(c.ObligorId)?.Name ?? c.ObligorId,
                file.Party(c.Recipient)?.Name ?? c.Recipient, trigger, c.Period, unit)
            {
                Note = c.Text.Length == 0 ? null : c.Text,
                Confidence = "V",
                Source = c.Entry is { } entry ? $"ledger entry {entry}" : "the case",
                Version = c.Entry is { } e ? $"ledger entry {e}" : "the case",
                TimeZone = "UTC",
            };
        }
    }
}
