using Docket.Core.Ledger;
using Docket.Core.Ledger.Notes;
using Xunit;

namespace Docket.Core.Tests.Ledger;

/// <summary>The signed-note vectors of ../shared/testvectors/README.md (C2SP example and Go's sumdb/note tests).</summary>
public sealed class SignedNoteTests
{
    private const string C2spVerifier = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private const string C2spNote = "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
    private const string GoSigner = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private const string GoVerifier = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private const string GoText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    private const string GoLine = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";

    [Fact]
    public void Verify_C2spExample_NamesTheKey()
    {
        var note = SignedNote.Parse(C2spNote, out var error) ?? throw new InvalidOperationException(error);
        var result = note.Verify([C2spVerifier]);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(["example.com/foo"], result.VerifiedBy);
    }

    [Fact]
    public void SignatureLine_GoVector_IsByteForByte()
    {
        using var signer = NoteSigner.Parse(GoSigner);
        Assert.Equal(GoVerifier, signer.VerifierKey);
        Assert.Equal(GoLine, signer.SignatureLine(GoText));
        var note = SignedNote.Parse(signer.Sign(GoText), out _)!;
        Assert.Equal(["PeterNeumann"], note.Verify([GoVerifier]).VerifiedBy);
    }

    [Fact]
    public void Verify_ChangedText_Fails()
    {
        var note = SignedNote.Parse(C2spNote.Replace("example message", "example massage", StringComparison.Ordinal), out _)!;
        var result = note.Verify([C2spVerifier]);
        Assert.Equal(LedgerDiagnosticCodes.NoVerifiedSignature, result.Code);
    }

    [Fact]
    public void CoSign_TwoParties_BothVerify()
    {
        using var client = NoteSigner.FromSeed("client.example/docket", Enumerable.Repeat((byte)7, 32).ToArray());
        using var vendor = NoteSigner.FromSeed("vendor.example/docket", Enumerable.Repeat((byte)9, 32).ToArray());
        var checkpoint = new Checkpoint("docket.example/case/42", 3, [.. new byte[32]], ["extension line"]);
        var once = SignedNote.Parse(client.Sign(checkpoint.ToText()), out _)!;
        var twice = SignedNote.Parse(vendor.CoSign(once), out _)!;
        Assert.Equal(["client.example/docket", "vendor.example/docket"], twice.Verify([client.VerifierKey, vendor.VerifierKey]).VerifiedBy);
        Assert.Equal(["vendor.example/docket"], twice.Verify([vendor.VerifierKey]).VerifiedBy);
        var parsed = Checkpoint.Parse(twice.Text, out _)!;
        Assert.Equal((checkpoint.Origin, checkpoint.Size), (parsed.Origin, parsed.Size));
        Assert.Equal(["extension line"], parsed.Extensions);
    }

    [Theory]
    [InlineData("no signatures here\n")]
    [InlineData("text\n\nnot a signature line\n")]
    [InlineData("text without newline")]
    public void Parse_Malformed_ReturnsError(string text)
    {
        Assert.Null(SignedNote.Parse(text, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Verify_MalformedVerifierKey_IsMalformedNote() =>
        Assert.Equal(LedgerDiagnosticCodes.MalformedNote, SignedNote.Parse(C2spNote, out _)!.Verify(["no-plus-signs"]).Code);
}
