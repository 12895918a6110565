using System.Text.Json;
using Docket.Core.Access;
using Docket.Core.Ledger.Entries;
using Docket.Storage.Access;
using Docket.Web.Cases;
using Docket.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;

namespace Docket.Web.Api;

/// <summary>A case's ledger entries: the list (paged, as of any entry), and adding notes, facts and positions.</summary>
internal static class EntryEndpoints
{
    private const int MaxText = 20_000;

    public static void Map(RouteGroupBuilder oneCase)
    {
        oneCase = oneCase.MapGroup(string.Empty).WithTags("Entries");
        oneCase.MapGet("/entries", ListEntries).WithName(nameof(ListEntries))
            .WithSummary("The ledger's entries in order, paged; the other side's private notes keep their place and leaf hash but are withheld.");
        oneCase.MapPost("/notes", AddNote).WithName(nameof(AddNote)).WithSummary("Add a note; a side may keep it private, share it with the neutral, or mark it without prejudice.");
        oneCase.MapPost("/facts", AddFact).WithName(nameof(AddFact)).WithSummary("Add a fact (an obligation, event, amount …) to the case.");
        oneCase.MapPost("/positions", AddPosition).WithName(nameof(AddPosition)).WithSummary("State a party's position on an issue.");
    }

    public static async Task<Results<Ok<PageOf<EntryResponse>>, ProblemHttpResult>> ListEntries(
        HttpContext http, CaseWorkspace workspace, long? asOf = null, int page = 1, int pageSize = 50)
    {
        (page, pageSize) = CaseEndpoints.Paging(page, pageSize);
        if (await workspace.ViewAsync(CaseMember.Of(http), asOf, http.RequestAborted) is not { } view)
        {
            return Problems.NotFound("The case had no entries at that point.");
        }

        var items = view.Entries.Skip((page - 1) * pageSize).Take(pageSize).Select(e => Entry(e, view.Readable(e))).ToList();
        return TypedResults.Ok(new PageOf<EntryResponse>(items, page, pageSize, view.Entries.Count));
    }

    public static async Task<Results<Created<AppendedResponse>, ProblemHttpResult>> AddNote(HttpContext http, CaseWorkspace workspace, NoteBody body)
    {
        var member = CaseMember.Of(http);
        if (Writes(member) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxText)
        {
            return Problems.Invalid($"text is required and at most {MaxText:N0} characters.");
        }

        if (body.Private && !CaseRoles.IsSide(member.Role))
        {
            return Problems.Forbidden("Only a side (claimant or respondent) keeps private notes.");
        }

        var entry = await workspace.AddNoteAsync(member, new NoteRequest(body.Text, body.Private, body.ShareWithNeutral, body.WithoutPrejudice), http.RequestAborted);
        return Appended(http, entry);
    }

    public static async Task<Results<Created<AppendedResponse>, ProblemHttpResult>> AddFact(HttpContext http, CaseWorkspace workspace, FactBody body)
    {
        var member = CaseMember.Of(http);
        if (Writes(member) is { } refused)
        {
            return refused;
        }

        if (!CaseWorkspace.FactCollections.Contains(body.Collection) || body.Value is null || body.Value.ToJsonString().Length > MaxText)
        {
            return Problems.Invalid($"collection must be one of {string.Join(", ", CaseWorkspace.FactCollections)}, and value an object of at most {MaxText:N0} characters.");
        }

        return Appended(http, await workspace.AddFactAsync(member, body.Collection, body.Value, http.RequestAborted));
    }

    public static async Task<Results<Created<AppendedResponse>, ProblemHttpResult>> AddPosition(HttpContext http, CaseWorkspace workspace, PositionBody body)
    {
        var member = CaseMember.Of(http);
        if (Writes(member) is { } refused)
        {
            return refused;
        }

        if (body.Stance is not ("claim" or "defense") || string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxText || string.IsNullOrWhiteSpace(body.Party))
        {
            return Problems.Invalid("stance must be claim or defense; party and text are required.");
        }

        var view = await workspace.ViewAsync(member, null, http.RequestAborted);
        if (view is null || view.File.Issues.All(i => i.Number != body.Issue) || view.File.Party(body.Party) is null)
        {
            return Problems.Invalid("The case has no such issue or party.");
        }

        return Appended(http, await workspace.AddPositionAsync(member, body.Issue, body.Party, body.Stance, body.Text, http.RequestAborted));
    }

    internal static ProblemHttpResult? Writes(CaseMembership member) =>
        CaseRoles.CanWrite(member.Role) ? null : Problems.Forbidden("Observers read the record; they do not add to it.");

    internal static Created<AppendedResponse> Appended(HttpContext http, LedgerEntry entry, string? sha256 = null) =>
        TypedResults.Created($"/api/cases/{entry.CaseId}/entries?asOf={entry.Sequence}", new AppendedResponse(entry.Sequence, Convert.ToHexStringLower(entry.LeafHash()), sha256));

    internal static EntryResponse Entry(LedgerEntry entry, bool readable)
    {
        var kind = LedgerEntry.KindName(entry.Kind);
        var leaf = Convert.ToHexStringLower(entry.LeafHash());
        if (!readable)
        {
            return new EntryResponse(entry.Sequence, kind, leaf, true, null, null, null, null);
        }

        using var payload = JsonDocument.Parse(entry.Payload);
        return new EntryResponse(entry.Sequence, kind, leaf, false, entry.Author.Kind, entry.Author.Id, InstantPattern.ExtendedIso.Format(entry.RecordedAt), payload.RootElement.Clone());
    }
}
