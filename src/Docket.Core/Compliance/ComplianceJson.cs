using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Compliance;

/// <summary>The compliance report as JSON (<c>docket.compliance/1</c>): camelCase names, kebab-case enum values, ISO dates.</summary>
public static class ComplianceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new LocalDateConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as an indented docket.compliance/1 document; a matrix row with no obligation has status null.</summary>
    public static string Write(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(
            new
            {
                schema = "docket.compliance/1",
                report.Catalogs,
                report.Assessments,
                report.Coverage,
                report.Gaps,
                matrix = report.Rows.Select(r => new { r.Requirement, status = r.Cells.IsEmpty ? null : (Cases.ObligationStatus?)r.Status, r.Cells }),
            },
            Options);
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
