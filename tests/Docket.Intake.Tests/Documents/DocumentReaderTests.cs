using Docket.Core.Cases;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Docket.Intake.Tests.Documents;

/// <summary>.docx and .pdf narratives are read by their text; the house format survives Word's headings and lists.</summary>
public sealed class DocumentReaderTests
{
    private static readonly (string Style, string Text, bool Bold)[] HouseFormat =
    [
        ("Title", "Dispute between Orchard Retail and Vantage Secure", false),
        ("Heading2", "Parties Involved", false),
        ("ListParagraph", "Orchard Retail Ltd. - A grocery chain headquartered in Leeds, England, which hired Vantage Secure.", false),
        ("ListParagraph", "Vantage Secure LLC - A security consultancy contracted to deploy MFA.", false),
        ("Heading2", "Background", false),
        ("Normal", "In April 2023, Orchard Retail and Vantage Secure signed an agreement valued at £450,000 to deploy MFA by 30 September 2023.", false),
        ("Heading2", "Key Issues", false),
        ("ListParagraph", "MFA Rollout: Orchard alleged that Vantage never enforced MFA. Vantage countered that Orchard delayed access.", false),
        ("Heading2", "Conclusion", false),
        ("Normal", "The parties are in mediation, and a mediator was appointed in March 2024.", false),
    ];

    [Fact]
    public void Read_Docx_ReadsHouseFormatThroughStylesAndLists()
    {
        var result = CaseIntake.Read("case.docx", BuildDocx(HouseFormat));
        Assert.Equal("docx", result.Source.Encoding);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var c = result.Case!;
        Assert.Equal("Dispute between Orchard Retail and Vantage Secure", c.Title);
        Assert.Equal(["Orchard Retail Ltd.", "Vantage Secure LLC"], c.Parties.Select(p => p.Name));
        Assert.Equal([PartyRole.Client, PartyRole.Vendor], c.Parties.Select(p => p.Role));
        Assert.Equal("Leeds, England", c.Parties[0].Location);
        Assert.Equal(("GBP", 450_000m), (c.Contract.Value!.Money.Currency, c.Contract.Value.Money.Amount));
        var issue = Assert.Single(c.Issues);
        Assert.Equal("MFA Rollout", issue.Title);
        Assert.Equal([Stance.Claim, Stance.Defense], issue.Positions.Select(p => p.Stance));
        Assert.Contains("MFA", c.Standards.Select(s => s.Name));
        Assert.Equal(DisputeStage.Mediation, c.Status!.Stage);
        Assert.All(c.Parties, p => Assert.Equal(p.Name, p.Span.Slice(result.Text!)));
    }

    [Fact]
    public void Read_Pdf_ReadsTextInOrder()
    {
        var result = CaseIntake.Read("case.pdf", BuildPdf(
        [
            "Theme: Data Privacy",
            "Case Number: 31",
            "Parties",
            "1. Lumen Clinics Inc. - A hospital group that hired Carbide Cloud.",
            "2. Carbide Cloud LLC - A hosting provider.",
            "Background",
            "On 2 May 2023 the parties signed a hosting agreement valued at $1.2 million.",
            "Conclusion",
            "Lumen Clinics filed a lawsuit in January 2024.",
        ]));
        Assert.Equal("pdf", result.Source.Encoding);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var c = result.Case!;
        Assert.Equal(("Data Privacy", 31), (c.Theme, c.CaseNumber));
        Assert.Equal(["Lumen Clinics Inc.", "Carbide Cloud LLC"], c.Parties.Select(p => p.Name));
        Assert.Equal("2023-05-02", c.Contract.Signed!.Date.Value);
        Assert.Equal(1_200_000m, c.Contract.Value!.Money.Amount);
        Assert.Equal(DisputeStage.Litigation, c.Status!.Stage);
    }

    [Theory]
    [InlineData("broken.docx")]
    [InlineData("broken.pdf")]
    public void Read_CorruptDocument_IsUnreadableDocumentError(string name)
    {
        var result = CaseIntake.Read(name, "PK\u0003\u0004 this is not really a document"u8.ToArray());
        Assert.Null(result.Case);
        Assert.Equal(IntakeDiagnosticCodes.UnreadableDocument, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Read_UnsupportedExtension_IsUnsupportedTypeError()
    {
        var result = CaseIntake.Read("scan.png", [0x89, 0x50, 0x4E, 0x47]);
        Assert.Equal(IntakeDiagnosticCodes.UnsupportedType, Assert.Single(result.Diagnostics).Code);
    }

    internal static byte[] BuildDocx(IEnumerable<(string Style, string Text, bool Bold)> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (style, text, bold) in paragraphs)
            {
                var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
                if (style == "ListParagraph")
                {
                    properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
                }

                var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                if (bold)
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }

                body.Append(new Paragraph(properties, run));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static byte[] BuildPdf(IEnumerable<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 18;
        }

        return builder.Build();
    }
}
