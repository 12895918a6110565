using Docket.Core.Cases;
using Docket.Intake;
using Docket.Intake.Json;
using Spectre.Console;

namespace Docket.Cli.Rendering;

/// <summary>The readable summary of intake results: one panel of tables per case.</summary>
internal static class CaseSummary
{
    public static void Write(TextWriter output, IReadOnlyList<IntakeResult> results)
    {
        var console = PlainConsole.Create(output, 120);
        foreach (var result in results)
        {
            WriteOne(console, result);
        }
    }

    private static void WriteOne(IAnsiConsole console, IntakeResult result)
    {
        console.Write(new Rule(Markup.Escape(result.Source.Name)) { Justification = Justify.Left });
        if (result.Case is not { } c)
        {
            console.WriteLine("Not read: " + string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Message)));
            console.WriteLine();
            return;
        }

        var head = new Grid().AddColumn().AddColumn();
        head.AddRow("Title", Markup.Escape(c.Title ?? "—"));
        head.AddRow("Theme / case", Markup.Escape($"{c.Theme ?? "—"} / {(c.CaseNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")}"));
        head.AddRow("Contract", Markup.Escape(ContractLine(c.Contract)));
        head.AddRow("Status", Markup.Escape(c.Status is { } s ? $"{CaseJsonWriter.Kebab(s.Stage)}: {s.Summary}" : "—"));
        head.AddRow("Standards", Markup.Escape(c.Standards.IsEmpty ? "—" : string.Join(", ", c.Standards.Select(x => x.Name))));
        console.Write(head);

        var parties = new Table().AddColumns("Id", "Party", "Role", "Aliases", "Location");
        foreach (var p in c.Parties)
        {
            parties.AddRow(p.Id, Markup.Escape(p.Name), CaseJsonWriter.Kebab(p.Role), Markup.Escape(string.Join(", ", p.Aliases)), Markup.Escape(p.Location ?? ""));
        }

        console.Write(parties);

        if (!c.Issues.IsEmpty)
        {
            var issues = new Table().AddColumns("#", "Issue", "Positions");
            foreach (var i in c.Issues)
            {
                issues.AddRow(i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(i.Title),
                    Markup.Escape(string.Join("; ", i.Positions.Select(p => $"{Name(c, p.PartyId)} ({CaseJsonWriter.Kebab(p.Stance)})"))));
            }

            console.Write(issues);
        }

        if (!c.Obligations.IsEmpty)
        {
            var obligations = new Table().AddColumns("Id", "Obligor", "Topic", "Status", "Due");
            foreach (var o in c.Obligations)
            {
                obligations.AddRow(o.Id, Markup.Escape(o.ObligorId is null ? "?" : Name(c, o.ObligorId)), CaseJsonWriter.Kebab(o.Topic),
                    CaseJsonWriter.Kebab(o.Status), Markup.Escape(o.Due?.Text ?? ""));
            }

            console.Write(obligations);
        }

        console.WriteLine(
            $"{c.Events.Length} dated events, {c.Amounts.Length} amounts, {c.Counts.Length} counts, {result.Diagnostics.Length} diagnostics.");
        console.WriteLine();
    }

    private static string Name(Case c, string id) => c.FindParty(id)?.Name ?? id;

    private static string ContractLine(ContractFacts contract)
    {
        var parts = new List<string>();
        if (contract.Signed is { } s)
        {
            parts.Add("signed " + s.Date.Value);
        }

        if (contract.Value is { } v)
        {
            parts.Add("value " + v.Money);
        }

        if (contract.Term is { } t)
        {
            parts.Add(t);
        }

        if (contract.Deadline is { } d)
        {
            parts.Add("deadline " + d.Text);
        }

        return parts.Count == 0 ? "—" : string.Join(", ", parts);
    }
}
