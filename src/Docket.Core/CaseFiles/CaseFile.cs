using System.Collections.Immutable;
using System.Text.Json;
using Docket.Core.Cases;
using Docket.Core.Text;
using Docket.Core.Utility;

namespace Docket.Core.CaseFiles;

/// <summary>
/// What the analyses read of a case: a typed view of a <c>docket.case/1</c> document, whether it came from intake
/// or from folding a case's ledger entries (which adds evidence and marks each item's entry).
/// </summary>
/// <param name="Parties">The parties.</param>
/// <param name="Standards">Names of the standards and laws the case mentions.</param>
/// <param name="Obligations">Each party's obligations.</param>
/// <param name="Issues">The issues with the parties' positions.</param>
/// <param name="Counts">Counted things ("two brief online sessions").</param>
/// <param name="Evidence">Evidence entries added to the case's ledger.</param>
/// <param name="ContractDeadline">The contract's completion date, when stated.</param>
public sealed record CaseFile(
    ImmutableArray<CaseFileParty> Parties,
    ImmutableArray<string> Standards,
    ImmutableArray<CaseFileObligation> Obligations,
    ImmutableArray<CaseFileIssue> Issues,
    ImmutableArray<CaseFileCount> Counts,
    ImmutableArray<CaseFileEvidence> Evidence,
    CaseFileDate? ContractDeadline)
{
    /// <summary>The dated events, in the order the case lists them.</summary>
    public ImmutableArray<CaseFileEvent> Events { get; init; } = [];

    /// <summary>The contract terms users recorded for the exposure analysis; a later entry for the same name wins.</summary>
    public ImmutableArray<CaseFileTerm> Terms { get; init; } = [];

    /// <summary>The heads of loss users added.</summary>
    public ImmutableArray<CaseFileLoss> Losses { get; init; } = [];

    /// <summary>The sums of money the case states.</summary>
    public ImmutableArray<CaseFileAmount> Amounts { get; init; } = [];

    /// <summary>The contract's value, when stated.</summary>
    public CaseFileAmount? ContractValue { get; init; }

    /// <summary>The contract's term as written ("two-year term").</summary>
    public string? ContractTerm { get; init; }

    /// <summary>The contractual clocks users added.</summary>
    public ImmutableArray<CaseFileClock> Clocks { get; init; } = [];

    /// <summary>When the contract was signed, when stated.</summary>
    public CaseFileDate? ContractSigned { get; init; }

    /// <summary>The party with <paramref name="id"/>, if any.</summary>
    public CaseFileParty? Party(string? id) => id is null ? null : Parties.FirstOrDefault(p => p.Id == id);

    /// <summary>Reads a docket.case/1 document; throws <see cref="JsonException"/> when it is not one.</summary>
    public static CaseFile Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != "docket.case/1")
        {
            throw new JsonException("Not a docket.case/1 document (its \"schema\" must be \"docket.case/1\").");
        }

        var parties = Items(root, "parties").Select(p => new CaseFileParty(
            Str(p, "id") ?? string.Empty,
            Str(p, "name") ?? string.Empty,
            KebabCase.TryParse<PartyRole>(Str(p, "role") ?? string.Empty, out var role) ? role : PartyRole.Other) { Location = Str(p, "location") }).ToImmutableArray();
        var standards = Items(root, "standards").Select(s => Str(s, "name")).OfType<string>().ToImmutableArray();
        var obligations = Items(root, "obligations").Select(o => new CaseFileObligation(
            Str(o, "id") ?? string.Empty,
            Str(o, "obligor"),
            KebabCase.TryParse<ObligationTopic>(Str(o, "topic") ?? string.Empty, out var topic) ? topic : ObligationTopic.Other,
            Str(o, "text") ?? string.Empty,
            [.. Items(o, "standards").Select(s => s.GetString()).OfType<string>()],
            Date(o, "due"),
            KebabCase.TryParse<ObligationStatus>(Str(o, "status") ?? string.Empty, out var status) ? status : ObligationStatus.Unknown,
            Str(o, "statusText"),
            Span(o, "statusSpan"),
            Span(o, "span"),
            Long(o, "entry"))).ToImmutableArray();
        var issues = Items(root, "issues").Select(i => new CaseFileIssue(
            i.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0,
            Str(i, "title") ?? string.Empty,
            [.. Items(i, "positions").Select(p => new CaseFilePosition(
                Str(p, "party"),
                KebabCase.TryParse<Stance>(Str(p, "stance") ?? string.Empty, out var stance) ? stance : Stance.Claim,
                Str(p, "summary") ?? string.Empty,
                Span(p, "span"),
                Long(p, "entry")) { Quote = Str(p, "text") ?? Str(p, "summary") ?? string.Empty })],
            Span(i, "span"))).ToImmutableArray();
        var counts = Items(root, "counts").Select(c => new CaseFileCount(
            c.TryGetProperty("count", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0m,
            Str(c, "unit") ?? string.Empty,
            Span(c, "span"))).ToImmutableArray();
        var evidence = Items(root, "evidence").Select(e => new CaseFileEvidence(
            Long(e, "entry") ?? -1,
            Str(e, "sha256") ?? string.Empty,
            Str(e, "fileName") ?? string.Empty,
            Str(e, "submittedBy"),
            Str(e, "shows")) { Kind = Str(e, "kind"), MediaType = Str(e, "mediaType") }).ToImmutableArray();
        var hasContract = root.TryGetProperty("contract", out var contract) && contract.ValueKind == JsonValueKind.Object;
        var events = Items(root, "events").Select(e => Date(e, "date") is { } date
            ? new CaseFileEvent(Str(e, "id"), date, Str(e, "kind") ?? "other", Str(e, "summary") ?? date.Text,
                [.. Items(e, "parties").Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : null).OfType<string>()], Span(e, "span"), Long(e, "entry"))
            : null).OfType<CaseFileEvent>().ToImmutableArray();
        return new CaseFile(parties, standards, obligations, issues, counts, evidence, hasContract ? Date(contract, "deadline") : null)
        {
            Events = events,
            Amounts = [.. Items(root, "amounts").Select(a => new CaseFileAmount(
                a.TryGetProperty("amount", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : 0m,
                Str(a, "currency") ?? "USD", Str(a, "qualifier") ?? "exact", Str(a, "what") ?? string.Empty, Span(a, "span")))],
            ContractValue = hasContract && contract.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
                && value.TryGetProperty("amount", out var worth) && worth.ValueKind == JsonValueKind.Number
                ? new CaseFileAmount(worth.GetDecimal(), Str(value, "currency") ?? "USD", "exact", "contract value", Span(value, "span"))
                : null,
            ContractTerm = hasContract ? Str(contract, "term") : null,
            Terms = [.. Items(root, "terms").Select(t => new CaseFileTerm(Str(t, "name") ?? string.Empty, Str(t, "value") ?? string.Empty, Str(t, "source") ?? string.Empty, Long(t, "entry")))],
            Losses = [.. Items(root, "losses").Select(l => new CaseFileLoss(Str(l, "id") ?? string.Empty, Str(l, "name") ?? string.Empty, Str(l, "kind") ?? "other",
                Dec(l, "low"), Dec(l, "likely"), Dec(l, "high"), Str(l, "claimant"),
                l.TryGetProperty("dataBreach", out var breach) && breach.ValueKind == JsonValueKind.True, Dec(l, "avoidable"), Str(l, "source") ?? string.Empty, Long(l, "entry")))],
            Clocks = [.. Items(root, "clocks").Select(c => new CaseFileClock(Str(c, "id") ?? string.Empty, Str(c, "citation") ?? string.Empty, Str(c, "obligor") ?? string.Empty,
                Str(c, "recipient") ?? string.Empty, Str(c, "trigger") ?? "discovery", (int?)Long(c, "period"), Str(c, "unit") ?? "calendar-days", Str(c, "text") ?? string.Empty, Long(c, "entry"))
            {
                Kind = Str(c, "kind"),
                After = Str(c, "after"),
                Span = Span(c, "span"),
            })],
            ContractSigned = hasContract ? Date(contract, "signed") : null,
        };
    }

    private static List<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Str(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal Dec(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) ? d : 0m;

    private static long? Long(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    // A docket.case/1 Date: its words and its inclusive end ("by June 2023" ends 2023-06-30).
    private static CaseFileDate? Date(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        static NodaTime.LocalDate? Day(string? text) => text is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
        return new CaseFileDate(Str(date, "text") ?? Str(date, "value") ?? string.Empty, Day(Str(date, "end")))
        {
            Earliest = Day(Str(date, "start")),
            Precision = Str(date, "precision") ?? "day",
            Qualifier = Str(date, "qualifier") ?? "on",
            Span = Span(date, "span"),
        };
    }

    private static SourceSpan? Span(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var span) || span.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var start = (int)(Long(span, "start") ?? 0);
        var end = (int)(Long(span, "end") ?? start);
        var line = (int)(Long(span, "line") ?? 1);
        var column = (int)(Long(span, "column") ?? 1);
        return end >= start && start >= 0 && line >= 1 && column >= 1 ? new SourceSpan(start, end, line, column) : null;
    }
}
