using System.Globalization;
using System.Text;
using Docket.Core.Cases;
using Docket.Intake.Json;
using Docket.Intake.Syntax;

namespace Docket.Intake.Tests.Specs;

/// <summary>Renders what intake reads from a spec example, one finding per line, in a form a reviewer can check.</summary>
internal static class SpecRenderer
{
    public static string Render(string kind, string input)
    {
        if (kind == "structure")
        {
            return IntakeNormalizer.Render(CaseIntake.Parse(input)).TrimEnd('\n');
        }

        var result = CaseIntake.ReadText("spec.md", input);
        var c = result.Case ?? throw new InvalidOperationException("no case: " + string.Join("; ", result.Diagnostics));
        var text = result.Text!;
        var lines = kind switch
        {
            "dates" => c.Events.Select(e =>
                $"{e.Date.Text} => {e.Date.Date.Value} {CaseJsonWriter.Kebab(e.Date.Date.Qualifier)} [{Day(e.Date.Date.Earliest)}..{Day(e.Date.Date.Latest)}]"),
            "money" => c.Amounts.Select(a =>
                $"{a.Span.Slice(text)} => {a.Money.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {a.Money.Currency} {CaseJsonWriter.Kebab(a.Qualifier)} ({a.What})"),
            "counts" => c.Counts.Select(n =>
                $"{n.Span.Slice(text)} => {n.Count.ToString("0.##", CultureInfo.InvariantCulture)} {n.Unit} {CaseJsonWriter.Kebab(n.Qualifier)}"),
            "standards" => c.Standards.Select(s => $"{s.Name} ({s.Mentions.Length})"),
            "parties" => c.Parties.Select(p =>
                $"{p.Id} {p.Name} | {CaseJsonWriter.Kebab(p.Role)} | aliases: {string.Join(", ", p.Aliases)} | location: {p.Location ?? "-"}"),
            "issues" => c.Issues.Select(i =>
                $"{i.Number}. {i.Title}: {string.Join("; ", i.Positions.Select(p => $"{c.FindParty(p.PartyId)!.Name} {CaseJsonWriter.Kebab(p.Stance)}"))}"),
            "status" => c.Status is { } s ? [$"{CaseJsonWriter.Kebab(s.Stage)}: {s.Summary}"] : ["none"],
            "obligations" => c.Obligations.Select(o =>
                $"{(o.ObligorId is null ? "?" : c.FindParty(o.ObligorId)!.Name)} {CaseJsonWriter.Kebab(o.Topic)} {CaseJsonWriter.Kebab(o.Status)}" +
                (o.StatusSpan is { } ss ? $" \"{ss.Slice(text)}\"" : string.Empty)),
            "contract" => Contract(c.Contract),
            "header" => [$"theme: {c.Theme ?? "-"}", $"case: {c.CaseNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}", $"title: {c.Title ?? "-"}"],
            "diagnostics" => result.Diagnostics.Select(d => $"{d.Code} {CaseJsonWriter.Kebab(d.Severity)}"),
            _ => throw new ArgumentException("unknown spec kind " + kind, nameof(kind)),
        };
        return string.Join('\n', lines);
    }

    private static string Day(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Contract(ContractFacts contract)
    {
        yield return "signed: " + (contract.Signed?.Text ?? "-");
        yield return "value: " + (contract.Value is { } v ? v.Money.ToString() : "-");
        yield return "term: " + (contract.Term ?? "-");
        yield return "deadline: " + (contract.Deadline?.Text ?? "-");
    }
}
