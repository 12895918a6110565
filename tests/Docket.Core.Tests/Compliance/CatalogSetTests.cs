using Docket.Core.Cases;
using Docket.Core.Compliance.Catalogs;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Compliance;

/// <summary>The built-in catalogs load clean; a malformed catalog file is refused with file, line, field and code.</summary>
public sealed class CatalogSetTests
{
    private const string Valid = """
        {
          "schema": "docket.catalog/1",
          "id": "iso-27001",
          "name": "ISO/IEC 27001",
          "version": "2022",
          "revision": 1,
          "asOf": "2026-11-01",
          "source": "our own summary",
          "aliases": ["ISO 27001"],
          "keyDates": [],
          "requirements": [
            { "id": "A.8.15", "title": "Logs of activities are kept and protected", "topics": ["logging"], "appliesTo": "both", "futureDated": false, "effectiveFrom": null, "notes": null }
          ]
        }
        """;

    [Fact]
    public void BuiltIn_LoadsEveryCatalogWithoutErrors()
    {
        var set = CatalogSet.BuiltIn();
        Assert.Empty(set.Errors);
        Assert.Equal(["ccpa-cpra", "gdpr", "pci-dss"], set.Catalogs.Select(c => c.Id).Order());
        Assert.NotNull(set.KeyStrength);
        Assert.NotNull(set.Rules);
        var pci = set.Named("PCI DSS")!;
        Assert.Equal("4.0.1", pci.Version);
        Assert.Contains(pci.KeyDates, d => d.Date == new LocalDate(2025, 3, 31));
        var logging = pci.Requirements.Single(r => r.Id == "10.2.1");
        Assert.Contains(ObligationTopic.Logging, logging.Topics);
        Assert.All(pci.Requirements.Where(r => r.FutureDated), r => Assert.Equal(new LocalDate(2025, 3, 31), r.EffectiveFrom));
        Assert.Same(set.Named("GDPR"), set.Named("General Data Protection Regulation"));
        Assert.NotNull(set.Named("CCPA"));
        Assert.Equal(112, set.KeyStrength!.Threshold("pci-dss-strong-cryptography")!.MinimumStrengthBits);
    }

    [Fact]
    public void UserCatalog_IsAddedWithoutCode()
    {
        var set = CatalogSet.BuiltInWith([("iso.json", Valid)]);
        Assert.Empty(set.Errors);
        Assert.Equal("A.8.15", set.Named("ISO 27001")!.Requirements[0].Id);
    }

    public static TheoryData<string, string, int, string, string> Malformed => new()
    {
        { "not JSON", Valid.Replace("\"id\": \"iso-27001\",", "\"id\": \"iso-27001\"", StringComparison.Ordinal), 4, "(file)", CatalogCodes.Syntax },
        { "missing name", Valid.Replace("\"name\": \"ISO/IEC 27001\",\n", string.Empty, StringComparison.Ordinal), 1, "name", CatalogCodes.MissingField },
        { "unknown topic", Valid.Replace("[\"logging\"]", "[\"crypto\"]", StringComparison.Ordinal), 12, "requirements[0].topics[0]", CatalogCodes.UnknownTopic },
        { "bad date", Valid.Replace("2026-11-01", "1 Nov 2026", StringComparison.Ordinal), 7, "asOf", CatalogCodes.WrongValue },
        { "bad applicability", Valid.Replace("\"both\"", "\"everyone\"", StringComparison.Ordinal), 12, "requirements[0].appliesTo", CatalogCodes.WrongValue },
        { "unknown schema", Valid.Replace("docket.catalog/1", "docket.catalog/9", StringComparison.Ordinal), 2, "schema", CatalogCodes.UnknownSchema },
        { "revision not a number", Valid.Replace("\"revision\": 1", "\"revision\": \"one\"", StringComparison.Ordinal), 6, "revision", CatalogCodes.WrongValue },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedCatalog_IsRefusedNamingFileLineAndField(string what, string text, int line, string field, string code)
    {
        var set = CatalogSet.BuiltInWith([("mine.json", text.ReplaceLineEndings("\n"))]);
        Assert.True(set.Errors.Length == 1, $"{what}: expected one error, got: {string.Join("; ", set.Errors)}");
        var error = set.Errors[0];
        Assert.Equal(("mine.json", line, field, code), (error.File, error.Line, error.Field, error.Code));
        Assert.StartsWith($"mine.json({line}): error {code}: {field}: ", error.ToString(), StringComparison.Ordinal);
        Assert.Null(set.Named("ISO 27001"));
    }

    [Fact]
    public void DuplicateRequirement_IsRefused()
    {
        var text = Valid.Replace("""
            { "id": "A.8.15", "title": "Logs of activities are kept and protected", "topics": ["logging"], "appliesTo": "both", "futureDated": false, "effectiveFrom": null, "notes": null }
            """, """
            { "id": "A.8.15", "title": "one", "topics": ["logging"], "appliesTo": "both" },
                { "id": "A.8.15", "title": "two", "topics": ["logging"], "appliesTo": "both" }
            """, StringComparison.Ordinal);
        var error = Assert.Single(CatalogSet.BuiltInWith([("dup.json", text)]).Errors);
        Assert.Equal((CatalogCodes.Duplicate, "requirements[1].id", 13), (error.Code, error.Field, error.Line));
    }

    [Fact]
    public void SameIdAndRevision_Conflicts_HigherRevisionReplaces()
    {
        var conflict = CatalogSet.BuiltInWith([("a.json", Valid), ("b.json", Valid)]);
        Assert.Equal(CatalogCodes.Conflict, Assert.Single(conflict.Errors).Code);
        var newer = CatalogSet.BuiltInWith([("a.json", Valid), ("b.json", Valid.Replace("\"revision\": 1", "\"revision\": 2", StringComparison.Ordinal).Replace("A.8.15", "A.8.16", StringComparison.Ordinal))]);
        Assert.Empty(newer.Errors);
        Assert.Equal("A.8.16", newer.Named("ISO 27001")!.Requirements[0].Id);
    }

    [Theory]
    [InlineData("The contract required AES-256 encryption.", "AES-256")]
    [InlineData("They used 3DES instead.", "3TDEA")]
    [InlineData("Connections used TLS 1.0 and RSA-1024 keys.", "TLS 1.0,RSA-1024")]
    [InlineData("AES-2560 is no algorithm", "")]
    public void KeyStrength_FindsAlgorithmsByAnySpelling(string text, string expected)
    {
        var found = new AlgorithmFinder(CatalogSet.BuiltIn().KeyStrength!).Find(text).Select(f => f.Algorithm.Name);
        Assert.Equal(expected, string.Join(",", found));
    }

    [Fact]
    public void Rules_WithAFrequencyThatIsNoNumberOfDays_AreRefusedNamingTheWord()
    {
        var rules = """
            {
              "schema": "docket.rules/1", "id": "assessment", "revision": 9,
              "topicWords": {}, "settlingFacts": { "*": "What was delivered?" }, "weakerMethodPhrases": [], "promiseWords": [],
              "frequencies": {
                "weekly": 7,
                "every blue moon": "rarely"
              }
            }
            """;
        var error = Assert.Single(CatalogSet.BuiltInWith([("my-rules.json", rules)]).Errors);
        Assert.Equal(("my-rules.json", 6, "frequencies.every blue moon", CatalogCodes.WrongValue), (error.File, error.Line, error.Field, error.Code));
    }
}
