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

            var obligor = file.Party(c.ObligorId)?.Name ?? (c.ObligorId.Length > 0 ? c.ObligorId : "either party");
            var recipient = file.Party(c.Recipient)?.Name ?? (c.Recipient.Length > 0 ? c.Recipient : file.Parties.FirstOrDefault(p => p.Id != c.ObligorId && p.Role != Cases.PartyRole.Other)?.Name ?? "the other party");
            yield return new ClockRule("contract-" + c.Id, c.Citation, "contract", "contract", obligor, recipient, trigger, c.Period, unit)
            {
                After = c.After,
                Action = c.Kind switch
                {
                    "cure-period" => "cured the breach",
                    "escalation" => "took the escalation step the contract requires",
                    "notice-period" => "acted at the end of the notice period",
                    _ => null,
                },
                Note = c.Text.Length == 0 ? null : c.Text,
                Confidence = "V",
                Source = c.Entry is { } entry ? $"ledger entry {entry}" : c.Span is { } at ? $"the narrative, line {at.Line}" : "the case",
                Version = c.Entry is { } e ? $"ledger entry {e}" : c.Span is { } at2 ? $"the narrative, line {at2.Line}" : "the case",
                TimeZone = "UTC",
            };
        }
    }
}
