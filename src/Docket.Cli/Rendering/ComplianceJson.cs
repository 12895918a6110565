using System.Text.Json;
using System.Text.Json.Serialization;
using Docket.Core.Compliance;
using NodaTime;
using NodaTime.Text;

namespace Docket.Cli.Rendering;

/// <summary>The compliance report as JSON (<c>docket.compliance/1</c>): camelCase names, kebab-case enum values, ISO dates.</summary>
internal static class ComplianceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new LocalDateConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ComplianceReport report) =>
        JsonSerializer.Serialize(new { schema = "docket.compliance/1", report.Catalogs, report.Assessments, report.Coverage, report.Gaps, matrix = report.Rows.Select(r => new { r.Requirement, status = r.Cells.IsEmpty ? null : (Core.Cases.ObligationStatus?)r.Status, r.Cells }) }, Options);

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
