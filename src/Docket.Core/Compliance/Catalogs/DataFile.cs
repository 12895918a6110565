using System.Text;
using System.Text.Json;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>
/// What every Docket data file (catalogs, key strengths, assessment rules, clock rules, calendars) shares: the built-in
/// files embedded from the repository, and the reading of one file into a JSON object whose errors name file, line and
/// field.
/// </summary>
internal static class DataFile
{
    /// <summary>The embedded files whose resource names start with <paramref name="prefix"/> ("catalogs/"), in name order.</summary>
    public static IEnumerable<(string Name, string Text)> Embedded(string prefix)
    {
        var assembly = typeof(DataFile).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (resource, reader.ReadToEnd());
        }
    }

    /// <summary>
    /// Parses <paramref name="text"/> and hands its root object and its <c>schema</c> to <paramref name="read"/>; a syntax
    /// error, a root that is no object, or a missing schema is recorded in <paramref name="errors"/> and gives the default.
    /// </summary>
    public static T? Read<T>(string file, string text, List<CatalogError> errors, Func<JsonElement, CatalogFields, string, T?> read)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonLineMap lines;
        JsonDocument document;
        try
        {
            lines = JsonLineMap.Build(bytes);
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            errors.Add(new CatalogError(file, (int)(ex.LineNumber ?? 0) + 1, "(file)", CatalogCodes.Syntax, $"not valid JSON: {ex.Message}"));
            return default;
        }

        using (document)
        {
            var root = document.RootElement;
            var fields = new CatalogFields(file, lines, errors);
            if (root.ValueKind != JsonValueKind.Object)
            {
                fields.Error(string.Empty, CatalogCodes.WrongValue, "the file must hold one JSON object.");
                return default;
            }

            return fields.String(root, string.Empty, "schema") is { } schema ? read(root, fields, schema) : default;
        }
    }
}
