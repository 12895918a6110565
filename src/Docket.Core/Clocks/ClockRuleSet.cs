using System.Collections.Immutable;
using System.Text.Json;
using Docket.Core.Compliance.Catalogs;
using Docket.Core.Utility;
using NodaTime;

namespace Docket.Core.Clocks;

/// <summary>
/// The clock rules and business calendars: the built-in files (the repository's <c>clocks/</c> folder, embedded) and a
/// user's own, validated like catalogs (each error names file, line and field, with the CAT codes); a file with any
/// error is left out whole. A rule id given twice is an error.
/// </summary>
public sealed class ClockRuleSet
{
    private ClockRuleSet(ImmutableArray<ClockRule> rules, ImmutableDictionary<string, BusinessCalendar> calendars, ImmutableArray<CatalogError> errors)
    {
        Rules = rules;
        Calendars = calendars;
        Errors = errors;
    }

    /// <summary>Every rule, every version.</summary>
    public ImmutableArray<ClockRule> Rules { get; }

    /// <summary>The business calendars by id.</summary>
    public ImmutableDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>What was wrong with the files.</summary>
    public ImmutableArray<CatalogError> Errors { get; }

    /// <summary>The built-in rules and calendars.</summary>
    public static ClockRuleSet BuiltIn() => Load(BuiltInFiles());

    /// <summary>The built-in files plus <paramref name="extra"/> (name and text).</summary>
    public static ClockRuleSet BuiltInWith(IEnumerable<(string Name, string Text)> extra) => Load(BuiltInFiles().Concat(extra));

    /// <summary>Loads and validates <paramref name="files"/>.</summary>
    public static ClockRuleSet Load(IEnumerable<(string Name, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<CatalogError>();
        var rules = new List<ClockRule>();
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var fileErrors = new List<CatalogError>();
            var (fileRules, fileCalendars) = Parse(name, text, fileErrors);
            foreach (var rule in fileRules.Where(r => rules.Any(x => x.Id == r.Id)))
            {
                fileErrors.Add(new CatalogError(name, 1, "rules", CatalogCodes.Duplicate, $"rule '{rule.Id}' is already defined by {rules.First(x => x.Id == rule.Id).Version}."));
            }

            errors.AddRange(fileErrors);
            if (fileErrors.Count == 0)
            {
                rules.AddRange(fileRules);
                foreach (var calendar in fileCalendars)
                {
                    calendars[calendar.Id] = calendar;
                }
            }
        }

        foreach (var rule in rules.Where(r => !calendars.ContainsKey(r.Calendar)))
        {
            errors.Add(new CatalogError(rule.Version, 1, $"rules.{rule.Id}.calendar", CatalogCodes.WrongValue, $"'{rule.Calendar}' is not a loaded calendar."));
        }

        return new ClockRuleSet([.. rules], calendars.ToImmutableDictionary(), [.. errors]);
    }

    private static IEnumerable<(string Name, string Text)> BuiltInFiles() => DataFile.Embedded("clocks/");

    private static (List<ClockRule> Rules, List<BusinessCalendar> Calendars) Parse(string file, string text, List<CatalogError> errors)
    {
        // A file that cannot be read at all gives the default: no lists.
        var parsed = DataFile.Read<(List<ClockRule> Rules, List<BusinessCalendar> Calendars)>(file, text, errors, (root, f, schema) =>
        {
            var revision = f.Integer(root, string.Empty, "revision", minimum: 1);
            return schema switch
            {
                "docket.clocks/1" => ([.. f.Objects(root, string.Empty, "rules").Select(x => Rule(x.Item, x.Path, f, $"{file} (revision {revision})"))], []),
                "docket.calendars/1" => ([], [.. f.Objects(root, string.Empty, "calendars").Select(x => Calendar(x.Item, x.Path, f))]),
                _ => Unknown(f, schema),
            };
        });
        return parsed.Rules is null ? ([], []) : parsed;
    }

    private static (List<ClockRule>, List<BusinessCalendar>) Unknown(CatalogFields f, string schema)
    {
        f.Error("schema", CatalogCodes.UnknownSchema, $"\"{schema}\" is not docket.clocks/1 or docket.calendars/1.");
        return ([], []);
    }

    private static ClockRule Rule(JsonElement e, string path, CatalogFields f, string version)
    {
        var trigger = Choice<ClockTrigger>(e, path, "trigger", f);
        var unit = Choice<PeriodUnit>(e, path, "unit", f);
        var period = f.Integer(e, path, "period", required: unit is PeriodUnit.Hours or PeriodUnit.CalendarDays or PeriodUnit.BusinessDays or PeriodUnit.Months, minimum: 0);
        var after = f.String(e, path, "after", required: trigger == ClockTrigger.Notice);
        var zone = f.String(e, path, "timeZone") ?? "UTC";
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            f.Error(CatalogFields.Join(path, "timeZone"), CatalogCodes.WrongValue, $"'{zone}' is not an IANA time zone.");
        }

        var from = f.Date(e, path, "effectiveFrom", required: false);
        var to = f.Date(e, path, "effectiveTo", required: false);
        if (from is { } a && to is { } b && b < a)
        {
            f.Error(CatalogFields.Join(path, "effectiveTo"), CatalogCodes.WrongValue, "ends before effectiveFrom.");
        }

        return new ClockRule(
            f.String(e, path, "id") ?? path, f.String(e, path, "citation") ?? string.Empty, f.String(e, path, "regime") ?? string.Empty,
            f.String(e, path, "jurisdiction") ?? string.Empty, f.String(e, path, "obligor") ?? string.Empty, f.String(e, path, "recipient") ?? string.Empty,
            trigger, period, unit)
        {
            After = after,
            Residents = f.String(e, path, "residents", required: false),
            MinAffected = f.Integer(e, path, "minAffected", required: false, minimum: 1),
            MaxAffected = f.Integer(e, path, "maxAffected", required: false, minimum: 1),
            EffectiveFrom = from,
            EffectiveTo = to,
            Calendar = f.String(e, path, "calendar") ?? "us-federal",
            TimeZone = zone,
            Rollover = f.Boolean(e, path, "rollover"),
            Confidence = f.String(e, path, "confidence", required: false) ?? "U",
            Source = f.String(e, path, "source") ?? string.Empty,
            Note = f.String(e, path, "note", required: false),
            Version = version,
        };
    }

    private static BusinessCalendar Calendar(JsonElement e, string path, CatalogFields f)
    {
        var weekend = f.Strings(e, path, "weekend").Select(d => (Text: d, Day: Weekday(d))).ToList();
        foreach (var bad in weekend.Where(d => d.Day is null))
        {
            f.Error(CatalogFields.Join(path, "weekend"), CatalogCodes.WrongValue, $"'{bad.Text}' is not a weekday (mon … sun).");
        }

        var holidays = f.Objects(e, path, "holidays").Select(h =>
        {
            var weekday = f.String(h.Item, h.Path, "weekday", required: false);
            var rule = new HolidayRule(f.String(h.Item, h.Path, "name") ?? h.Path, f.Integer(h.Item, h.Path, "month", required: false, minimum: 1),
                f.Integer(h.Item, h.Path, "day", required: false, minimum: 1), weekday is null ? null : Weekday(weekday), f.Integer(h.Item, h.Path, "nth", required: false, minimum: -1),
                h.Item.TryGetProperty("easter", out var easter) && easter.ValueKind == JsonValueKind.Number ? easter.GetInt32() : null,
                f.Integer(h.Item, h.Path, "from", required: false, minimum: 1));
            var fixedDate = rule.Month is >= 1 and <= 12 && rule.Day is >= 1 and <= 31;
            var nthWeekday = rule.Month is >= 1 and <= 12 && rule.Weekday is not null && rule.Nth is >= 1 and <= 5 or -1;
            if (!fixedDate && !nthWeekday && rule.EasterOffset is null)
            {
                f.Error(h.Path, CatalogCodes.WrongValue, "needs month and day, month with weekday and nth (1 to 5, or -1), or easter (days from Easter Sunday).");
            }

            return rule;
        }).ToImmutableArray();
        var zone = f.String(e, path, "timeZone") ?? "UTC";
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            f.Error(CatalogFields.Join(path, "timeZone"), CatalogCodes.WrongValue, $"'{zone}' is not an IANA time zone.");
        }

        var observed = f.String(e, path, "observed") ?? "none";
        if (observed is not ("nearest-weekday" or "next-weekday" or "none"))
        {
            f.Error(CatalogFields.Join(path, "observed"), CatalogCodes.WrongValue, $"'{observed}' is not nearest-weekday, next-weekday or none.");
        }

        return new BusinessCalendar(f.String(e, path, "id") ?? path, f.String(e, path, "name") ?? string.Empty, zone,
            [.. weekend.Select(d => d.Day).OfType<IsoDayOfWeek>()], observed, holidays);
    }

    private static T Choice<T>(JsonElement e, string path, string name, CatalogFields f)
        where T : struct, Enum
    {
        var text = f.String(e, path, name);
        if (text is null)
        {
            return default;
        }

        if (KebabCase.TryParse<T>(text, out var value))
        {
            return value;
        }

        f.Error(CatalogFields.Join(path, name), CatalogCodes.WrongValue, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => KebabCase.Name(v)))}.");
        return default;
    }

    private static IsoDayOfWeek? Weekday(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MON" => IsoDayOfWeek.Monday,
        "TUE" => IsoDayOfWeek.Tuesday,
        "WED" => IsoDayOfWeek.Wednesday,
        "THU" => IsoDayOfWeek.Thursday,
        "FRI" => IsoDayOfWeek.Friday,
        "SAT" => IsoDayOfWeek.Saturday,
        "SUN" => IsoDayOfWeek.Sunday,
        _ => null,
    };
}
