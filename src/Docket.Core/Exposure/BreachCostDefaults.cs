using System.Collections.Immutable;
using System.Text.Json;

namespace Docket.Core.Exposure;

/// <summary>
/// The IBM / Ponemon average cost of a data breach by report year (methods.md part D), as heads of loss, used only
/// when the user asks for them: detection and escalation, notification, post-breach response and lost business (the
/// customer-trust proxy, presumptively consequential). For the US, the US average is split in the global proportions,
/// and the output says so. Each head cites its year and source.
/// </summary>
public static class BreachCostDefaults
{
    private static readonly Lazy<JsonElement> Data = new(() =>
    {
        using var stream = typeof(BreachCostDefaults).Assembly.GetManifestResourceStream("parameters/breach-costs.json")!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    });

    /// <summary>The report years available.</summary>
    public static ImmutableArray<int> Years => [.. Data.Value.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32())];

    /// <summary>The four component heads for <paramref name="year"/>, global or US.</summary>
    /// <exception cref="FormatException">No figures for that year.</exception>
    public static ImmutableArray<LossHead> Heads(int year, bool us)
    {
        var row = Data.Value.GetProperty("years").EnumerateArray().FirstOrDefault(y => y.GetProperty("year").GetInt32() == year);
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"--assume breach-cost-defaults: no IBM figures for {year} (years: {string.Join(", ", Years)}).");
        }

        decimal Get(string name) => row.GetProperty(name).GetDecimal();
        var global = Get("globalAverage");
        var scale = us ? Get("usAverage") / global : 1m;
        var cited = row.GetProperty("cited").GetString() + (us ? $"; US average {Money.Text(Get("usAverage"))} split in the global proportions (an assumption)" : "; global average");
        LossHead Head(string name, LossKind kind, string field)
        {
            var amount = Money.Cents(Get(field) * scale);
            return new LossHead($"{name} (IBM {year} default)", kind, amount, amount, amount, cited) { DataBreach = kind != LossKind.LostCustomers };
        }

        return
        [
            Head("detection and escalation", LossKind.Forensics, "detection"),
            Head("notification", LossKind.Notification, "notification"),
            Head("post-breach response", LossKind.Remediation, "postBreach"),
            Head("lost business", LossKind.LostCustomers, "lostBusiness"),
        ];
    }
}
