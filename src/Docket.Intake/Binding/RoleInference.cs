using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;

namespace Docket.Intake.Binding;

/// <summary>
/// Decides each party's role from what the text says of it: a stated role ("(Client)"), its description
/// ("a cybersecurity firm contracted to implement …", "the client seeking …") and the verbs around its name
/// ("X hired Y", "Y would provide …", "X contracts Y for …"). With two parties and one role known, the other
/// takes the complementary role, and a diagnostic says so.
/// </summary>
internal static partial class RoleInference
{
    public static PartyRole[] Infer(string text, IReadOnlyList<PartyCandidate> parties, PartyIndex index, List<Diagnostic> diagnostics, Func<int, int, Core.Text.SourceSpan> span)
    {
        var scores = new (int Client, int Vendor)[parties.Count];
        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            if (p.StatedRole == PartyRole.Client)
            {
                scores[i].Client += 10;
            }
            else if (p.StatedRole == PartyRole.Vendor)
            {
                scores[i].Vendor += 10;
            }

            if (p.Description is { } d)
            {
                scores[i].Client += 2 * ClientDescription().Count(d);
                scores[i].Vendor += 2 * VendorDescription().Count(d);
                // "which contracts TechSecure for its data management services": the subject of the description buys from another party.
                foreach (var other in parties.Where(o => o != p))
                {
                    if (Regex.IsMatch(d, @"\b(?:contracts|contracted|hired|engaged|retained|selected|appointed|outsourced\s+\w+\s+to)\s+" + Regex.Escape(Short(other.Name)), RegexOptions.None, TimeSpan.FromSeconds(1)))
                    {
                        scores[i].Client += 4;
                    }
                }
            }
        }

        var ids = parties.Select((p, i) => (p, i)).ToDictionary(x => "P" + (x.i + 1), x => x.i);
        foreach (var mention in index.Mentions)
        {
            var i = ids[mention.PartyId];
            var after = text.AsSpan(mention.End, Math.Min(90, text.Length - mention.End));
            var before = text.AsSpan(Math.Max(0, mention.Start - 60), Math.Min(60, mention.Start));
            if (VendorAfter().IsMatch(after))
            {
                scores[i].Vendor += 2;
            }

            if (ClientAfter().IsMatch(after))
            {
                scores[i].Client += 2;
            }

            if (HiredBefore().IsMatch(before))
            {
                scores[i].Vendor += 2;
            }

            if (ServedBefore().IsMatch(before))
            {
                scores[i].Client += 1;
            }

            // "The contract required Cirrane to encrypt …", "had us enrol all staff in MFA": the one made to do the work;
            // "required Kestrel to give UIS access", "Kestrel undertook to pay": the one who pays and opens the door.
            var undertook = 0;
            foreach (var u in Undertook().EnumerateMatches(after))
            {
                undertook = u.Length;
            }

            if (undertook > 0 || DutyBefore().IsMatch(before))
            {
                var duty = after[undertook..];
                if (ClientDuty().IsMatch(duty))
                {
                    scores[i].Client += 2;
                }
                else if (VendorDuty().IsMatch(duty))
                {
                    scores[i].Vendor += 2;
                }
            }
        }

        var roles = new PartyRole[parties.Count];
        for (var i = 0; i < parties.Count; i++)
        {
            roles[i] = scores[i].Client > scores[i].Vendor ? PartyRole.Client
                : scores[i].Vendor > scores[i].Client ? PartyRole.Vendor
                : PartyRole.Other;
        }

        // The two main parties of a two-sided dispute are the two most named; a third company (a sub-processor, an
        // assessor) is "other" unless the text states its role outright.
        var main = Enumerable.Range(0, parties.Count)
            .Select(i => (Index: i, Mentions: index.Mentions.Count(m => m.PartyId == "P" + (i + 1))))
            .Where(x => x.Mentions >= 2 || parties[x.Index].FromPartiesSection)
            .OrderByDescending(x => x.Mentions).ThenBy(x => x.Index)
            .Take(2).Select(x => x.Index).Order().ToList();
        for (var i = 0; i < parties.Count; i++)
        {
            if (!main.Contains(i) && parties[i].StatedRole is null && parties.Count > 2)
            {
                roles[i] = PartyRole.Other;
            }
        }

        if (main.Count >= 2)
        {
            var (a, b) = (main[0], main[1]);
            if (roles[a] == roles[b] && roles[a] != PartyRole.Other)
            {
                // Both look the same: the weaker one takes the other role.
                var weaker = Margin(scores[a]) >= Margin(scores[b]) ? b : a;
                roles[weaker] = roles[a] == PartyRole.Client ? PartyRole.Vendor : PartyRole.Client;
                Inferred(weaker);
            }
            else if (roles[a] == PartyRole.Other && roles[b] != PartyRole.Other)
            {
                roles[a] = roles[b] == PartyRole.Client ? PartyRole.Vendor : PartyRole.Client;
                Inferred(a);
            }
            else if (roles[b] == PartyRole.Other && roles[a] != PartyRole.Other)
            {
                roles[b] = roles[a] == PartyRole.Client ? PartyRole.Vendor : PartyRole.Client;
                Inferred(b);
            }
        }

        for (var i = 0; i < parties.Count; i++)
        {
            if (roles[i] == PartyRole.Other && main.Contains(i))
            {
                diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.RoleUncertain, DiagnosticSeverity.Warning, span(parties[i].Start, parties[i].End),
                    $"The role of '{parties[i].Name}' (client or vendor) could not be decided from the text."));
            }
        }

        return roles;

        void Inferred(int i) => diagnostics.Add(new Diagnostic(IntakeDiagnosticCodes.RoleInferred, DiagnosticSeverity.Info, span(parties[i].Start, parties[i].End),
            $"'{parties[i].Name}' was taken to be the {roles[i].ToString().ToLowerInvariant()} because the other party is the {(roles[i] == PartyRole.Client ? "vendor" : "client")}."));
    }

    private static int Margin((int Client, int Vendor) s) => Math.Abs(s.Client - s.Vendor);

    private static string Short(string name) => name.Split(' ', ',')[0];

    [GeneratedRegex(@"^(?:the\s+|a\s+|an\s+)?client\b|\bclient\s+(?:seeking|that|which|who)\b|\b(?:customer|retailer|retail|bank|banking|financial\s+services|hospital|health|clinic|insurer|insurance|credit\s+union|manufacturer|logistics|freight|school|university|housing|charity|merchant|e-?commerce|software\s+development\s+company|controller|covered\s+entity)\b|\b(?:requires|required|seeking|sought|needs|needed|wanted|hired|engaged|retained|outsourced|procured)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientDescription();

    [GeneratedRegex(@"\b(?:vendor|supplier|contractor|consultant|consulting|consultancy|provider|integrator|MSSP|MSP|processor|sub-?processor|business\s+associate|(?:cyber)?security\s+(?:firm|company|vendor)|cybersecurity\s+(?:firm|company)|firm\s+specializing|specializ\w+|specialis\w+|contracted\s+to|engaged\s+to|hired\s+to|retained\s+to|responsible\s+for\s+providing|provides|providing|hosting|managed\s+(?:security|services))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VendorDescription();

    [GeneratedRegex(@"^(?:[’']s)?(?:\s*\([^()]{0,40}\))?\s*(?:,?\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+[^,.;]{0,60}?\b(?:provider|vendor|contractor|consult\w*|integrator|MSSP|MSP|processor|host\w*|specialist|security\s+firm|cybersecurity\s+firm)\b|(?:\s+(?:was|is|had\s+been|has\s+been))?\s+(?:contracted|engaged|hired|retained|selected|appointed)\s+(?:to|by|as)\b|\s+(?:would|will|agreed\s+to|was\s+to|were\s+to|shall|undertook\s+to|committed\s+to|promised\s+to)\s+(?:provide|deliver|implement|deploy|conduct|perform|supply|host|manage|build|design|remediate|migrate|install|configure|monitor|employ|complete|achieve)\b|\s+(?:(?:has\s+|have\s+|had\s+)?(?:provides|provided)(?!\s+(?:\w+\s+){0,2}(?:access|credentials|documentation|information|data|diagrams?|inventor\w+|lists?))|specializes|specialises|offers|delivers|invoiced|to\s+deliver)\b|[’']s\s+(?:invoices?|fees?|consultants?|engineers?|technicians?|analysts?|lead\s+consultant|project\s+manager|account\s+manager|delivery\s+(?:lead|team|manager)|incident\s+(?:lead|response\s+team)|support\s+(?:engineers?|staff|team)|SOC\b|retainer|hotline|subcontractors?)\b|\s+(?:final|last|outstanding|unpaid)\s+invoices?\b|\s+hosts\b|\s+operates\s+(?:\w+\s+){0,2}data\s+cent(?:er|re)s\b|\s+(?:(?:is|was|as)\s+)?(?:its|their|the\s+\w+['’]s)\s+(?:sub-?)?processor\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VendorAfter();

    [GeneratedRegex(@"^(?:[’']s)?(?:\s*\([^()]{0,40}\))?\s*(?:,?\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+[^,.;]{0,60}?\b(?:client|customer|retailer|bank|hospital|insurer|credit\s+union|merchant|controller)\b|\s+(?:hired|engaged|retained|contracted\s+with|selected|appointed|outsourced|contracts|procured|paid|bought|purchased|commissioned|ordered)\b|\s+entered\s+into\s+(?:a|an)\s+[^.;]{0,40}?(?:agreement|contract)\s+with\b|\s+(?:refuses|refused|declined)\s+to\s+pay\b|\s+(?:settled|paid)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:\w+\s+)?(?:invoices?|fees?|bill|balance)\b|\s+(?:has\s+not|did\s+not|never)\s+paid\b|\s+(?:is\s+|was\s+|has\s+)?withh[eo]ld\w*\s+(?:\w+\s+){0,3}(?:payments?|fees?|instal(?:l)?ments?|milestones?|invoices?)\b|(?:[’']re|\s+(?:are|is|were|was))\s+holding\s+back\b|\s+(?:has\s+)?(?:sued|sues|is\s+suing)\s+its\s+[^.;]{0,30}?\b(?:provider|vendor|contractor|supplier|host)\b|,\s*which\s+(?:runs|operates|owns)\s+[^.;]{0,80}?\b(?:hospitals?|clinics?|stores?|branches|schools?|restaurants?|depots?|warehouses?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientAfter();

    [GeneratedRegex(@"\b(?:hired|engaged|retained|selected|appointed|contracted\s+with|contracts|outsourced\s+\w+\s+to|SOW\s+with|statement\s+of\s+work\s+with|paid|pays|paying|invoices?\s+(?:from|issued\s+by)|(?:hosted|provided|supplied|managed|operated|run|monitored|delivered|maintained)\s+by|bought\s+from|purchased\s+from)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiredBefore();

    [GeneratedRegex(@"\b(?:services\s+to|on\s+behalf\s+of|for\s+its\s+client|provided\s+to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServedBefore();

    // The work a vendor is engaged for, and the duties a client owes in return.
    private const string WorkVerbs = "hold|encrypt|tokeni[sz]e|enforce|implement|deploy|deliver|host|monitor|remediate|install|configure|enrol|enroll|build|migrate|patch|train|conduct|perform|put\\s+MFA|run|running|forward|scan|collect|mask|keep|maintain|prepare|test|notify|support|operate|secure|protect|back\\s+up|store|onboard|audit|assess|review|design|supply|manage|replace|upgrade|rotate|harden|investigate|respond|report|document|certify|bring";
    private const string ClientVerbs = "pay|give|grant|approve|sign\\s+off|provide\\s+(?:\\w+\\s+){0,3}?(?:access|credentials|documentation|information|data|diagrams?|inventor\\w+|lists?)|send\\s+(?:\\w+\\s+){0,3}?(?:inventor\\w+|lists?|data|documentation)|fix|act\\s+on|follow|fund";

    [GeneratedRegex(@"\b(?:required|requires|require|obliged|obliges|oblige|obligated|obligates|requiring|commits|committed|had|made)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutyBefore();

    [GeneratedRegex(@"^\s+(?:(?:had|has|have)\s+)?(?:undert(?:ook|akes)|agreed|committed|promised|(?:was|were|is|are)\s+(?:supposed|meant)|was|were|is|are|had|has|have)\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Undertook();

    [GeneratedRegex(@"^\s+(?:to\s+)?(?:" + WorkVerbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VendorDuty();

    [GeneratedRegex(@"^\s+(?:to\s+)?(?:" + ClientVerbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientDuty();
}
