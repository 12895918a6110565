using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// Reads <c>docket.incident/1</c>: <c>timeZone</c> (IANA), <c>occurred</c>, <c>discovered</c>, <c>aware</c>,
/// <c>determined</c>, <c>materialityDetermined</c>, <c>classified</c>, <c>ransomPaid</c> (each "yyyy-MM-ddTHH:mm",
/// "yyyy-MM-dd" or "yyyy-MM"), <c>affected</c>, <c>residents</c> (<c>{"US-CA": 520, "EU": null}</c>), <c>roles</c>
/// (<c>{"RetailGiant Ltd.": ["business", "controller"]}</c>), <c>notices</c> (<c>[{"rule", "given"}]</c>, given null
/// for a notice not given) and <c>asOf</c>. Errors name the field.
/// </summary>
public static class IncidentReader
{
    /// <summary>Reads the incident in <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">It is not a docket.incident/1 document, or a field is wrong; the message names the field.</exception>
    public static Incident Read(string json, string source = "the incident file")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"line {(ex.LineNumber ?? 0) + 1}: not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "schema") != "docket.incident/1")
            {
                throw new FormatException("schema: the file is not a docket.incident/1 document.");
            }

            var zoneId = Str(root, "timeZone") ?? "UTC";
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new FormatException($"timeZone: '{zoneId}' is not an IANA time zone.");
            IncidentTime? Time(JsonElement e, string name)
            {
                if (Str(e, name) is not { } text)
                {
                    return null;
                }

                return IncidentTime.Parse(text, zone) ?? throw new FormatException($"{name}: '{text}' is not yyyy-MM-ddTHH:mm, yyyy-MM-dd or yyyy-MM.");
            }

            ImmutableDictionary<string, int?>? residents = null;
            if (root.TryGetProperty("residents", out var r) && r.ValueKind == JsonValueKind.Object)
            {
                residents = r.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.ValueKind switch
                {
                    JsonValueKind.Number when p.Value.TryGetInt32(out var n) && n >= 0 => (int?)n,
                    JsonValueKind.Null => null,
                    _ => throw new FormatException($"residents.{p.Name}: must be a count of people or null (some, number unknown)."),
                }, StringComparer.OrdinalIgnoreCase);
            }

            var roles = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
            if (root.TryGetProperty("roles", out var rolesElement) && rolesElement.ValueKind == JsonValueKind.Object)
            {
                roles = rolesElement.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).Where(v => v.Length > 0).ToImmutableArray()
                    : throw new FormatException($"roles.{p.Name}: must be a list of roles."));
            }

            var notices = ImmutableArray.CreateBuilder<IncidentNotice>();
            if (root.TryGetProperty("notices", out var n) && n.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in n.EnumerateArray())
                {
                    var rule = Str(item, "rule") ?? throw new FormatException("notices[].rule: is required.");
                    notices.Add(new IncidentNotice(rule, Time(item, "given")));
                }
            }

            int? affected = root.TryGetProperty("affected", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetInt32() : null;
            LocalDate? asOf = Str(root, "asOf") is { } text
                ? NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } d ? d.Value : throw new FormatException($"asOf: '{text}' is not a date (yyyy-MM-dd).")
                : null;
            return new Incident(zone)
            {
                Occurred = Time(root, "occurred"),
                Discovered = Time(root, "discovered"),
                Aware = Time(root, "aware"),
                Determined = Time(root, "determined"),
                MaterialityDetermined = Time(root, "materialityDetermined"),
                Classified = Time(root, "classified"),
                RansomPaid = Time(root, "ransomPaid"),
                Affected = affected,
                Residents = residents,
                Roles = roles,
                RolesStated = roles.Count > 0,
                Notices = notices.ToImmutable(),
                AsOf = asOf,
                Source = source,
            };
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
