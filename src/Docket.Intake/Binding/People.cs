using System.Text.RegularExpressions;
using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>
/// The people who speak for a party, and where the text names them: "Tamsett's general counsel, Marcus Abara",
/// "Joanna Ruiz, a spokesperson for Cirrane", "spokesperson Joanna Ruiz" in a sentence about Cirrane, an attendance line
/// "Umhlanga Identity Solutions (Pty) Ltd ("UIS"): S. Dlamini, Delivery Lead; R. Joubert, Commercial Manager", or a
/// signature "Claire Dubreuil | Account Director | PaySentry Europe B.V.". Their later mentions ("Ruiz said",
/// "Mr van Wyk accepted") attribute what they say to their party; they are speakers, never parties of their own.
/// </summary>
internal static partial class People
{
    /// <summary>Every mention of a person who speaks for a party, as a mention of that party, in text order.</summary>
    public static List<PartyMention> Mentions(string text, PartyIndex index, IReadOnlyList<Party> parties)
    {
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in index.Mentions)
        {
            // "Tamsett's general counsel, Marcus Abara", "Kestrel ("Kestrel"): T. Mokoena, Chief Operating Officer (Chair); P. van Wyk, …"
            var after = text.AsSpan(mention.End, Math.Min(200, text.Length - mention.End)).ToString();
            if (TitleThenName().Match(after) is { Success: true } titled)
            {
                Add(titled.Groups["name"].Value, mention.PartyId);
            }

            if (Attendance().Match(after) is { Success: true } present)
            {
                foreach (Match person in ListedPerson().Matches(present.Groups["list"].Value))
                {
                    Add(person.Groups["name"].Value, mention.PartyId);
                }
            }

            // "Joanna Ruiz, a spokesperson for Cirrane", "Claire Dubreuil | Account Director | PaySentry Europe B.V."
            var before = text.AsSpan(Math.Max(0, mention.Start - 120), Math.Min(120, mention.Start)).ToString();
            if (NameThenTitle().Match(before) is { Success: true } named)
            {
                Add(named.Groups["name"].Value, mention.PartyId);
            }
        }

        // "In an emailed statement, spokesperson Joanna Ruiz said": a titled person in a sentence that names one party.
        foreach (Match titled in BareTitle().Matches(text))
        {
            var sentenceStart = Math.Max(text.LastIndexOfAny(['.', '\n'], Math.Max(0, titled.Index - 1)) + 1, titled.Index - 300);
            var previous = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, sentenceStart - 2)) + 1);
            var near = index.Within(previous, titled.Index).Select(m => m.PartyId).Distinct().ToList();
            if (near is [var only])
            {
                Add(titled.Groups["name"].Value, only);
            }
        }

        var names = parties.SelectMany(p => p.Aliases.Prepend(p.Name)).SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var mentions = new List<PartyMention>();
        var taken = new bool[text.Length + 1];
        foreach (var (name, party) in people.OrderByDescending(p => p.Key.Length))
        {
            // The full name, and the surname alone ("Ruiz said", "Mr van Wyk accepted") unless it is also part of a party's name.
            var surname = Surname(name);
            foreach (var form in names.Contains(surname) || surname.Length < 3 ? [name] : new[] { name, surname })
            {
                var at = 0;
                while ((at = text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
                {
                    var end = at + form.Length;
                    if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !taken[at])
                    {
                        Array.Fill(taken, true, at, form.Length);
                        mentions.Add(new PartyMention(at, end, party));
                    }

                    at = end;
                }
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;

        void Add(string name, string party)
        {
            name = name.Trim();
            if (name.Split(' ').Length >= 2 && !people.ContainsKey(name))
            {
                people[name] = party;
            }
        }
    }

    // "Marcus Abara" → "Abara"; "P. van Wyk" → "van Wyk".
    private static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 1 && words[last - 1] is "van" or "de" or "von" or "der" or "da" or "du" or "le" or "la" or "di")
        {
            last--;
        }

        return string.Join(' ', words[last..]);
    }

    // A first name or initials, then a surname: "Marcus Abara", "T. Mokoena", "P. van Wyk".
    private const string Name = @"(?<name>(?:(?:\p{Lu}\.\s?){1,2}|\p{Lu}[\p{Ll}'’-]+\s+)(?:(?:van|de|von|der|da|du|le|la|di)\s+)*\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)";

    private const string Title = @"(?i:general\s+counsel|(?:chief|deputy|senior|lead)\s+[\w-]+(?:\s+[\w-]+)?\s+officer|spokes(?:person|woman|man)|C[A-Z]?[EFIOST]O|(?:managing|finance|technical|programme|program|project|account|delivery|commercial|security|IT|sales|legal|operations)\s+(?:director|manager|lead|head|officer)|director(?:\s+of\s+[\w &-]+)?|head\s+of\s+[\w &-]+?|(?:vice\s+)?president|founder|partner|counsel|lead\s+consultant|delivery\s+lead|programme\s+director|project\s+manager|account\s+director)";

    [GeneratedRegex(@"^['’]s\s+(?:own\s+|then\s+|former\s+|new\s+)?" + Title + @",?\s+" + Name + @"\b")]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"^(?:\s*\([^()\r\n]{1,40}\))?\s*:\s*(?<list>[^\r\n]+)")]
    private static partial Regex Attendance();

    [GeneratedRegex(Name + @",\s+[^;,()\r\n]{2,60}(?:\([^()]{1,20}\))?(?=;|$)")]
    private static partial Regex ListedPerson();

    [GeneratedRegex(Name + @"(?:,\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?" + Title + @"\s+(?:of|at|for|with)\s+|\s*\|\s*[^|\r\n]{2,60}\|\s*|,\s+[^,\r\n]{2,60}\s+(?:of|at|for)\s+|,\s+" + Title + @",\s+|\s*\(\s*)(?:the\s+)?$")]
    private static partial Regex NameThenTitle();

    [GeneratedRegex(@"\b" + Title + @",?\s+" + Name + @"\b")]
    private static partial Regex BareTitle();
}
