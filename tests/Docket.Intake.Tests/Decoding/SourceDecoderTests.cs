using System.Text;
using Docket.Core.Diagnostics;
using Docket.Intake.Decoding;
using Xunit;

namespace Docket.Intake.Tests.Decoding;

public sealed class SourceDecoderTests
{
    private const string Sample = "TechSecure’s “report” – £3,076,320 for Zürich.";

    [Fact]
    public void Decode_Utf8WithoutBom_ReadsText()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(("utf-8", Sample), (decoded.Encoding, decoded.Text));
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsBom()
    {
        var decoded = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(("utf-8-bom", Sample), (decoded.Encoding, decoded.Text));
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Decode_Utf16WithBom_ReadsText(bool bigEndian, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)]);
        Assert.Equal((expected, Sample), (decoded.Encoding, decoded.Text));
    }

    [Fact]
    public void Decode_Windows1252_ReadsCurlyQuotesAndPound()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Sample);
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal(("windows-1252", Sample), (decoded.Encoding, decoded.Text));
        Assert.Contains(decoded.Diagnostics, d => d.Code == IntakeDiagnosticCodes.LegacyEncoding);
    }

    [Fact]
    public void Decode_Mojibake_RepairsEachSequenceWithDiagnostic()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("SecureSolutionsâ€™ policy\nCafÃ© and the â€œreportâ€\u009d."));
        Assert.Equal("SecureSolutions’ policy\nCafé and the “report”.", decoded.Text);
        Assert.Equal(4, decoded.Repairs);
        var repairs = decoded.Diagnostics.Where(d => d.Code == IntakeDiagnosticCodes.MojibakeRepaired).ToList();
        Assert.Equal(4, repairs.Count);
        Assert.Equal((1, 16), (repairs[0].Span!.Value.Line, repairs[0].Span!.Value.Column));
        Assert.Equal("’", repairs[0].Span!.Value.Slice(decoded.Text!));
    }

    [Fact]
    public void Decode_OrdinaryAccents_AreNotRepaired()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("Café in Zürich, Ærøskøbing, São Paulo, naïve résumé."));
        Assert.Equal(0, decoded.Repairs);
    }

    [Fact]
    public void Decode_InvalidUtf8Bytes_AreReplacedWithWarning()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf\u00e9 ‘ok’ "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" end")];
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains('\uFFFD', decoded.Text!);
        Assert.Contains(decoded.Diagnostics, d => d.Code == IntakeDiagnosticCodes.InvalidBytes && d.Severity == DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    public void Decode_EmptyOrBlank_IsEmptyInputError(byte[] bytes)
    {
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Null(decoded.Text);
        Assert.Equal(IntakeDiagnosticCodes.EmptyInput, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_BinaryData_IsBinaryInputError()
    {
        var decoded = SourceDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Assert.Null(decoded.Text);
        Assert.Equal(IntakeDiagnosticCodes.BinaryInput, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_OverSizeLimit_IsTooLargeWithoutReading()
    {
        var decoded = SourceDecoder.Decode(new byte[SourceDecoder.MaxInputBytes + 1]);
        Assert.Null(decoded.Text);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal((IntakeDiagnosticCodes.TooLarge, DiagnosticSeverity.Error), (error.Code, error.Severity));
    }

    [Theory]
    [InlineData("a\r\nb\r\nc")]
    [InlineData("a\nb\nc")]
    [InlineData("a\rb\rc")]
    public void SourceText_AnyLineEnding_GivesLineAndColumn(string text)
    {
        var source = new Syntax.SourceText(text);
        Assert.Equal(3, source.LineCount);
        var c = text.IndexOf('c', StringComparison.Ordinal);
        Assert.Equal((3, 1), (source.Span(c, c + 1).Line, source.Span(c, c + 1).Column));
        Assert.Equal("b", text[source.LineStart(1)..source.LineEnd(1)]);
    }
}
