using Docket.Core.Clocks;
using Docket.Core.Compliance.Catalogs;
using Xunit;

namespace Docket.Core.Tests.Clocks;

/// <summary>The built-in rule files load clean; a malformed user file is refused naming file, line and field.</summary>
public sealed class ClockRuleSetTests
{
    [Fact]
    public void BuiltIn_LoadsEveryRuleAndCalendar()
    {
        var set = ClockRuleSet.BuiltIn();
        Assert.Empty(set.Errors);
        Assert.True(set.Rules.Length > 60);
        Assert.Equal(["eu", "uk-england", "us-federal"], set.Calendars.Keys.Order());
        Assert.All(set.Rules, r => Assert.False(string.IsNullOrEmpty(r.Source)));
    }

    [Fact]
    public void MalformedRule_IsRefusedWithFileLineAndField()
    {
        const string text = """
            {
              "schema": "docket.clocks/1", "id": "mine", "revision": 1,
              "rules": [
                { "id": "msa-14-2", "citation": "MSA 14.2", "regime": "contract", "jurisdiction": "contract", "obligor": "processor",
                  "recipient": "controller", "trigger": "discovery",
                  "period": 48, "unit": "fortnights", "calendar": "us-federal", "timeZone": "Mars/Olympus" }
              ]
            }
            """;
        var errors = ClockRuleSet.BuiltInWith([("mine.json", text)]).Errors;
        Assert.True(errors.Length > 0, string.Join("; ", errors));
        Assert.True(errors.Any(e => e is { File: "mine.json", Line: 6, Field: "rules[0].unit", Code: CatalogCodes.WrongValue }), string.Join("; ", errors));
        Assert.Contains(errors, e => e is { File: "mine.json", Field: "rules[0].timeZone" });
    }
}
