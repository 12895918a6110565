using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>The served OpenAPI document passes a standard validator (npm's @seriousme/openapi-schema-validator, which test.sh installs) and names every endpoint.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task TheOpenApiDocument_IsValid_AndDescribesEveryEndpoint()
    {
        var site = await Sites.ForAsync("sqlite");
        var ct = TestContext.Current.CancellationToken;
        using (var anonymous = site.Client("anonymous"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json", ct)).StatusCode);
        }

        using var client = site.Client("observer");
        var json = await client.GetStringAsync("/openapi/v1.json", ct);
        using (var document = JsonDocument.Parse(json))
        {
            var operations = document.RootElement.GetProperty("paths").EnumerateObject()
                .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToHashSet();
            foreach (var name in new[] { "ListCases", "OpenCase", "GetCase", "ListEntries", "AddNote", "AddFact", "AddPosition", "AddEvidence", "GetEvidence",
                "GetCheckpoint", "GetProof", "Verify", "GetAnalysis", "GetDossier", "ListMembers", "AddMember", "ListTokens", "CreateToken", "RevokeToken", "CreateUser" })
            {
                Assert.Contains(name, operations);
            }

            Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));
        }

        var validator = Environment.GetEnvironmentVariable("DOCKET_OPENAPI_VALIDATOR");
        if (string.IsNullOrEmpty(validator) || !File.Exists(validator))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "DOCKET_OPENAPI_VALIDATOR is not set (test.sh installs the validator from npm).");
            Assert.Fail("DOCKET_OPENAPI_VALIDATOR must name the OpenAPI validator on CI (test.sh installs it).");
        }

        var file = Path.Combine(Path.GetTempPath(), "docket-openapi-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, json, ct);
        try
        {
            var (code, output) = await RunAsync(validator!, file, ct);
            Assert.True(code == 0, "The validator rejected the document: " + output);
            Assert.Contains("\"valid\": true", output, StringComparison.Ordinal);

            // The validator is not a rubber stamp: a document without info.version fails.
            await File.WriteAllTextAsync(file, json.Replace("\"version\": \"1.0.0\"", "\"versio\": \"1.0.0\"", StringComparison.Ordinal), ct);
            Assert.NotEqual(0, (await RunAsync(validator!, file, ct)).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string validator, string file, CancellationToken ct)
    {
        var start = new ProcessStartInfo(validator, [file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct) + await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, output);
    }
}
