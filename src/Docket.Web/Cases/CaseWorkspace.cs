using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Docket.Core.Access;
using Docket.Core.CaseFiles;
using Docket.Core.Diagnostics;
using Docket.Core.Ledger.Entries;
using Docket.Intake;
using Docket.Intake.Json;
using Docket.Reports.Dossiers;
using Docket.Storage.Access;
using Docket.Storage.Evidence;
using Docket.Storage.Ledger;

namespace Docket.Web.Cases;

/// <summary>
/// The web's use cases over one case: open it from a narrative, read it as a member sees it, and add to it. Every
/// write is a ledger entry attributed to the signed-in user. The API and the UI both call this, in process.
/// </summary>
internal sealed class CaseWorkspace(LedgerService ledger, CaseLedger cases, CaseAccess access, EvidenceStore evidence)
{
    /// <summary>The fact collections a member may add to (the fold's own list, less the parties and issues intake sets up).</summary>
    public static readonly ImmutableArray<string> FactCollections = ["obligations", "events", "amounts", "counts", "standards", "clocks", "losses", "terms"];

    /// <summary>Reads a narrative and opens a case from it; the opener becomes a member in <paramref name="role"/> who may add members.</summary>
    public async Task<(string? CaseId, ImmutableArray<Diagnostic> Diagnostics)> OpenAsync(string fileName, byte[] content, string userId, CaseRole role, CancellationToken cancellationToken)
    {
        var result = CaseIntake.Read(fileName, content);
        if (result.Case is null || result.HasErrors)
        {
            return (null, result.Diagnostics);
        }

        var id = await cases.OpenAsync(CaseJsonWriter.Write(result), EntryAuthor.User(userId), cancellationToken).ConfigureAwait(false);
        await access.SetMemberAsync(id, userId, role, canManage: true, cancellationToken).ConfigureAwait(false);
        return (id, result.Diagnostics);
    }

    /// <summary>The case as <paramref name="member"/> sees it, as of entry <paramref name="asOf"/> (default: all); null when it has no entries then.</summary>
    public async Task<CaseView?> ViewAsync(CaseMembership member, long? asOf, CancellationToken cancellationToken)
    {
        var all = await ledger.ReadAsync(member.CaseId, cancellationToken).ConfigureAwait(false);
        var entries = asOf is { } upTo ? [.. all.Where(e => e.Sequence <= upTo)] : all;
        if (entries.Count == 0)
        {
            return null;
        }

        var state = CaseFold.FoldFor(entries, e => EntryVisibility.Of(e).VisibleTo(member.Role));
        if (state.Json is null)
        {
            return null;
        }

        var signatures = await cases.CheckpointsAsync(member.CaseId, cancellationToken).ConfigureAwait(false);
        return new CaseView(member.CaseId, member, entries, state.Json, CaseFile.Parse(state.Json), signatures);
    }

    /// <summary>The dossier of the view: the member's state, with the exhibits proven into the whole log's checkpoint.</summary>
    public static Dossier Dossier(CaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        // A view always has entries, so the dossier is judged on the day of its last one: one ledger state, one dossier.
        var day = DossierInput.Day(view.Entries, view.Entries[^1].RecordedAt.InUtc().Date);
        return DossierBuilder.Build(new DossierInput(view.Json, view.File, day)
        {
            CaseId = view.CaseId,
            Entries = view.Entries,
            Signatures = [.. view.Signatures.Select(s => (s.TreeSize, s.VerifierKeys))],
        });
    }

    /// <summary>Adds a note; a side's note may be private to it (and shared with the neutral), and marked without prejudice.</summary>
    public Task<LedgerEntry> AddNoteAsync(CaseMembership member, NoteRequest note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        var payload = new JsonObject { ["text"] = note.Text };
        if (note.WithoutPrejudice)
        {
            payload["withoutPrejudice"] = true;
        }

        if (note.Private)
        {
            payload["private"] = EntryVisibility.Block(member.Role, note.ShareWithNeutral);
        }

        return Append(member, EntryKind.Note, payload, cancellationToken);
    }

    /// <summary>Adds a fact to one of the case's collections (an obligation, an event, an amount …).</summary>
    public Task<LedgerEntry> AddFactAsync(CaseMembership member, string collection, JsonObject value, CancellationToken cancellationToken) =>
        Append(member, EntryKind.FactAdded, new JsonObject { ["collection"] = collection, ["value"] = value.DeepClone() }, cancellationToken);

    /// <summary>States a party's position on an issue.</summary>
    public Task<LedgerEntry> AddPositionAsync(CaseMembership member, int issue, string party, string stance, string text, CancellationToken cancellationToken) =>
        Append(member, EntryKind.PositionStated, new JsonObject { ["issue"] = issue, ["party"] = party, ["stance"] = stance, ["summary"] = text, ["text"] = text }, cancellationToken);

    /// <summary>Stores an evidence file (streamed, by SHA-256) and records it.</summary>
    public async Task<(LedgerEntry Entry, string Sha256)> AddEvidenceAsync(
        CaseMembership member, Stream content, string fileName, string mediaType, string kind, string? party, string? shows, CancellationToken cancellationToken)
    {
        var hash = await evidence.AddAsync(content, cancellationToken).ConfigureAwait(false);
        var payload = new JsonObject
        {
            ["sha256"] = hash, ["fileName"] = fileName, ["mediaType"] = mediaType, ["kind"] = kind, ["submittedBy"] = party, ["shows"] = shows,
        };
        return (await Append(member, EntryKind.EvidenceAdded, payload, cancellationToken).ConfigureAwait(false), hash);
    }

    /// <summary>The view's evidence entry that names <paramref name="sha256"/> (evidence is open to every member), when the file is stored.</summary>
    public CaseFileEvidence? Evidence(CaseView view, string sha256)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.File.Evidence.FirstOrDefault(e => e.Sha256 == sha256) is { } found && evidence.Contains(sha256) ? found : null;
    }

    /// <summary>Opens a stored evidence file.</summary>
    public Stream OpenEvidence(string sha256) => evidence.OpenRead(sha256);

    private Task<LedgerEntry> Append(CaseMembership member, EntryKind kind, JsonObject payload, CancellationToken cancellationToken) =>
        ledger.AppendAsync(member.CaseId, kind, EntryAuthor.User(member.UserId), payload.ToJsonString(), cancellationToken);

}

/// <summary>A note to add.</summary>
/// <param name="Text">The note.</param>
/// <param name="Private">True to keep it to the writer's side.</param>
/// <param name="ShareWithNeutral">True to let the neutral read a private note.</param>
/// <param name="WithoutPrejudice">True for a without-prejudice settlement offer or communication.</param>
internal sealed record NoteRequest(string Text, bool Private, bool ShareWithNeutral, bool WithoutPrejudice);
