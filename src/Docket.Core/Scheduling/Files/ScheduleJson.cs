using System.Collections.Immutable;
using System.Text.Json;
using Docket.Core.Delay;
using Docket.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Scheduling.Files;

/// <summary>
/// Reads <c>docket.schedule/1</c>: <c>name</c>, <c>start</c>, <c>dataDate</c>, <c>requiredFinish</c>,
/// <c>defaultCalendar</c>, <c>calendars</c> (<c>{id, workingDays: ["mon" …], holidays: [date]}</c>), <c>activities</c>
/// (<c>{id, name, duration, responsible, kind, calendar, constraint: {kind, date}, actualStart, actualFinish, remaining}</c>),
/// <c>links</c> (<c>{from, to, type: "FS"|"SS"|"FF"|"SF", lag}</c>) and <c>events</c>
/// (<c>{id, description, party, duration, delays, after, notBefore}</c>). Every error names the activity and field.
/// </summary>
public static class ScheduleJson
{
    /// <summary>Reads a docket.schedule/1 document.</summary>
    /// <exception cref="ScheduleException">It is not one, or a field is wrong.</exception>
    public static ScheduleInput Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new ScheduleException($"line {(ex.LineNumber ?? 0) + 1}: not JSON: {ex.Message}");
        }

        using (document)
        {
            var errors = ImmutableArray.CreateBuilder<ScheduleError>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "schema") != "docket.schedule/1")
            {
                throw new ScheduleException("the file is not a docket.schedule/1 document (its \"schema\" must be \"docket.schedule/1\").");
            }

            var r = new Fields(errors);
            var start = r.Date(root, "(schedule)", "start", required: true) ?? default;
            var calendars = Items(root, "calendars").Select(c => Calendar(c, r)).ToImmutableArray();
            var activities = Items(root, "activities").Select((a, i) => Activity(a, i, r)).ToImmutableArray();
            var links = Items(root, "links").Select((l, i) => Link(l, i, r)).ToImmutableArray();
            var events = Items(root, "events").Select((e, i) => Event(e, i, r)).ToImmutableArray();
            if (errors.Count > 0)
            {
                throw new ScheduleException(errors.ToImmutable());
            }

            var schedule = new Schedule(Str(root, "name") ?? "schedule", start, activities, links)
            {
                Calendars = calendars,
                DefaultCalendar = Str(root, "defaultCalendar"),
                DataDate = r.Date(root, "(schedule)", "dataDate"),
                RequiredFinish = r.Date(root, "(schedule)", "requiredFinish"),
            };
            return new ScheduleInput(schedule, events);
        }
    }

    private static WorkCalendar Calendar(JsonElement c, Fields r)
    {
        var id = r.Required(c, "calendar", "id");
        var days = Items(c, "workingDays").Select(d => d.GetString() ?? string.Empty).Select(d => (Text: d, Day: Day(d))).ToList();
        foreach (var bad in days.Where(d => d.Day is null))
        {
            r.Error($"calendar {id}", $"workingDays: '{bad.Text}' is not a weekday (mon, tue … sun).");
        }

        var holidays = Items(c, "holidays").Select(h => (Text: h.GetString() ?? string.Empty, Date: LocalDatePattern.Iso.Parse(h.GetString() ?? string.Empty))).ToList();
        foreach (var bad in holidays.Where(h => !h.Date.Success))
        {
            r.Error($"calendar {id}", $"holidays: '{bad.Text}' is not a date (YYYY-MM-DD).");
        }

        return new WorkCalendar(id, [.. days.Where(d => d.Day is not null).Select(d => d.Day!.Value)], [.. holidays.Where(h => h.Date.Success).Select(h => h.Date.Value)]);
    }

    private static Activity Activity(JsonElement a, int index, Fields r)
    {
        var id = r.Required(a, $"activities[{index}]", "id");
        var duration = r.Int(a, id, "duration") ?? 0;
        var responsible = r.Enum(a, id, "responsible", Responsibility.Supplier);
        var activity = new Activity(id, Str(a, "name") ?? id, duration, responsible)
        {
            Calendar = Str(a, "calendar"),
            ActualStart = r.Date(a, id, "actualStart"),
            ActualFinish = r.Date(a, id, "actualFinish"),
            RemainingDuration = r.Int(a, id, "remaining", required: false),
        };
        if (Str(a, "kind") is { } kind)
        {
            activity = activity with { Kind = r.Enum(a, id, "kind", ActivityKind.Task) };
        }

        if (a.TryGetProperty("constraint", out var constraint) && constraint.ValueKind == JsonValueKind.Object)
        {
            activity = activity with { Constraint = r.Enum(constraint, id, "kind", ConstraintKind.None), ConstraintDate = r.Date(constraint, id, "date", required: true) };
        }

        return activity;
    }

    private static Link Link(JsonElement l, int index, Fields r)
    {
        var where = $"links[{index}]";
        var from = r.Required(l, where, "from");
        var to = r.Required(l, where, "to");
        var type = (Str(l, "type") ?? "FS").ToUpperInvariant() switch
        {
            "FS" => LinkType.FinishToStart,
            "SS" => LinkType.StartToStart,
            "FF" => LinkType.FinishToFinish,
            "SF" => LinkType.StartToFinish,
            var other => Bad(r, $"{from} -> {to}", $"type: '{other}' is not FS, SS, FF or SF."),
        };
        return new Link(from, to, type, r.Int(l, $"{from} -> {to}", "lag", required: false) ?? 0);
    }

    private static DelayEvent Event(JsonElement e, int index, Fields r)
    {
        var id = r.Required(e, $"events[{index}]", "id");
        var where = "event " + id;
        return new DelayEvent(id, Str(e, "description") ?? id, r.Enum(e, where, "party", Responsibility.Client), r.Int(e, where, "duration") ?? 0, r.Required(e, where, "delays"))
        {
            After = Str(e, "after"),
            NotBefore = r.Date(e, where, "notBefore"),
        };
    }

    private static LinkType Bad(Fields r, string where, string message)
    {
        r.Error(where, message);
        return LinkType.FinishToStart;
    }

    private static IsoDayOfWeek? Day(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MON" or "MONDAY" => IsoDayOfWeek.Monday,
        "TUE" or "TUESDAY" => IsoDayOfWeek.Tuesday,
        "WED" or "WEDNESDAY" => IsoDayOfWeek.Wednesday,
        "THU" or "THURSDAY" => IsoDayOfWeek.Thursday,
        "FRI" or "FRIDAY" => IsoDayOfWeek.Friday,
        "SAT" or "SATURDAY" => IsoDayOfWeek.Saturday,
        "SUN" or "SUNDAY" => IsoDayOfWeek.Sunday,
        _ => null,
    };

    private static List<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Str(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Reads fields, collecting an error (naming the activity and field) for each one that is wrong.
    private sealed class Fields(ImmutableArray<ScheduleError>.Builder errors)
    {
        public void Error(string where, string message) => errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, message));

        public string Required(JsonElement e, string where, string name)
        {
            if (Str(e, name) is { Length: > 0 } value)
            {
                return value;
            }

            Error(where, $"{name}: is required (a string).");
            return where;
        }

        public int? Int(JsonElement e, string where, string name, bool required = true)
        {
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(where, $"{name}: is required (a whole number of working days).");
                }

                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
            {
                return n;
            }

            Error(where, $"{name}: must be a whole number, not {value.GetRawText()}.");
            return null;
        }

        public LocalDate? Date(JsonElement e, string where, string name, bool required = false)
        {
            if (Str(e, name) is not { } text)
            {
                if (required)
                {
                    Error(where, $"{name}: is required (YYYY-MM-DD).");
                }

                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            Error(where, $"{name}: '{text}' is not a date (YYYY-MM-DD).");
            return null;
        }

        public T Enum<T>(JsonElement e, string where, string name, T fallback)
            where T : struct, Enum
        {
            if (Str(e, name) is not { } text)
            {
                return fallback;
            }

            if (KebabCase.TryParse<T>(text.Trim().ToLowerInvariant(), out var value))
            {
                return value;
            }

            Error(where, $"{name}: '{text}' is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => KebabCase.Name(v)))}.");
            return fallback;
        }
    }
}
