using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>Reads typed fields out of a catalog's JSON, recording one <see cref="CatalogError"/> per bad or missing field.</summary>
internal sealed class CatalogFields(string file, JsonLineMap lines, List<CatalogError> errors)
{
    public string File => file;

    public void Error(string path, string code, string message) => errors.Add(new CatalogError(file, lines.LineOf(path), path, code, message));

    public string? String(JsonElement obj, string parent, string name, bool required = true)
    {
        var path = Join(parent, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(path, CatalogCodes.MissingField, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, CatalogCodes.WrongValue, $"must be a string, not {Describe(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(path, CatalogCodes.WrongValue, "must not be empty.");
            return null;
        }

        return text;
    }

    public int? Integer(JsonElement obj, string parent, string name, bool required = true, int minimum = 0)
    {
        var path = Join(parent, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(path, CatalogCodes.MissingField, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < minimum)
        {
            Error(path, CatalogCodes.WrongValue, $"must be a whole number of at least {minimum}, not {Describe(value)}.");
            return null;
        }

        return number;
    }

    public bool Boolean(JsonElement obj, string parent, string name)
    {
        var path = Join(parent, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(path, CatalogCodes.WrongValue, $"must be true or false, not {Describe(value)}.");
            return false;
        }

        return value.GetBoolean();
    }

    public LocalDate? Date(JsonElement obj, string parent, string name, bool required)
    {
        var text = String(obj, parent, name, required);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Error(Join(parent, name), CatalogCodes.WrongValue, $"must be a date yyyy-mm-dd, not \"{text}\".");
            return null;
        }

        return parsed.Value;
    }

    public ImmutableArray<string> Strings(JsonElement obj, string parent, string name, bool required = true)
    {
        var path = Join(parent, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(path, CatalogCodes.MissingField, "is required.");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, CatalogCodes.WrongValue, $"must be a list of strings, not {Describe(value)}.");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Error($"{path}[{i}]", CatalogCodes.WrongValue, $"must be a non-empty string, not {Describe(item)}.");
            }
            else
            {
                items.Add(item.GetString()!);
            }

            i++;
        }

        return items.ToImmutable();
    }

    public IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement obj, string parent, string name)
    {
        var path = Join(parent, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            Error(path, value.ValueKind == JsonValueKind.Undefined ? CatalogCodes.MissingField : CatalogCodes.WrongValue,
                value.ValueKind == JsonValueKind.Undefined ? "is required." : $"must be a list of objects, not {Describe(value)}.");
            yield break;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(itemPath, CatalogCodes.WrongValue, $"must be an object, not {Describe(item)}.");
                continue;
            }

            yield return (item, itemPath);
        }
    }

    public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
