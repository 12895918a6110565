using System.Text.Json;
using Docket.Core.Ledger.Merkle;
using Xunit;

namespace Docket.Core.Tests.Ledger;

/// <summary>
/// The transparency-dev RFC 9162 vectors (../shared/testvectors/rfc9162): every case must give exactly its
/// wantErr, except one documented deviation: "sizes-are-equal-one-and-proof-is-empty" uses placeholder roots
/// that are not 32 bytes and expects acceptance, which a strict verifier (ours) rejects, as the vectors' README says.
/// </summary>
public sealed class MerkleVectorTests
{
    private const string StrictDeviation = "sizes-are-equal-one-and-proof-is-empty.json";

    private static string? VectorRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "testvectors", "rfc9162");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static TheoryData<string> Vectors()
    {
        var root = VectorRoot();
        var data = new TheoryData<string>();
        if (root is not null)
        {
            foreach (var file in Directory.GetFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file));
            }
        }

        return data;
    }

    [Fact]
    public void Vectors_AreAllPresent()
    {
        Assert.SkipWhen(VectorRoot() is null && Environment.GetEnvironmentVariable("CI") is null, "shared/testvectors is not beside this clone.");
        Assert.Equal(196, Vectors().Count);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_Vector_GivesWantErr(string relative)
    {
        var path = Path.Combine(VectorRoot()!, relative);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var v = json.RootElement;
        var proof = v.TryGetProperty("proof", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(x => Convert.FromBase64String(x.GetString()!)).ToList()
            : [];
        var result = relative.StartsWith("inclusion", StringComparison.Ordinal)
            ? MerkleProofs.VerifyInclusion(Int64(v, "leafIdx"), Int64(v, "treeSize"),
                Convert.FromBase64String(v.GetProperty("leafHash").GetString()!), proof, Convert.FromBase64String(v.GetProperty("root").GetString()!))
            : MerkleProofs.VerifyConsistency(Int64(v, "size1"), Int64(v, "size2"),
                Convert.FromBase64String(v.GetProperty("root1").GetString()!), Convert.FromBase64String(v.GetProperty("root2").GetString()!), proof);
        var wantErr = v.GetProperty("wantErr").GetBoolean();
        if (Path.GetFileName(relative) == StrictDeviation)
        {
            Assert.False(wantErr);
            Assert.Equal(Docket.Core.Ledger.LedgerDiagnosticCodes.BadHashLength, result.Code);
            return;
        }

        Assert.True(wantErr != result.IsValid, $"{relative}: wantErr={wantErr}, got {result}");
    }

    // The vectors write sizes as unsigned 64-bit numbers; 2^64 - 1 ("sub @1" from 0) wraps to -1, which the verifier rejects.
    private static long Int64(JsonElement v, string name) => unchecked((long)v.GetProperty(name).GetUInt64());
}
