using Docket.Core.Access;
using Docket.Core.CaseFiles;
using Docket.Core.Ledger.Entries;
using Docket.Storage.Access;
using Docket.Storage.Ledger;

namespace Docket.Web.Cases;

/// <summary>
/// A case as one member sees it: every entry up to the state asked for (their leaf hashes make the tree everyone
/// verifies), and the state folded from only the entries the member may read.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Member">Who is looking, in which role.</param>
/// <param name="Entries">Every entry up to the state, readable or not, in sequence order.</param>
/// <param name="Json">The case document folded from the readable entries.</param>
/// <param name="File">Its typed view.</param>
/// <param name="Signatures">The case's signed checkpoints.</param>
internal sealed record CaseView(
    string CaseId, CaseMembership Member, IReadOnlyList<LedgerEntry> Entries, string Json, CaseFile File, IReadOnlyList<SignedCheckpoint> Signatures)
{
    /// <summary>True when the member may read <paramref name="entry"/>.</summary>
    public bool Readable(LedgerEntry entry) => EntryVisibility.Of(entry).VisibleTo(Member.Role);
}
