using Docket.Core.Ledger;
using Docket.Storage.Ledger;
using Docket.Web.Cases;
using Docket.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Docket.Web.Api;

/// <summary>The case's log as a verifiable structure: its checkpoint, inclusion proofs, and a full verification.</summary>
internal static class LedgerEndpoints
{
    public static void Map(RouteGroupBuilder oneCase)
    {
        oneCase = oneCase.MapGroup(string.Empty).WithTags("Ledger");
        oneCase.MapGet("/checkpoint", GetCheckpoint).WithName(nameof(GetCheckpoint)).WithSummary("The log's C2SP checkpoint now, and every signed checkpoint stored.");
        oneCase.MapGet("/proofs/{sequence:long}", GetProof).WithName(nameof(GetProof))
            .WithSummary("The RFC 9162 inclusion proof of an entry against the root at treeSize (default: now).");
        oneCase.MapPost("/verify", Verify).WithName(nameof(Verify))
            .WithSummary("Verify the stored log: every leaf hash, the sequence, the fold and every stored signature.");
    }

    public static async Task<Results<Ok<CheckpointResponse>, ProblemHttpResult>> GetCheckpoint(HttpContext http, CaseWorkspace workspace)
    {
        if (await workspace.ViewAsync(CaseMember.Of(http), null, http.RequestAborted) is not { } view)
        {
            return Problems.NoCase();
        }

        var tree = CaseLog.Tree(view.Entries);
        var checkpoint = CaseLog.Checkpoint(view.CaseId, tree, tree.Size);
        return TypedResults.Ok(new CheckpointResponse(
            CaseLog.Origin(view.CaseId), tree.Size, Convert.ToHexStringLower(tree.RootHash(tree.Size)), checkpoint.ToText(),
            [.. view.Signatures.Select(s => new SignedCheckpointResponse(s.TreeSize, s.Note, s.VerifierKeys))]));
    }

    public static async Task<Results<Ok<ProofResponse>, ProblemHttpResult>> GetProof(HttpContext http, CaseWorkspace workspace, long sequence, long? treeSize = null)
    {
        if (await workspace.ViewAsync(CaseMember.Of(http), null, http.RequestAborted) is not { } view)
        {
            return Problems.NoCase();
        }

        var tree = CaseLog.Tree(view.Entries);
        var size = treeSize ?? tree.Size;
        if (size < 1 || size > tree.Size || sequence < 0 || sequence >= size)
        {
            return Problems.NotFound($"The log has {tree.Size} entries: sequence must be below treeSize, and treeSize at most {tree.Size}.");
        }

        return TypedResults.Ok(new ProofResponse(sequence, size, Convert.ToHexStringLower(tree.LeafHash(sequence)), Convert.ToHexStringLower(tree.RootHash(size)),
            [.. tree.InclusionProof(sequence, size).Select(Convert.ToHexStringLower)]));
    }

    public static async Task<Ok<VerificationResponse>> Verify(HttpContext http, CaseLedger cases)
    {
        var check = await cases.VerifyAsync(CaseMember.Of(http).CaseId, http.RequestAborted);
        return TypedResults.Ok(new VerificationResponse(check.IsValid, check.Entries, check.Problems));
    }
}
