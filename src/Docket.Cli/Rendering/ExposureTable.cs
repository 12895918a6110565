using Docket.Core.Exposure;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The exposure: heads of loss, the net under each cap assumption and theory against the contract value, and the settlement figures.</summary>
internal static class ExposureTable
{
    public static void Write(TextWriter output, ExposureReport report)
    {
        var console = PlainConsole.Create(output, 150);
        var heads = new Table().Title($"Heads of loss ({report.Currency})").AddColumns("head", "kind", "amount", "source");
        foreach (var h in report.Heads)
        {
            heads.AddRow(Markup.Escape(h.Name), Core.Utility.KebabCase.Name(h.Kind), Money.Text(h.Likely), Markup.Escape(h.Source));
        }

        console.Write(heads);
        if (report.Heads.IsEmpty)
        {
            console.WriteLine("The record states no sum as a loss; add heads of loss to compute exposure.");
        }

        var value = report.ContractValue is { } v ? $"contract value {Money.Text(v)}" : "contract value not stated";
        var table = new Table().Title($"Net exposure by cap assumption ({value})").AddColumns("assumption", "theory", "gross", "net", "band (low–high)", "net / contract value");
        foreach (var s in report.Scenarios)
        {
            if (s.ByTheory.IsEmpty)
            {
                table.AddRow(Markup.Escape(s.Assumption), "-", "-", "-", "-", Markup.Escape($"missing: {s.Missing}"));
                continue;
            }

            foreach (var r in s.ByTheory)
            {
                table.AddRow(Markup.Escape(s.Assumption), r.Theory, Money.Text(r.Gross), Money.Text(r.Net), $"{Money.Text(r.NetLow)}–{Money.Text(r.NetHigh)}",
                    report.ContractValue is { } cv && cv > 0 ? $"{r.Net / cv:0.##}×" : "-");
            }
        }

        console.Write(table);
        foreach (var a in report.Assumptions)
        {
            console.WriteLine("Assumed: " + a);
        }

        if (report.Settlement is { } range)
        {
            console.WriteLine($"Expected award {Money.Text(range.ExpectedAward)}; claimant's floor {Money.Text(range.ClaimantFloor)}, respondent's ceiling {Money.Text(range.RespondentCeiling)}"
                + (range.ZoneExists ? " (a zone of possible agreement exists)." : " (no zone of agreement)."));
        }

        if (report.Distribution is { } d)
        {
            console.WriteLine($"Monte Carlo, {d.Trials} trials, seed {d.Seed}: mean {Money.Text(d.Mean)} (± {Money.Text(d.StandardError)}), P5 {Money.Text(d.Percentiles["p5"])}, P50 {Money.Text(d.Percentiles["p50"])}, P95 {Money.Text(d.Percentiles["p95"])}, nothing to pay in {d.ProbabilityOfZero:P0}.");
        }

        foreach (var share in report.Art82)
        {
            console.WriteLine($"GDPR Art. 82: {share.Party} owes the data subjects up to {Money.Text(share.ExternalExposure)}, bears {Money.Text(share.Bears)}, "
                + (share.Recourse >= 0 ? $"recovers {Money.Text(share.Recourse)} from the others." : $"repays {Money.Text(-share.Recourse)} to the payer."));
        }

        if (report.Statutory is { } statutory)
        {
            console.WriteLine(statutory);
        }
    }
}
