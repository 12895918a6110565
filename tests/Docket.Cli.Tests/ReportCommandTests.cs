using System.Text.Json;
using Docket.Core.Ledger.Merkle;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>'docket report' end to end on a ledger: the exhibit index with proofs, the checkpoint on the cover, as-of states, output files, errors.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args) => _sandbox.Run(args);

    private string OpenWithEvidence(int files)
    {
        var (code, output, _) = Run("case", "open", RepositoryPaths.Combine("examples", "cases", "06-court-background.txt"), "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var id = json.RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < files; i++)
        {
            var file = Path.Combine(_sandbox.Dir, $"exhibit-{i}.txt");
            File.WriteAllText(file, $"Exhibit {i}: the forensic report's page {i}.");
            Assert.Equal(ExitCodes.Success, Run("evidence", "add", id, file, "--kind", "report", "--by", "P1", "--shows", $"page {i} of the findings").Code);
            Run("note", id, $"Note {i} after the exhibit.", "--by", "P2");
        }

        return id;
    }

    [Fact]
    public void Report_StoredCaseWithEvidence_ProvesEachExhibitIntoTheCheckpoint()
    {
        var id = OpenWithEvidence(3);
        var (code, output, error) = Run("report", id, "--format", "json");
        Assert.True(code == ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var ledger = root.GetProperty("cover").GetProperty("ledger");
        Assert.Equal(id, ledger.GetProperty("caseId").GetString());
        Assert.Equal(7, ledger.GetProperty("treeSize").GetInt64());
        var rootHash = Convert.FromHexString(ledger.GetProperty("rootHash").GetString()!);

        var exhibits = root.GetProperty("exhibits").EnumerateArray().ToList();
        Assert.Equal([1L, 3L, 5L], exhibits.Select(x => x.GetProperty("sequence").GetInt64()));
        foreach (var (x, i) in exhibits.Select((x, i) => (x, i)))
        {
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_sandbox.Dir, $"exhibit-{i}.txt"))));
            Assert.Equal(expected, x.GetProperty("sha256").GetString());
            Assert.True(x.GetProperty("verified").GetBoolean());

            // The proof checks on its own, against the root on the cover.
            var proof = x.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
            var leaf = Convert.FromHexString(x.GetProperty("leafHash").GetString()!);
            Assert.True(MerkleProofs.VerifyInclusion(x.GetProperty("sequence").GetInt64(), 7, leaf, proof, rootHash).IsValid);
            var tampered = leaf.ToArray();
            tampered[0] ^= 1;
            Assert.False(MerkleProofs.VerifyInclusion(x.GetProperty("sequence").GetInt64(), 7, tampered, proof, rootHash).IsValid);
        }
    }

    [Fact]
    public void Report_AsOfAnEarlierEntry_ReportsThatState()
    {
        var id = OpenWithEvidence(2);
        var (code, output, _) = Run("report", id, "--format", "json", "--as-of", "1");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("cover").GetProperty("ledger").GetProperty("treeSize").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("exhibits").GetArrayLength());
    }

    [Fact]
    public void Report_SameLedgerState_GivesByteIdenticalHtmlAndJson()
    {
        var id = OpenWithEvidence(1);
        foreach (var format in (string[])["html", "json"])
        {
            var (_, first, _) = Run("report", id, "--format", format);
            var (_, second, _) = Run("report", id, "--format", format);
            Assert.Equal(first, second);
            Assert.Contains(id, first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_SignedCheckpoint_NamesTheSignerOnTheCover()
    {
        var id = OpenWithEvidence(1);
        var (keyCode, _, keyError) = Run("keys", "new", "neutral.example/docket", "--out", _sandbox.Dir);
        Assert.True(keyCode == ExitCodes.Success, keyError);
        var keyFile = Path.Combine(_sandbox.Dir, "neutral.example_docket.key");
        Assert.Equal(ExitCodes.Success, Run("checkpoint", id, "--sign", keyFile).Code);
        var (_, output, _) = Run("report", id, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var signedBy = json.RootElement.GetProperty("cover").GetProperty("ledger").GetProperty("signedBy").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Equal([File.ReadAllText(Path.ChangeExtension(keyFile, ".pub")).Trim()], signedBy);
    }

    [Fact]
    public void Report_Csv_WritesTheChronologyAndTheExhibitIndex()
    {
        var id = OpenWithEvidence(2);
        var prefix = Path.Combine(_sandbox.Dir, "dossier");
        Assert.Equal(ExitCodes.Success, Run("report", id, "--format", "csv", "-o", prefix).Code);
        var exhibits = File.ReadAllLines(prefix + ".exhibits.csv");
        Assert.Equal(3, exhibits.Length);
        Assert.StartsWith("exhibit,sequence,file_name,sha256", exhibits[0], StringComparison.Ordinal);
        Assert.True(File.ReadAllLines(prefix + ".chronology.csv").Length > 1);
    }

    [Fact]
    public void Report_Narrative_WritesHtmlWithoutALedger()
    {
        var path = Path.Combine(_sandbox.Dir, "dossier.html");
        var (code, _, _) = Run("report", RepositoryPaths.Combine("examples", "cases", "01-house-bold.md"), "-o", path);
        Assert.Equal(ExitCodes.Success, code);
        var html = File.ReadAllText(path);
        Assert.Contains("not stored: read from the file", html, StringComparison.Ordinal);
        Assert.Contains("Northwind Payments, Inc.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--format", "pdf")]
    [InlineData("--format", "csv")]
    public void Report_BadFormatOrMissingOutput_IsAUsageError(string option, string value)
    {
        var (code, _, error) = Run("report", RepositoryPaths.Combine("examples", "cases", "01-house-bold.md"), option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Matches("RPT00[23]", error);
    }
}

/// <summary>
/// 'docket report --format pdf' on a machine without Chromium. It sets DOCKET_CHROMIUM for the process, so it runs
/// apart from the other tests (the demo would print no PDF while it runs).
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class ReportWithoutChromiumTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args) => _sandbox.Run(args);

    [Fact]
    public void Report_PdfWithoutChromium_SaysHowToInstallIt()
    {
        var previous = Environment.GetEnvironmentVariable("DOCKET_CHROMIUM");
        Environment.SetEnvironmentVariable("DOCKET_CHROMIUM", Path.Combine(_sandbox.Dir, "no-such-chromium"));
        try
        {
            var (code, _, error) = Run("report", RepositoryPaths.Combine("examples", "cases", "01-house-bold.md"), "--format", "pdf", "-o", Path.Combine(_sandbox.Dir, "x.pdf"));
            Assert.Equal(ExitCodes.InputErrors, code);
            Assert.Contains("RPT001", error, StringComparison.Ordinal);
            Assert.Contains("apt-get install -y chromium", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKET_CHROMIUM", previous);
        }
    }
}

/// <summary>Tests that change the process's environment run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;
