using System.Collections.Concurrent;
using System.Text.Json;
using Docket.Core.Access;
using Docket.Core.Ledger;
using Docket.Storage.Access;
using Docket.Web.Contracts;

namespace Docket.Web.Cases;

/// <summary>
/// Case overviews. An overview depends only on the case's entries and the reader's role, and entries are only ever
/// appended, so one is kept per (case, role) and rebuilt when the log has grown: a read costs one indexed query for
/// the log's size instead of a fold.
/// </summary>
internal sealed class Overviews(CaseWorkspace workspace, Docket.Storage.Ledger.LedgerService ledger)
{
    private readonly ConcurrentDictionary<(string CaseId, CaseRole Role), CaseOverviewResponse> _kept = new();

    public async Task<CaseOverviewResponse?> OfAsync(CaseMembership member, CancellationToken cancellationToken)
    {
        var size = await ledger.CountAsync(member.CaseId, cancellationToken).ConfigureAwait(false);
        if (_kept.TryGetValue((member.CaseId, member.Role), out var kept) && kept.Entries == size)
        {
            return kept;
        }

        if (await workspace.ViewAsync(member, null, cancellationToken).ConfigureAwait(false) is not { } view)
        {
            return null;
        }

        var overview = Of(view);
        _kept[(member.CaseId, member.Role)] = overview;
        return overview;
    }

    public static CaseOverviewResponse Of(CaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var json = JsonDocument.Parse(view.Json);
        var root = json.RootElement;
        var f = view.File;
        var tree = CaseLog.Tree(view.Entries);
        return new CaseOverviewResponse(
            view.CaseId, Title(root), Str(root, "theme"),
            root.TryGetProperty("caseNumber", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object ? Str(status, "stage") ?? "not stated" : "not stated",
            CaseRoles.Name(view.Member.Role),
            [.. f.Parties.Select(p => new PartyResponse(p.Id, p.Name, Core.Utility.KebabCase.Name(p.Role)))],
            f.Obligations.Length, f.Issues.Length, f.Events.Length, f.Evidence.Length, tree.Size, Convert.ToHexStringLower(tree.RootHash(tree.Size)));
    }

    private static string Title(JsonElement root) => Str(root, "title") is { Length: > 0 } t ? t : "Untitled case";

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
