using System.Text;
using System.Text.Json;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>
/// The 1-based line of every value in a JSON document, by path ("requirements[3].topics[0]"), so that a catalog
/// error can name the line of the field at fault. System.Text.Json's DOM keeps no positions; this walks the bytes
/// once with <see cref="Utf8JsonReader"/> and counts newlines up to each token.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>Maps <paramref name="utf8"/>; throws <see cref="JsonException"/> (with its line) when it is not JSON.</summary>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var path = new List<(string Name, int Index, bool IsArray)>();
        string? property = null;
        var line = 1;
        long counted = 0;
        while (reader.Read())
        {
            var position = reader.TokenStartIndex;
            line += utf8[(int)counted..(int)position].Count((byte)'\n');
            counted = position;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var name = NextName(path, property);
                    map._lines.TryAdd(name, line);
                    path.Add((name, 0, reader.TokenType == JsonTokenType.StartArray));
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    if (path.Count > 0 && path[^1].IsArray)
                    {
                        path[^1] = path[^1] with { Index = path[^1].Index + 1 };
                    }

                    break;
                default:
                    map._lines.TryAdd(NextName(path, property), line);
                    if (path.Count > 0 && path[^1].IsArray)
                    {
                        path[^1] = path[^1] with { Index = path[^1].Index + 1 };
                    }

                    property = null;
                    break;
            }
        }

        return map;
    }

    private static string NextName(List<(string Name, int Index, bool IsArray)> path, string? property)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var parent = path[^1];
        var b = new StringBuilder(parent.Name);
        if (parent.IsArray)
        {
            b.Append('[').Append(parent.Index).Append(']');
        }
        else
        {
            if (b.Length > 0)
            {
                b.Append('.');
            }

            b.Append(property);
        }

        return b.ToString();
    }

    /// <summary>The line of the value at <paramref name="path"/>, else of its nearest enclosing value, else 1.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return _lines.GetValueOrDefault(string.Empty, 1);
            }

            path = path[..cut];
        }
    }
}
