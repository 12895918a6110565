using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;
using Docket.Intake.Syntax;

namespace Docket.Intake.Binding;

/// <summary>
/// Finds the parties: from the Parties section when there is one (numbered or bulleted items, the name bold or
/// not, followed by "-", "–", "—" or ":"), and otherwise from prose (corporate names such as "Acme Health, Inc.",
/// defined terms such as <c>("Acme")</c>, appositives such as "TechCorp, a software company", and "between A
/// and B"). Then merges names that are one party and collects the short names the text uses.
/// </summary>
internal static partial class PartyFinder
{
    private const int MaxParties = 12;

    public static List<PartyCandidate> Find(IntakeDocument document, List<Diagnostic> diagnostics)
    {
        var text = document.Source.Text;
        var candidates = new List<PartyCandidate>();
        if (document.Find(SectionKind.Parties) is { } section)
        {
            FromPartiesSection(document, section, candidates, diagnostics);
        }

        if (candidates.Count < 2)
        {
            FromProse(document, candidates);
        }

        var merged = Merge(candidates);
        foreach (var party in merged)
        {
            AddAliases(text, party);
            party.Location ??= FindLocation(party.Description);
        }

        return [.. merged.Take(MaxParties)];
    }

    private static void FromPartiesSection(IntakeDocument document, Section section, List<PartyCandidate> candidates, List<Diagnostic> diagnostics)
    {
        var text = document.Source.Text;
        foreach (var block in PartyBlocks(section))
        {
            var candidate = ReadPartyItem(text, block.Span.Start, block.Span.End);
            if (candidate is null)
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.UnreadablePartyItem, DiagnosticSeverity.Warning, block.Span,
                    "This item of the Parties section could not be split into a name and a description."));
                continue;
            }

            candidates.Add(candidate);
        }
    }

    /// <summary>The blocks of a Parties section that each describe a party: its outermost list items, or its paragraphs when it has no list.</summary>
    internal static List<Block> PartyBlocks(Section section)
    {
        // A heading like the section's own ("B. THE AGREEMENT" after "A. THE PARTIES" in a pleading) starts the next
        // section, though not one the parser knows by name: the list of parties ends there.
        var blocks = section.Blocks.TakeWhile(b => !(b is Heading h && section.Heading is { } own && h.Style == own.Style && h.Level <= own.Level)).ToList();
        var items = blocks.OfType<ListItem>().ToList();
        return items.Count > 0
            ? [.. items.Where(i => i.Indent == items.Min(x => x.Indent))]
            : [.. blocks.OfType<Paragraph>()];
    }

    /// <summary>Splits "**Name** - description", "Name: description", "Name, a … firm" into its parts.</summary>
    internal static PartyCandidate? ReadPartyItem(string text, int start, int end)
    {
        var item = text[start..end];
        int nameStart, nameEnd, descStart;
        var bold = LeadingBold().Match(item);
        if (bold.Success && RoleLabel().IsMatch(bold.Groups["name"].Value) && LabelledName().Match(item, bold.Index + bold.Length) is { Success: true } labelled)
        {
            // "**Client / claimant:** Rheintal AG ("Rheintal"), an asset manager": the bold text is the role, the name follows it.
            var named = new PartyCandidate(string.Empty, 0, 0) { FromPartiesSection = true };
            ApplyParenthetical(named, bold.Groups["name"].Value);
            ApplyParenthetical(named, labelled.Groups["inner"].Value);
            var labelledName = labelled.Groups["name"].Value.Trim();
            if (!LooksLikeName(labelledName))
            {
                return null;
            }

            named.Name = labelledName;
            named.Start = start + labelled.Groups["name"].Index;
            named.End = named.Start + labelledName.Length;
            var rest = IntakeParser.StripMarkup(SeparatorStart().Replace(item[(labelled.Index + labelled.Length)..], string.Empty)).Trim().TrimStart(',', ';').Trim();
            named.Description = rest.Length > 0 ? Collapse(rest) : null;
            return named;
        }

        if (bold.Success)
        {
            var inner = bold.Groups["name"];
            nameStart = inner.Index;
            nameEnd = inner.Index + inner.Length;
            descStart = bold.Index + bold.Length;
        }
        else
        {
            var separator = Separator().Match(item);
            if (!separator.Success || separator.Index == 0)
            {
                return WholeItemAsName(item, start);
            }

            nameStart = 0;
            nameEnd = separator.Index;
            descStart = separator.Index + separator.Length;
        }

        // Trim markup and punctuation around the name, then take a parenthetical role or defined term off it.
        while (nameEnd > nameStart && (char.IsWhiteSpace(item[nameEnd - 1]) || item[nameEnd - 1] is ':' or '-' or '–' or '—' or ',' or '*'))
        {
            nameEnd--;
        }

        var description = item[Math.Min(descStart, item.Length)..];
        var candidate = new PartyCandidate(string.Empty, 0, 0) { FromPartiesSection = true };
        var paren = TrailingParenthetical().Match(item[nameStart..nameEnd]);
        if (paren.Success)
        {
            ApplyParenthetical(candidate, paren.Groups["inner"].Value);
            nameEnd = nameStart + paren.Index;
            while (nameEnd > nameStart && char.IsWhiteSpace(item[nameEnd - 1]))
            {
                nameEnd--;
            }
        }

        // "(Client)" may also follow the bold name: "**DataGuard** (Client) - A financial services company".
        var lead = LeadingParenthetical().Match(description);
        if (lead.Success)
        {
            ApplyParenthetical(candidate, lead.Groups["inner"].Value);
            description = description[lead.Length..];
        }

        description = IntakeParser.StripMarkup(SeparatorStart().Replace(description, string.Empty)).Trim();
        var name = item[nameStart..nameEnd].Trim();
        // A partnership listed as a party ("Hollis & Varga LLP - the accounting firm that …") is one, unless it is counsel.
        if (!LooksLikeName(name, partnership: !CounselWords().IsMatch(description)))
        {
            return null;
        }

        candidate.Name = name;
        candidate.Start = start + nameStart;
        candidate.End = start + nameEnd;
        candidate.Description = description.Length > 0 ? Collapse(description) : null;
        return candidate;
    }

    private static readonly HashSet<string> NameConnectors = ["of", "and", "de", "la", "von", "van", "der", "du", "des", "y", "e", "&", "für", "the"];

    private static PartyCandidate? WholeItemAsName(string item, int start)
    {
        var name = item.TrimEnd().TrimEnd('.', ':');
        // A sentence is no name: "Meridian has suffered a loss" has lower-case words that no name has.
        if (!LooksLikeName(name) || name.Split(' ').Length > 8 || name.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0]) && !NameConnectors.Contains(w)))
        {
            return null;
        }

        return new PartyCandidate(name, start, start + name.Length) { FromPartiesSection = true };
    }

    private static void ApplyParenthetical(PartyCandidate candidate, string inner)
    {
        var role = RoleWord(inner);
        if (role is not null)
        {
            candidate.StatedRole = role;
        }

        // `("Hexley" or the "Claimant")`: every quoted term names the party.
        foreach (Match quoted in QuotedTerm().Matches(inner))
        {
            candidate.Aliases.Add(quoted.Groups["term"].Value);
        }
    }

    private static PartyRole? RoleWord(string text)
    {
        var word = RoleWords().Match(text);
        if (!word.Success)
        {
            return null;
        }

        return word.Groups["client"].Success ? PartyRole.Client : PartyRole.Vendor;
    }

    private static void FromProse(IntakeDocument document, List<PartyCandidate> candidates)
    {
        var text = document.Source.Text;
        var found = new List<PartyCandidate>();
        foreach (Match m in DefinedTerm().Matches(text))
        {
            var name = CleanName(m.Groups["name"].Value, out var offset);
            // "a Report on Compliance (“ROC”)": the name is the tail of a longer title, not an organisation.
            var before = text.AsSpan(Math.Max(0, m.Groups["name"].Index + offset - 30), Math.Min(30, m.Groups["name"].Index + offset));
            if (LooksLikeName(name) && (name.Contains(' ') || !TitleHead().IsMatch(before)))
            {
                var c = new PartyCandidate(name, m.Groups["name"].Index + offset, m.Groups["name"].Index + offset + name.Length);
                ApplyParenthetical(c, m.Groups["inner"].Value);
                found.Add(c);
            }
        }

        // A court caption: "THORNBURY ACADEMIES TRUST" over "Claimant", "- and -", "CASTELLAN IDENTITY LIMITED" over "Defendant".
        foreach (Match m in Caption().Matches(text))
        {
            var caps = m.Groups["name"];
            var name = Spelled(caps.Value.Trim());
            if (LooksLikeName(name))
            {
                found.Add(new PartyCandidate(name, caps.Index, caps.Index + caps.Value.TrimEnd().Length));
            }
        }

        foreach (Match m in CorporateName().Matches(text))
        {
            var name = CleanName(m.Value, out var offset);
            // "NORDLYS CYBERFORSVAR AS - INTERNAL MEMORANDUM" ends a name; "WITHOUT PREJUDICE SAVE AS TO COSTS" does not.
            if (AllCaps(name) && name.EndsWith(" AS", StringComparison.Ordinal) && text.AsSpan(m.Index + m.Length).TrimStart(" \t").IndexOfAnyInRange('A', 'Z') == 0)
            {
                continue;
            }

            if (LooksLikeName(name))
            {
                found.Add(new PartyCandidate(name, m.Index + offset, m.Index + offset + name.Length));
            }
        }

        foreach (Match m in Appositive().Matches(text))
        {
            var name = CleanName(m.Groups["name"].Value, out var offset);
            if (LooksLikeName(name))
            {
                found.Add(new PartyCandidate(name, m.Groups["name"].Index + offset, m.Groups["name"].Index + offset + name.Length)
                {
                    Description = Collapse(m.Groups["desc"].Value.Trim()),
                });
            }
        }

        foreach (Match m in RelativeClause().Matches(text))
        {
            var name = CleanName(m.Groups["name"].Value, out var offset);
            if (LooksLikeName(name))
            {
                found.Add(new PartyCandidate(name, m.Groups["name"].Index + offset, m.Groups["name"].Index + offset + name.Length)
                {
                    Description = Collapse(m.Groups["desc"].Value.Trim()),
                });
            }
        }

        foreach (Match m in Between().Matches(text))
        {
            foreach (var group in (string[])["a", "b"])
            {
                var name = CleanName(m.Groups[group].Value, out var offset);
                if (LooksLikeName(name))
                {
                    found.Add(new PartyCandidate(name, m.Groups[group].Index + offset, m.Groups[group].Index + offset + name.Length));
                }
            }
        }

        // A proper name that the text keeps using and that a contract verb ties to the dispute ("TechCorp entered into a contract").
        foreach (Match m in ContractingSubject().Matches(text))
        {
            var name = CleanName(m.Groups["name"].Value, out var offset);
            if (LooksLikeName(name))
            {
                found.Add(new PartyCandidate(name, m.Groups["name"].Index + offset, m.Groups["name"].Index + offset + name.Length));
            }
        }

        // Names in From/To/Cc lines are senders, recipients and their firms; a Subject or Re line names the matter.
        var addressLines = document.Header.Where(f => AddressKey().IsMatch(f.Key)).Select(f => f.Span).ToList();
        // Counsel named once as counsel ("THACKERAY LUND LLP" over "Solicitors") is counsel where it signs too.
        var counsel = found.Where(c => CounselLetterhead(text, c.Start)).Select(c => c.Name).ToList();
        foreach (var read in found.Where(c => !addressLines.Any(a => a.Start <= c.Start && c.Start < a.End) && !IsCounsel(text, c.Start) && !counsel.Any(n => SameParty(n, c.Name))).OrderBy(c => c.Start))
        {
            var c = read;
            // "between GSL and IdentiClair Solutions inc. (“IdentiClair”)": a known party and another, not one name.
            if (AndJoined().Match(c.Name) is { Success: true } joined && candidates.Any(e => Known(e, joined.Groups["first"].Value)))
            {
                var rest = joined.Groups["rest"];
                c = new PartyCandidate(rest.Value, c.Start + rest.Index, c.Start + rest.Index + rest.Length) { Description = c.Description, StatedRole = c.StatedRole };
                c.Aliases.AddRange(read.Aliases);
            }

            // "NORDLYS CYBERFORSVAR AS - INTERNAL MEMORANDUM": a letterhead's capitals are its style, not the name's spelling.
            if (AllCaps(c.Name))
            {
                c.Name = Spelled(c.Name);
            }

            if (!candidates.Any(existing => Known(existing, c.Name)))
            {
                candidates.Add(c);
            }
            else
            {
                var existing = candidates.First(e => Known(e, c.Name));
                existing.Description ??= c.Description;
                existing.StatedRole ??= c.StatedRole;
                existing.Aliases.AddRange(c.Aliases);
                // "TOKENVAULT POLSKA SP. Z O.O." in a caption, "TokenVault Polska sp. z o.o." in the text: the text's spelling.
                var respelled = AllCaps(text[existing.Start..existing.End]) && !AllCaps(text[c.Start..c.End]) && string.Equals(existing.Name, c.Name, StringComparison.OrdinalIgnoreCase);
                if ((c.Name.Length > existing.Name.Length || respelled) && !existing.FromPartiesSection)
                {
                    if (!respelled)
                    {
                        existing.Aliases.Add(existing.Name);
                    }

                    (existing.Name, existing.Start, existing.End) = (c.Name, c.Start, c.End);
                }
            }
        }
    }

    // "law firm Harwick Stroud LLP", "represented by …": counsel are not parties.
    private static bool IsCounsel(string text, int start) =>
        CounselBefore().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)));

    private static bool CounselLetterhead(string text, int start)
    {
        var lineEnd = text.IndexOf('\n', start);
        if (text.AsSpan(0, start).Trim(" \t\r\n*#_").Length > 0 || lineEnd < 0)
        {
            return false;
        }

        var next = text.IndexOf('\n', lineEnd + 1);
        var line = text[(lineEnd + 1)..(next < 0 ? text.Length : next)];
        return line.Trim().Length > 0 && CounselWords().IsMatch(line);
    }

    private static List<PartyCandidate> Merge(List<PartyCandidate> candidates)
    {
        var result = new List<PartyCandidate>();
        foreach (var c in candidates)
        {
            var same = result.FirstOrDefault(r => Known(r, c.Name));
            if (same is null)
            {
                result.Add(c);
                continue;
            }

            same.Aliases.AddRange(c.Aliases.Append(c.Name).Where(a => a != same.Name));
            same.Description ??= c.Description;
            same.StatedRole ??= c.StatedRole;
        }

        return result;
    }

    // "Kestrel Vault agreed to …" after "Kestrel Vault Technologies (Pty) Ltd (“Kestrel Vault”)": a name already defined as a short name.
    private static bool Known(PartyCandidate party, string name) =>
        SameParty(party.Name, name) || party.Aliases.Any(a => SameParty(a, name));

    /// <summary>"TechSecure, Inc." and "TechSecure" are one party; so are "Acme Health Systems, Inc." and "Acme Health Systems".</summary>
    internal static bool SameParty(string a, string b)
    {
        var ka = Key(a);
        var kb = Key(b);
        return ka.Length > 0 && ka == kb;
    }

    private static string Key(string name) => Suffix().Replace(name, string.Empty).Trim().TrimEnd(',', '.').Trim().ToLowerInvariant();

    private static readonly HashSet<string> BodyWords = ["Trust", "Council", "Bank", "University", "College", "School", "Hospital", "Authority", "Board", "Agency", "Society", "Foundation", "Association", "Institute", "Co-operative", "Cooperative", "Clinic", "Fund", "Ministry", "Department", "Commission", "Municipality"];

    // Another named body of the same kind in the text ("Barclays Bank" beside "Northern Bank") leaves "the Bank" ambiguous.
    private static bool OtherBodyOfKind(string text, PartyCandidate party, string kind) =>
        Regex.Matches(text, @"\b(?:\p{Lu}[\w'’-]*\s+){1,4}" + Regex.Escape(kind) + @"\b", RegexOptions.CultureInvariant)
            .Any(m => !party.Name.EndsWith(m.Value.Trim(), StringComparison.Ordinal) && !m.Value.StartsWith("The ", StringComparison.Ordinal) && m.Value.Trim() != party.Name);

    private static void AddAliases(string text, PartyCandidate party)
    {
        var baseName = Suffix().Replace(party.Name, string.Empty).Trim().TrimEnd(',', '.').Trim();
        if (baseName.Length > 1 && baseName != party.Name && OccursAlone(text, baseName, party.Name))
        {
            party.Aliases.Add(baseName);
        }

        var words = baseName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0].Length > 2 && !GenericWords.Contains(words[0]) && OccursAlone(text, words[0], baseName))
        {
            party.Aliases.Add(words[0]);
        }

        // "the Trust", "the Council": a party called by the kind of body its name ends with.
        if (words.Length > 1 && BodyWords.Contains(words[^1]) && Regex.IsMatch(text, @"\bthe " + Regex.Escape(words[^1]) + @"\b", RegexOptions.CultureInvariant)
            && !OtherBodyOfKind(text, party, words[^1]))
        {
            party.Aliases.Add(words[^1]);
        }

        if (words.Length > 2)
        {
            var acronym = new string([.. words.Where(w => char.IsUpper(w[0])).Select(w => w[0])]);
            if (acronym.Length >= 2 && OccursAlone(text, acronym, baseName))
            {
                party.Aliases.Add(acronym);
            }
        }

        var distinct = party.Aliases.Where(a => a != party.Name && a.Length > 1).Distinct(StringComparer.Ordinal).ToList();
        party.Aliases.Clear();
        party.Aliases.AddRange(distinct);
    }

    /// <summary>True when <paramref name="shortName"/> appears as a whole word somewhere other than inside <paramref name="longName"/>.</summary>
    private static bool OccursAlone(string text, string shortName, string longName)
    {
        var at = 0;
        while ((at = text.IndexOf(shortName, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + shortName.Length;
            var boundary = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
            var insideLong = string.CompareOrdinal(text, at, longName, 0, longName.Length) == 0 && longName.Length > shortName.Length;
            if (boundary && !insideLong)
            {
                return true;
            }

            at = insideLong ? at + longName.Length : end;
        }

        return false;
    }

    private static string? FindLocation(string? description)
    {
        if (description is null)
        {
            return null;
        }

        var m = Location().Match(description);
        if (m.Success)
        {
            return m.Groups["loc"].Value.Trim().TrimEnd(',', '.');
        }

        var based = BasedAdjective().Match(description);
        return based.Success ? based.Groups["loc"].Value : null;
    }

    private static string CleanName(string raw, out int offset)
    {
        var name = raw.Trim();
        offset = raw.IndexOf(name, StringComparison.Ordinal);
        while (true)
        {
            var lead = LeadingNoise().Match(name);
            if (!lead.Success || lead.Length == 0 || lead.Length >= name.Length)
            {
                break;
            }

            offset += lead.Length;
            name = name[lead.Length..];
        }

        return name.TrimEnd(',', ' ');
    }

    private static bool AllCaps(string name) => name.Count(char.IsLetter) > 3 && !name.Any(char.IsLower);

    // "NORDLYS CYBERFORSVAR AS" is "Nordlys Cyberforsvar AS": each word capitalised, the legal form as it is.
    private static string Spelled(string caps) =>
        string.Join(' ', caps.Split(' ').Select(w => Suffix().IsMatch(w) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));

    [GeneratedRegex(@"^(?<first>.+?)[ \t]+and[ \t]+(?<rest>\p{Lu}.+)$")]
    private static partial Regex AndJoined();

    private static bool LooksLikeName(string name, bool partnership = false)
    {
        if (name.Length is < 2 or > 80 || !char.IsUpper(name[0]) && !char.IsDigit(name[0]))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8 || NotNames.Contains(words[0]) && words.Length == 1)
        {
            return false;
        }

        // "Under the Agreement Northvault agreed": a defined term for a document does not begin a name.
        if (NotNames.Contains(name) || Suffix().Replace(name, string.Empty).Trim().Length == 0
            || (words.Length > 1 && words[0] is "Agreement" or "Contract" or "Schedule" or "Claim" or "Defence" or "Defense" or "Clause" or "Annex" or "Exhibit" or "Appendix" or "SOW" or "MSA"))
        {
            return false;
        }

        // Defined terms for documents, laws and standards ("the Agreement", "PCI DSS") are not parties, and nor is counsel.
        return !DocumentNoun().IsMatch(name) && !(partnership ? LawWords() : LawFirm()).IsMatch(name);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "The", "First", "National", "Global", "United", "General", "American", "International", "Data", "Secure", "Security", "Cyber",
        "Digital", "Cloud", "Health", "Bank", "New", "North", "South", "East", "West", "Central", "City", "County", "State", "Royal",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "This", "That", "These", "Those", "It", "They", "We", "Our", "Their", "Its", "His", "Her", "In", "On", "At", "By", "For",
        "Background", "Conclusion", "Parties", "Key Issues", "Summary", "However", "Following", "After", "Before", "When", "While",
        "Plaintiff", "Defendant", "Claimant", "Respondent", "Client", "Vendor", "Contractor", "Provider", "Customer", "Company", "Court",
        "Agreement", "Contract", "Master Services Agreement", "Statement of Work", "Services Agreement", "Data Processing Agreement",
        "PCI DSS", "GDPR", "CCPA", "HIPAA", "SOC", "ISO", "NIST", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Re", "From", "To",
        "Subject", "Sent", "Date", "Memo", "Memorandum", "Privileged", "Confidential", "Dear", "Regards", "Best", "Thanks",
    };

    [GeneratedRegex(@"(?:&.*\bLLP\b|\b(?:Law|Legal|Solicitors|Attorneys|Advocates|Barristers|Chambers)\b)")]
    private static partial Regex LawFirm();

    [GeneratedRegex(@"\b(?:Law|Legal|Solicitors|Attorneys|Advocates|Barristers|Chambers)\b")]
    private static partial Regex LawWords();

    /// <summary>Words that make a firm counsel, not a party: "law firm", "Solicitors", "Rechtsanwälte".</summary>
    [GeneratedRegex(@"\b(?:law\s+(?:firm|offices?)|counsel|attorneys?|solicitors?|lawyers?|barristers?|advocates|legal\s+(?:advis\w+|services)|rechtsanw\w+|avocats?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CounselWords();

    [GeneratedRegex(@"\b(?:Agreement|Contract|Standards?|Act|Regulation|Rule|Policy|Plan|Report|Addendum|Order|Schedule|Framework|Directive|Law|Code|SOW|Statement\s+of\s+Work|Amendment|Exhibit|Appendix|Annex|Memorandum|Clause|Section|Article|Court|Tribunal)$")]
    private static partial Regex DocumentNoun();

    // A role written as a label: "Client / claimant:", "Vendor:", "Certification body (not a party):".
    [GeneratedRegex(@"^\s*(?:(?:the\s+)?(?:client|customer|vendor|supplier|contractor|(?:service\s+)?provider|consultant|claimant|respondent|plaintiff|defendant|applicant|controller|processor|buyer|purchaser|licensee|licensor|integrator|insurer|auditor|assessor|regulator|certification\s+body)(?:\s*\([^()]{1,30}\))?\s*(?:[/&,]|\band\b)?\s*)+:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleLabel();

    // The name after a role label, up to its defined term, a comma, a dash or the end: ' Rheintal AG ("Rheintal"), an …'.
    [GeneratedRegex(@"\G[ \t]*:?[ \t]*(?<name>[^(),;\r\n–—]{2,120}?)[ \t]*(?:\((?<inner>[^()]{1,60})\))?(?=[ \t]*(?:[,;–—]|[ \t]-[ \t]|$))")]
    private static partial Regex LabelledName();

    [GeneratedRegex(@"^\s*(?:\*\*|__)(?<name>[^*_\r\n]{1,120}?)(?:\*\*|__)")]
    private static partial Regex LeadingBold();

    [GeneratedRegex(@"\s+[-–—]\s+|\s*[–—]\s*|:\s+|,\s+(?=(?:a|an|the)\s)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:[-–—:,]\s*)+")]
    private static partial Regex SeparatorStart();

    [GeneratedRegex(@"\s*\((?<inner>[^()]{1,60})\)\s*$")]
    private static partial Regex TrailingParenthetical();

    [GeneratedRegex(@"^\s*\((?<inner>[^()]{1,60})\)")]
    private static partial Regex LeadingParenthetical();

    [GeneratedRegex(@"[""“](?<term>[^""”]{2,40})[""”]")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"\b(?:(?<client>client|customer|buyer|purchaser|controller|covered\s+entity|licensee)|(?<vendor>vendor|supplier|contractor|provider|consultant|processor|service\s+provider|business\s+associate|licensor|integrator))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWords();

    // "(Pty)" stands inside South African company names: "Umhlanga Identity Solutions (Pty) Ltd".
    // A capitalised word of a name; a full stop may end a short abbreviation ("Pte.", "Co.", "S.A.") but not a longer word,
    // where it ends a sentence ("… across Hamburg and Schleswig-Holstein. Cumulus Rechenzentrum AG").
    private const string Capitalised = @"\p{Lu}(?:[\p{L}0-9&'’-]*|[\p{L}0-9&'’.-]{1,3})";

    private const string NameWord = @"(?:" + Capitalised + @"|&|of|and|de|la|von|van|der|\(Pty\)|inc\.|ltée|sp\.[ \t]?z[ \t]?o\.[ \t]?o\.)";

    [GeneratedRegex(@"^[ \t]*(?<name>\p{Lu}[\p{Lu}0-9&'’.,()-]*(?:[ \t]+[\p{Lu}0-9&'’.,()-]+){0,7})[ \t]*\r?\n[ \t]*\(?(?i:claimants?|defendants?|respondents?|applicants?|appellants?|plaintiffs?|petitioners?)\)?[ \t]*\.?\r?$", RegexOptions.Multiline)]
    private static partial Regex Caption();

    private const string Suffixes = @"(?:Inc|Ltd|LLC|L\.L\.C|LLP|Corp|Corporation|Co|Company|plc|PLC|GmbH|AG|SA|S\.A|SE|BV|B\.V|NV|N\.V|LP|Limited|Pty|SAS|SARL|Srl|S\.r\.l|s\.r\.o|KG|AB|Oy|Oyj|Ltda|Pte|Pvt|Bhd|DAC|PLLC|ApS|A/S|ASA|AS|SpA|S\.p\.A|Kft|Zrt|K\.K|Lda|S\.L|e\.V|Ltée|inc|(?i:sp\.[ \t]?z[ \t]?o\.[ \t]?o))";

    [GeneratedRegex(@"(?<name>" + Capitalised + @"(?:[ \t]+" + NameWord + @"|,[ \t]+" + Suffixes + @"\b\.?){0,6}?),?[ \t]*\((?<inner>(?:the[ \t]+|hereinafter[ \t]+|collectively[ \t]+)?[""“][^""”()]{2,40}[""”][^()]{0,20}|(?:the[ \t]+)?(?:[Cc]lient|[Vv]endor|[Cc]ustomer|[Ss]upplier|[Cc]ontractor|(?:[Ss]ervice[ \t]+)?[Pp]rovider|[Cc]onsultant|[Cc]laimant|[Rr]espondent|[Cc]ontroller|[Pp]rocessor|[Bb]uyer|[Pp]urchaser|[Ll]icensee|[Ll]icensor|[Ii]ntegrator)(?:[ \t]*[,;][ \t]*(?:the[ \t]+)?[\p{L}]+){0,2})\)")]
    private static partial Regex DefinedTerm();

    [GeneratedRegex(@"(?:(?:\p{Lu}[\p{L}0-9&'’-]*|&)[ \t]+){0,5}\p{Lu}[\p{L}0-9&'’-]*,?[ \t]+(?:\(Pty\)[ \t]+)?(?:" + Suffixes + @"|Holdings|Group)\b\.?(?:,?[ \t]+" + Suffixes + @"\b\.?)?")]
    private static partial Regex CorporateName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}0-9&'’-]*(?:[ \t]+\p{Lu}[\p{L}0-9&'’-]*){0,4}),[ \t]+(?:a|an)[ \t]+(?<desc>[^,.;()\r\n]{0,100}?\b(?:company|firm|provider|corporation|consultancy|business|bank|retailer|vendor|contractor|consultant|agency|organi[sz]ation|institution|hospital|insurer|processor|operator|manufacturer|startup|start-up|platform|chain|integrator|MSSP|MSP|specialist|developer|lender|university|clinic|network|practice|union|group|association|authority|subsidiary|house|shop|store|carrier|distributor|utility|cooperative|charity|trust|agency)\b[^,.;()\r\n]{0,80})")]
    private static partial Regex Appositive();

    // "Tamsett Valley Health, which runs nine hospitals …", "Calloway Managed IT, who run it for you": a name of two or more words.
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}0-9&'’-]*(?:[ \t]+\p{Lu}[\p{L}0-9&'’-]*){1,4}),[ \t]+(?:which|who)[ \t]+(?<desc>(?:runs|run|operates|operate|provides|provide|owns|is|are|was|were|has|have|hosts|host|manages|manage|sells|supplies)\b[^,.;()\r\n]{0,100})")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Sent|Date|Attention|Attn|Reply-To|Signed)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressKey();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+[ \t]+(?:on|for|in|about)[ \t]+$")]
    private static partial Regex TitleHead();

    [GeneratedRegex(@"\b(?:law\s+firm|counsel|attorneys?|solicitors|lawyers?|represented\s+by|barristers?)\b[^.;:\r\n]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounselBefore();

    [GeneratedRegex(@"\bbetween[ \t]+(?<a>\p{Lu}[\p{L}0-9&'’.-]*(?:[ \t]+\p{Lu}[\p{L}0-9&'’.-]*){0,4})[ \t]+and[ \t]+(?<b>\p{Lu}[\p{L}0-9&'’.-]*(?:[ \t]+\p{Lu}[\p{L}0-9&'’.-]*){0,4})")]
    private static partial Regex Between();

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+\p{Lu}[\p{L}0-9]*|\p{Lu}{2,}\p{Ll}[\p{L}0-9]*|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})(?=[ \t]+(?:has[ \t]+)?(?:entered[ \t]+into|signed|engaged|hired|retained|contracted|agreed|selected|appointed|sued|filed[ \t]+suit)\b)")]
    private static partial Regex ContractingSubject();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?-based[ \t]+|(?:The|In|On|At|By|For|From|With|After|Before|When|While|However|Meanwhile|Following|Plaintiff|Plaintiffs|Defendant|Defendants|Claimant|Respondent|Client|Vendor|Our|Both|Neither|Under|Per|Counsel|Dear|Re|Subject|Note|Since|Between|Although|Because|If|As)[ \t]+)")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"(?:,?\s*\(?\b" + Suffixes + @"\b\.?\)?)+\s*$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\b(?:based|headquartered|located|incorporated|registered|domiciled|operating)[ \t]+in[ \t]+(?<loc>(?:the[ \t]+)?(?:(?:St|Ft|Mt)\.|\p{Lu}[\p{L}'-]*)(?:[ \t]+(?:(?:St|Ft|Mt)\.|\p{Lu}[\p{L}'-]*))*(?:,[ \t]*(?:(?:St|Ft|Mt)\.|\p{Lu}[\p{L}'-]*)(?:[ \t]+(?:(?:St|Ft|Mt)\.|\p{Lu}[\p{L}'-]*))*)?)")]
    private static partial Regex Location();

    [GeneratedRegex(@"\b(?<loc>\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*)*)-based\b")]
    private static partial Regex BasedAdjective();
}
