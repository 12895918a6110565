using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Docket.Web.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Docket.Web.Tests;

/// <summary>Uploads: the type must match the name, the size is capped, a narrative intake cannot read is refused with its diagnostics.</summary>
public sealed class UploadTests
{
    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n", "application/pdf")]
    [InlineData("report.pdf", "MZ\u0090\u0000", null)]
    [InlineData("memo.docx", "PK\u0003\u0004rest", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("notes.txt", "plain words\n", "text/plain")]
    [InlineData("notes.txt", "binary\u0000data", null)]
    [InlineData("tool.exe", "MZ", null)]
    [InlineData("noextension", "text", null)]
    public void TheTypeMustMatchTheName(string name, string head, string? expected) =>
        Assert.Equal(expected, Uploads.MediaType(name, System.Text.Encoding.Latin1.GetBytes(head)));

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\memo.txt", "memo.txt")]
    [InlineData("a\u0000b\u001b.txt", "ab.txt")]
    public void FileNamesAreReducedToTheirLastSegment(string given, string kept) => Assert.Equal(kept, Uploads.CleanName(given));

    [Fact]
    public async Task Uploads_TooLargeOrOfTheWrongType_AreRefusedWithTheirCodes()
    {
        var site = await Sites.ForAsync("sqlite");
        using var client = site.Client("claimant");
        var ct = TestContext.Current.CancellationToken;

        var big = new byte[300 * 1024];
        Array.Fill(big, (byte)'a');
        await AssertProblem(await client.PostAsync($"/api/cases/{site.OwnCase}/evidence?fileName=big.txt&kind=log", Body(big), ct), HttpStatusCode.RequestEntityTooLarge, WebCodes.TooLarge);
        await AssertProblem(await client.PostAsync($"/api/cases/{site.OwnCase}/evidence?fileName=run.exe&kind=tool", Body("MZ"u8.ToArray()), ct), HttpStatusCode.UnsupportedMediaType, WebCodes.TypeRefused);
        await AssertProblem(await client.PostAsync($"/api/cases/{site.OwnCase}/evidence?fileName=fake.pdf&kind=report", Body("not a pdf"u8.ToArray()), ct), HttpStatusCode.UnsupportedMediaType, WebCodes.TypeRefused);
        await AssertProblem(await client.PostAsync($"/api/cases/{site.OwnCase}/evidence?fileName=a.txt&kind=log&party=P9", Body("x"u8.ToArray()), ct), HttpStatusCode.BadRequest, WebCodes.Invalid);
        await AssertProblem(await client.PostAsync("/api/cases?fileName=case.exe&role=claimant", Body("MZ"u8.ToArray()), ct), HttpStatusCode.UnsupportedMediaType, WebCodes.TypeRefused);
        await AssertProblem(await client.PostAsync("/api/cases?fileName=case.md&role=judge", Body("x"u8.ToArray()), ct), HttpStatusCode.BadRequest, WebCodes.Invalid);

        // Nothing refused reached the store.
        var store = site.Services.GetRequiredService<Docket.Storage.Evidence.EvidenceStore>();
        foreach (var refused in new[] { big, "MZ"u8.ToArray(), "not a pdf"u8.ToArray() })
        {
            Assert.False(store.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(refused))));
        }
    }

    [Fact]
    public async Task ANarrativeIntakeCannotRead_IsRefusedWithItsDiagnostics()
    {
        var site = await Sites.ForAsync("sqlite");
        using var client = site.Client("respondent");
        using var response = await client.PostAsync("/api/cases?fileName=empty.txt&role=respondent", Body("   \n"u8.ToArray()), TestContext.Current.CancellationToken);
        var problem = await AssertProblem(response, HttpStatusCode.UnprocessableEntity, WebCodes.NarrativeUnread);
        Assert.NotEmpty(problem.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task EvidenceDownloads_AreByteForByteWhatWasUploaded()
    {
        var site = await Sites.ForAsync("sqlite");
        using var client = site.Client("observer");
        var bytes = await client.GetByteArrayAsync($"/api/cases/{site.OwnCase}/evidence/{site.EvidenceSha}", TestContext.Current.CancellationToken);
        Assert.Equal(site.EvidenceSha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        using var missing = await client.GetAsync($"/api/cases/{site.OwnCase}/evidence/{new string('0', 64)}", TestContext.Current.CancellationToken);
        await AssertProblem(missing, HttpStatusCode.NotFound, WebCodes.NotFound);
    }

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        return problem.RootElement.Clone();
    }
}
