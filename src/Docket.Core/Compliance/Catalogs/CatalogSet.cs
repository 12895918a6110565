using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Docket.Core.Cases;
using Docket.Core.Utility;

namespace Docket.Core.Compliance.Catalogs;

/// <summary>
/// Every catalog Docket judges against: the built-in files (the repository's <c>catalogs/</c> folder, embedded in this
/// assembly) and any a user adds. Each file is validated; a bad file is reported with file, line and field and
/// left out, never half-loaded. A catalog whose id is already loaded replaces it when its revision is higher.
/// </summary>
public sealed class CatalogSet
{
    private CatalogSet(ImmutableArray<Catalog> catalogs, KeyStrengthTable? keyStrength, AssessmentRules? rules, ImmutableArray<CatalogError> errors)
    {
        Catalogs = catalogs;
        KeyStrength = keyStrength;
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The standards and laws, in load order.</summary>
    public ImmutableArray<Catalog> Catalogs { get; }

    /// <summary>The key-strength table, when one was loaded.</summary>
    public KeyStrengthTable? KeyStrength { get; }

    /// <summary>The assessment rules, when loaded.</summary>
    public AssessmentRules? Rules { get; }

    /// <summary>What was wrong in the files that were left out.</summary>
    public ImmutableArray<CatalogError> Errors { get; }

    /// <summary>The catalog a narrative's standard name refers to, if any.</summary>
    public Catalog? Named(string standardName) => Catalogs.FirstOrDefault(c => c.IsNamedBy(standardName));

    /// <summary>The built-in catalogs (embedded from the repository's <c>catalogs/</c> folder).</summary>
    public static CatalogSet BuiltIn() => Load(BuiltInFiles());

    /// <summary>The built-in catalogs plus <paramref name="extra"/> files (name and text), validated.</summary>
    public static CatalogSet BuiltInWith(IEnumerable<(string Name, string Text)> extra) => Load(BuiltInFiles().Concat(extra));

    /// <summary>Loads and validates <paramref name="files"/> (name and text).</summary>
    public static CatalogSet Load(IEnumerable<(string Name, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<CatalogError>();
        var catalogs = new List<Catalog>();
        KeyStrengthTable? keyStrength = null;
        AssessmentRules? rules = null;
        foreach (var (name, text) in files)
        {
            var fileErrors = new List<CatalogError>();
            var parsed = Parse(name, text, fileErrors);
            errors.AddRange(fileErrors);
            if (fileErrors.Count > 0 || parsed is null)
            {
                continue;
            }

            switch (parsed)
            {
                case Catalog catalog:
                    var existing = catalogs.FindIndex(c => c.Id == catalog.Id);
                    if (existing < 0)
                    {
                        catalogs.Add(catalog);
                    }
                    else if (Replaces(catalog.Id, catalog.Revision, catalogs[existing].Revision, catalogs[existing].FileName, name, errors))
                    {
                        catalogs[existing] = catalog;
                    }

                    break;
                case KeyStrengthTable table:
                    if (keyStrength is null || Replaces(table.Id, table.Revision, keyStrength.Revision, keyStrength.FileName, name, errors))
                    {
                        keyStrength = table;
                    }

                    break;
                case AssessmentRules r:
                    if (rules is null || Replaces(r.Id, r.Revision, rules.Revision, rules.FileName, name, errors))
                    {
                        rules = r;
                    }

                    break;
            }
        }

        return new CatalogSet([.. catalogs], keyStrength, rules, [.. errors]);
    }

    // One of each id: a higher revision replaces the loaded one, a lower one is ignored, the same one is a conflict.
    private static bool Replaces(string id, int revision, int loadedRevision, string loadedFile, string file, List<CatalogError> errors)
    {
        if (revision == loadedRevision)
        {
            errors.Add(new CatalogError(file, 1, "revision", CatalogCodes.Conflict,
                $"'{id}' revision {revision} is also given by {loadedFile}; raise the revision to replace it."));
        }

        return revision > loadedRevision;
    }

    private static IEnumerable<(string Name, string Text)> BuiltInFiles() => DataFile.Embedded("catalogs/");

    private static object? Parse(string file, string text, List<CatalogError> errors) => DataFile.Read<object>(file, text, errors, (root, fields, schema) =>
    {
        switch (schema)
        {
            case "docket.catalog/1":
                return ReadCatalog(root, fields);
            case "docket.keystrength/1":
                return ReadKeyStrength(root, fields);
            case "docket.rules/1":
                return ReadRules(root, fields);
            default:
                fields.Error("schema", CatalogCodes.UnknownSchema, $"\"{schema}\" is not docket.catalog/1, docket.keystrength/1 or docket.rules/1.");
                return null;
        }
    });

    private static Catalog? ReadCatalog(JsonElement root, CatalogFields f)
    {
        var id = f.String(root, string.Empty, "id");
        var name = f.String(root, string.Empty, "name");
        var version = f.String(root, string.Empty, "version");
        var revision = f.Integer(root, string.Empty, "revision", minimum: 1);
        var asOf = f.Date(root, string.Empty, "asOf", required: true);
        var source = f.String(root, string.Empty, "source");
        var aliases = f.Strings(root, string.Empty, "aliases");
        var keyDates = ImmutableArray.CreateBuilder<CatalogKeyDate>();
        foreach (var (item, path) in f.Objects(root, string.Empty, "keyDates"))
        {
            var keyName = f.String(item, path, "name");
            var date = f.Date(item, path, "date", required: true);
            if (keyName is not null && date is not null)
            {
                keyDates.Add(new CatalogKeyDate(keyName, date.Value));
            }
        }

        var requirements = ImmutableArray.CreateBuilder<CatalogRequirement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in f.Objects(root, string.Empty, "requirements"))
        {
            var requirementId = f.String(item, path, "id");
            var title = f.String(item, path, "title");
            var topics = Topics(item, path, f);
            var appliesToText = f.String(item, path, "appliesTo");
            var appliesTo = Applicability.Both;
            if (appliesToText is not null && !KebabCase.TryParse(appliesToText, out appliesTo))
            {
                f.Error(CatalogFields.Join(path, "appliesTo"), CatalogCodes.WrongValue, $"must be both, vendor or client, not \"{appliesToText}\".");
            }

            var futureDated = f.Boolean(item, path, "futureDated");
            var effectiveFrom = f.Date(item, path, "effectiveFrom", required: false);
            var notes = f.String(item, path, "notes", required: false);
            if (requirementId is not null && !seen.Add(requirementId))
            {
                f.Error(CatalogFields.Join(path, "id"), CatalogCodes.Duplicate, $"requirement '{requirementId}' appears twice.");
            }

            if (requirementId is not null && title is not null)
            {
                requirements.Add(new CatalogRequirement(requirementId, title, topics, appliesTo, futureDated, effectiveFrom, notes));
            }
        }

        if (requirements.Count == 0)
        {
            f.Error("requirements", CatalogCodes.MissingField, "must list at least one requirement.");
        }

        return id is null || name is null || version is null || revision is null || asOf is null || source is null
            ? null
            : new Catalog(id, name, version, revision.Value, asOf.Value, source, aliases, keyDates.ToImmutable(), requirements.ToImmutable(), f.File);
    }

    private static ImmutableArray<ObligationTopic> Topics(JsonElement item, string path, CatalogFields f)
    {
        var topics = ImmutableArray.CreateBuilder<ObligationTopic>();
        var names = f.Strings(item, path, "topics");
        for (var i = 0; i < names.Length; i++)
        {
            if (KebabCase.TryParse<ObligationTopic>(names[i], out var topic))
            {
                topics.Add(topic);
            }
            else
            {
                f.Error($"{CatalogFields.Join(path, "topics")}[{i}]", CatalogCodes.UnknownTopic,
                    $"\"{names[i]}\" is not a topic; topics are {string.Join(", ", Enum.GetValues<ObligationTopic>().Select(KebabCase.Name))}.");
            }
        }

        if (names.Length == 0)
        {
            f.Error(CatalogFields.Join(path, "topics"), CatalogCodes.MissingField, "must name at least one topic.");
        }

        return topics.ToImmutable();
    }

    private static KeyStrengthTable? ReadKeyStrength(JsonElement root, CatalogFields f)
    {
        var id = f.String(root, string.Empty, "id");
        var name = f.String(root, string.Empty, "name");
        var revision = f.Integer(root, string.Empty, "revision", minimum: 1);
        var asOf = f.Date(root, string.Empty, "asOf", required: true);
        var source = f.String(root, string.Empty, "source");
        var thresholds = ImmutableArray.CreateBuilder<StrengthThreshold>();
        foreach (var (item, path) in f.Objects(root, string.Empty, "thresholds"))
        {
            var thresholdName = f.String(item, path, "name");
            var bits = f.Integer(item, path, "minimumStrengthBits", minimum: 1);
            if (thresholdName is not null && bits is not null)
            {
                thresholds.Add(new StrengthThreshold(thresholdName, bits.Value, f.String(item, path, "note", required: false)));
            }
        }

        var algorithms = ImmutableArray.CreateBuilder<CryptoAlgorithm>();
        var spellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string[] families = ["symmetric", "rsa", "ecc", "ffc", "protocol", "hash"];
        string[] statuses = ["acceptable", "deprecated", "disallowed"];
        foreach (var (item, path) in f.Objects(root, string.Empty, "algorithms"))
        {
            var algorithmName = f.String(item, path, "name");
            var family = f.String(item, path, "family");
            if (family is not null && !families.Contains(family))
            {
                f.Error(CatalogFields.Join(path, "family"), CatalogCodes.WrongValue, $"must be one of {string.Join(", ", families)}, not \"{family}\".");
            }

            var status = f.String(item, path, "status");
            if (status is not null && !statuses.Contains(status))
            {
                f.Error(CatalogFields.Join(path, "status"), CatalogCodes.WrongValue, $"must be one of {string.Join(", ", statuses)}, not \"{status}\".");
            }

            var aliases = f.Strings(item, path, "aliases", required: false);
            foreach (var spelling in aliases.Prepend(algorithmName ?? string.Empty).Where(s => s.Length > 0))
            {
                if (!spellings.Add(spelling))
                {
                    f.Error(CatalogFields.Join(path, "aliases"), CatalogCodes.Duplicate, $"\"{spelling}\" names two algorithms.");
                }
            }

            var keyBits = f.Integer(item, path, "keyBits", required: false, minimum: 1);
            var strength = f.Integer(item, path, "strengthBits", required: false, minimum: 1);
            var after = f.Date(item, path, "disallowedAfter", required: false);
            if (algorithmName is not null && family is not null && status is not null)
            {
                algorithms.Add(new CryptoAlgorithm(algorithmName, family, aliases, keyBits, strength, status, after, f.String(item, path, "note", required: false)));
            }
        }

        return id is null || name is null || revision is null || asOf is null || source is null
            ? null
            : new KeyStrengthTable(id, name, revision.Value, asOf.Value, source, thresholds.ToImmutable(), algorithms.ToImmutable(), f.File);
    }

    private static AssessmentRules? ReadRules(JsonElement root, CatalogFields f)
    {
        var id = f.String(root, string.Empty, "id");
        var revision = f.Integer(root, string.Empty, "revision", minimum: 1);
        var topicWords = ImmutableDictionary.CreateBuilder<ObligationTopic, ImmutableArray<string>>();
        if (root.TryGetProperty("topicWords", out var words) && words.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in words.EnumerateObject())
            {
                if (!KebabCase.TryParse<ObligationTopic>(property.Name, out var topic))
                {
                    f.Error("topicWords." + property.Name, CatalogCodes.UnknownTopic, $"\"{property.Name}\" is not a topic.");
                    continue;
                }

                topicWords[topic] = f.Strings(words, "topicWords", property.Name);
            }
        }
        else
        {
            f.Error("topicWords", CatalogCodes.MissingField, "is required (an object of topic: [words]).");
        }

        var settling = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("settlingFacts", out var facts) && facts.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in facts.EnumerateObject())
            {
                if (property.Name != "*" && !KebabCase.TryParse<ObligationTopic>(property.Name, out _))
                {
                    f.Error("settlingFacts." + property.Name, CatalogCodes.UnknownTopic, $"\"{property.Name}\" is not a topic (or \"*\").");
                    continue;
                }

                if (f.String(facts, "settlingFacts", property.Name) is { } question)
                {
                    settling[property.Name] = question;
                }
            }
        }
        else
        {
            f.Error("settlingFacts", CatalogCodes.MissingField, "is required (an object of topic: question).");
        }

        if (facts.ValueKind == JsonValueKind.Object && !settling.ContainsKey("*"))
        {
            f.Error("settlingFacts", CatalogCodes.MissingField, "needs a \"*\" question for topics without their own.");
        }

        var weaker = f.Strings(root, string.Empty, "weakerMethodPhrases");
        var promise = f.Strings(root, string.Empty, "promiseWords");
        var frequencies = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("frequencies", out var often) && often.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in often.EnumerateObject())
            {
                if (f.Integer(often, "frequencies", property.Name) is { } days)
                {
                    frequencies[property.Name] = days;
                }
            }
        }
        else if (often.ValueKind != JsonValueKind.Undefined)
        {
            f.Error("frequencies", CatalogCodes.WrongValue, "must be an object of word: interval in days.");
        }

        var scope = f.Strings(root, string.Empty, "scopeWords", required: false);
        var participation = f.Strings(root, string.Empty, "participationWords", required: false);
        return id is null || revision is null
            ? null
            : new AssessmentRules(id, revision.Value, topicWords.ToImmutable(), settling.ToImmutable(), weaker, promise,
                frequencies.ToImmutable(), scope, participation, f.File);
    }
}
