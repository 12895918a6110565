using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Docket.Cli;
using Docket.Core.CaseFiles;
using Docket.Testing;
using Xunit;

namespace Docket.Cli.Tests;

/// <summary>The <c>docket</c> command line: output shapes, diagnostics on stderr, exit codes.</summary>
public sealed partial class IntakeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("docket-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DocketApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Example(string name) => RepositoryPaths.Combine("examples", "cases", name);

    [Fact]
    public void Intake_OneFileJson_PrintsOneObject()
    {
        var (code, output, _) = Run("intake", Example("01-house-bold.md"), "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("docket.case/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("Northwind Payments, Inc.", json.RootElement.GetProperty("parties")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Intake_SeveralFilesJson_PrintsArray()
    {
        var (code, output, _) = Run("intake", Example("01-house-bold.md"), Example("04-client-memo.md"), "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Intake_Out_WritesOneCaseFilePerInput()
    {
        var (code, _, _) = Run("intake", Example("02-house-headings.md"), Example("03-house-plain.txt"), "--out", _dir);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["02-house-headings.case.json", "03-house-plain.case.json"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Intake_Summary_ShowsPartiesAndIssues()
    {
        var (code, output, _) = Run("intake", Example("08-house-windows1252.txt"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Thistlebank Housing Association", output, StringComparison.Ordinal);
        Assert.Contains("Right to Terminate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_Diagnostics_GoToStderrInCompilerFormat()
    {
        var file = Path.Combine(_dir, "memo.txt");
        File.WriteAllText(file, "Met on 03/04/2023. Nothing else.");
        var (code, output, error) = Run("intake", file, "--json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(DiagnosticLine(), error.Split('\n')[0]);
        Assert.Contains("(1,8): warning INT015:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("INT015", output.Split("\"diagnostics\"")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "INT001")]
    [InlineData("binary.txt", new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF }, "INT002")]
    public void Intake_UnreadableInput_ExitsOneWithError(string name, byte[] content, string expectedCode)
    {
        var file = Path.Combine(_dir, name);
        File.WriteAllBytes(file, content);
        var (code, _, error) = Run("intake", file);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains($"{file}: error {expectedCode}:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_FileOverLimit_IsRejectedWithoutReading()
    {
        var file = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(file))
        {
            stream.SetLength(Docket.Intake.Decoding.SourceDecoder.MaxInputBytes + 1);
        }

        var (code, _, error) = Run("intake", file);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("error INT003:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_MissingFile_ExitsOne()
    {
        var (code, _, error) = Run("intake", Path.Combine(_dir, "nope.md"));
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("error INT020:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("intake")]
    [InlineData("intake", "x.md", "--bogus")]
    [InlineData("frobnicate")]
    public void Run_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("docket: error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ExampleCases_WritesCaseFiles()
    {
        var (code, output, _) = Run("demo", "--cases", RepositoryPaths.Combine("examples", "cases"), "--out", _dir);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Combine("examples", "cases")).Length, Directory.GetFiles(_dir, "*.case.json").Length);
        Assert.Contains("Wrote 8 case files", output, StringComparison.Ordinal);
        Assert.Equal(8, Directory.GetFiles(_dir, "*.checkpoint").Length);
        Assert.Equal(8, output.Split('\n').Count(l => l.EndsWith("checkpoint signed, verified", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning|info) INT\d{3}: .+$")]
    private static partial Regex DiagnosticLine();
}
