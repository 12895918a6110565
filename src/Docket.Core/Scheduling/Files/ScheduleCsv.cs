using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Docket.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace Docket.Core.Scheduling.Files;

/// <summary>
/// Reads a schedule from CSV, one activity per row, with a header naming the columns (any order, any case):
/// <c>id</c>, <c>name</c>, <c>duration</c> (working days), <c>responsible</c> (supplier, client, neutral, shared),
/// <c>predecessors</c> ("A; B FS+2; C SS-1"), <c>planned_start</c>, <c>actual_start</c>, <c>actual_finish</c>,
/// <c>remaining</c>, <c>constraint</c> (start-no-earlier-than …), <c>constraint_date</c>. The schedule starts on the
/// earliest planned or actual start; every day is worked (a CSV has no calendar). Errors name the row and activity.
/// </summary>
public static partial class ScheduleCsv
{
    /// <summary>Reads <paramref name="text"/> as a schedule named <paramref name="name"/>.</summary>
    /// <exception cref="ScheduleException">A row or field is wrong.</exception>
    public static ScheduleInput Read(string text, string name)
    {
        var errors = ImmutableArray.CreateBuilder<ScheduleError>();
        var activities = ImmutableArray.CreateBuilder<Activity>();
        var links = ImmutableArray.CreateBuilder<Link>();
        var starts = new List<LocalDate>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant().Replace(' ', '_'),
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.Any(h => h.Trim().Equals("id", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ScheduleException("the CSV needs a header row with at least the columns id and duration.");
        }

        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string? Field(string column) => csv.TryGetField<string>(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            var id = Field("id");
            if (id is null)
            {
                errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, $"row {row}", "id: is required."));
                continue;
            }

            var where = $"{id} (row {row})";
            int? Number(string column, bool required)
            {
                var value = Field(column);
                if (value is null)
                {
                    if (required)
                    {
                        errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"{column}: is required (working days)."));
                    }

                    return null;
                }

                if (int.TryParse(value.TrimEnd('d', 'D'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                {
                    return n;
                }

                errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"{column}: '{value}' is not a whole number."));
                return null;
            }

            LocalDate? Date(string column)
            {
                if (Field(column) is not { } value)
                {
                    return null;
                }

                var parsed = LocalDatePattern.Iso.Parse(value);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"{column}: '{value}' is not a date (YYYY-MM-DD)."));
                return null;
            }

            T Choice<T>(string column, T fallback)
                where T : struct, Enum
            {
                if (Field(column) is not { } value)
                {
                    return fallback;
                }

                if (KebabCase.TryParse<T>(value.ToLowerInvariant().Replace(' ', '-'), out var parsed))
                {
                    return parsed;
                }

                errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"{column}: '{value}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => KebabCase.Name(v)))}."));
                return fallback;
            }

            var activity = new Activity(id, Field("name") ?? id, Number("duration", required: true) ?? 0, Choice("responsible", Responsibility.Supplier))
            {
                ActualStart = Date("actual_start"),
                ActualFinish = Date("actual_finish"),
                RemainingDuration = Number("remaining", required: false),
                Constraint = Choice("constraint", ConstraintKind.None),
                ConstraintDate = Date("constraint_date"),
            };
            activities.Add(activity);
            starts.AddRange(new[] { Date("planned_start"), activity.ActualStart }.OfType<LocalDate>());
            foreach (var token in (Field("predecessors") ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var m = Predecessor().Match(token);
                if (!m.Success)
                {
                    errors.Add(new ScheduleError(ScheduleErrorCodes.BadFile, where, $"predecessors: '{token}' is not 'ID', 'ID FS+2' or 'ID SS-1'."));
                    continue;
                }

                var type = m.Groups["type"].Value.ToUpperInvariant() switch
                {
                    "SS" => LinkType.StartToStart,
                    "FF" => LinkType.FinishToFinish,
                    "SF" => LinkType.StartToFinish,
                    _ => LinkType.FinishToStart,
                };
                var lag = m.Groups["lag"].Success ? int.Parse(m.Groups["lag"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
                links.Add(new Link(m.Groups["id"].Value, id, type, lag));
            }
        }

        if (errors.Count > 0)
        {
            throw new ScheduleException(errors.ToImmutable());
        }

        if (starts.Count == 0)
        {
            throw new ScheduleException("the CSV needs a planned_start or actual_start on at least one row, to know when the schedule starts.");
        }

        return new ScheduleInput(new Schedule(name, starts.Min(), activities.ToImmutable(), links.ToImmutable()), []);
    }

    [GeneratedRegex(@"^(?<id>.+?)\s*(?<type>FS|SS|FF|SF)?\s*(?<lag>[+-]\s*\d{1,4})?\s*(?:d|days?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Predecessor();
}
