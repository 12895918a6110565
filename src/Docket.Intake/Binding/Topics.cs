using System.Text.RegularExpressions;
using Docket.Core.Cases;

namespace Docket.Intake.Binding;

/// <summary>Recognises what an obligation is about, most specific topic first.</summary>
internal static partial class Topics
{
    private static readonly (ObligationTopic Topic, Regex Cue)[] Table =
    [
        (ObligationTopic.AccessProvision, AccessProvision()),
        (ObligationTopic.Documentation, Documentation()),
        (ObligationTopic.Approvals, Approvals()),
        (ObligationTopic.SecurityPractices, SecurityPractices()),
        (ObligationTopic.BreachNotification, BreachNotification()),
        (ObligationTopic.VulnerabilityAssessment, VulnerabilityAssessment()),
        (ObligationTopic.IncidentResponse, IncidentResponse()),
        (ObligationTopic.Encryption, Encryption()),
        (ObligationTopic.Logging, Logging()),
        (ObligationTopic.AccessControl, AccessControl()),
        (ObligationTopic.Training, Training()),
        (ObligationTopic.ProgressReporting, ProgressReporting()),
        (ObligationTopic.SecurityUpdates, SecurityUpdates()),
        (ObligationTopic.Indemnification, Indemnification()),
        (ObligationTopic.Audits, Audits()),
        (ObligationTopic.Monitoring, Monitoring()),
        (ObligationTopic.Payment, Payment()),
        (ObligationTopic.SecureStorage, SecureStorage()),
        (ObligationTopic.Compliance, Compliance()),
        (ObligationTopic.DataProtection, DataProtection()),
    ];

    /// <summary>Every topic, as the bits of <see cref="Named"/>.</summary>
    public const int Any = (1 << 20) - 1;

    private static readonly CueGate Gate = new([.. Table.Select(t => t.Cue)]);

    /// <summary>For each sentence, the topics whose cues may occur in it, as <see cref="Named"/> narrows them.</summary>
    public static long[] Touched(SegmentIndex segments, string text) => Gate.Touched(segments, text);

    /// <summary>
    /// The topics of <paramref name="touched"/> whose cues occur in <paramref name="text"/>, one bit each in table order.
    /// A part of the text names no others, so the parts of a sentence (its clauses, its items) are searched for these alone.
    /// </summary>
    public static int Named(string text, long touched = Any)
    {
        var named = 0;
        for (var k = 0; k < Table.Length; k++)
        {
            named |= (touched & (1L << k)) != 0 && Table[k].Cue.IsMatch(text) ? 1 << k : 0;
        }

        return named;
    }

    /// <summary>Topics found in <paramref name="text"/>, with where each cue starts, in table order; only those of <paramref name="named"/> are looked for.</summary>
    public static IEnumerable<(ObligationTopic Topic, int At, int Length)> Find(string text, int named = Any)
    {
        var covered = new List<(int Start, int End)>();
        for (var k = 0; k < Table.Length; k++)
        {
            if ((named & (1 << k)) == 0)
            {
                continue;
            }

            var (topic, cue) = Table[k];
            var m = cue.Match(text);
            if (m.Success && !covered.Any(c => c.Start < m.Index + m.Length && m.Index < c.End))
            {
                covered.Add((m.Index, m.Index + m.Length));
                yield return (topic, m.Index, m.Length);
            }
        }
    }

    /// <summary>Topics the client, not the vendor, owes by default.</summary>
    public static bool IsClientDuty(ObligationTopic topic) =>
        topic is ObligationTopic.AccessProvision or ObligationTopic.Documentation or ObligationTopic.Approvals or ObligationTopic.SecurityPractices or ObligationTopic.Payment;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:(?:critical\s+|timely\s+|delayed\s+|late\s+|necessary\s+)?access\s+to\s+(?:\w+\s+){0,3}(?:systems?|environments?|sites?|premises|networks?|infrastructure|staff|data\s+cent(?:er|re)s?|servers?|facilities|firewalls?|tenants?|domain\s+controllers|consoles?|platforms?|databases?|applications?|accounts?|repositor(?:y|ies)|credentials)|(?:provid\w*|grant\w*|giv\w*|delay\w*|hand\w*\s+over)\s+(?:\w+\s+){0,2}access\b|access\s+(?:was|were|had\s+been|has\s+been)\s+(?:not\s+|never\s+|only\s+)?(?:granted|given|provided|released)|admin(?:istrator)?\s+(?:rights|credentials)|production\s+access|access\s+(?:obligation|duty|undertaking)s?|open\w*\s+(?:its\s+|the\s+|their\s+|our\s+)?(?:\w+\s+){0,3}?(?:sites?|premises|offices?|practices|facilities|data\s+cent(?:er|re)s?|firewall\s+ports|ports)\s+to\b|(?:remote|read(?:-only)?|network|site|staging|test)\s+access\s+(?:has|had|was|were|is|arrived|came)\b)", Options)]
    private static partial Regex AccessProvision();

    [GeneratedRegex(@"\b(?:(?:give|provide|send|supply|deliver|hand\s+over|share)\s+(?:\w+\s+){0,3}?(?:description|list|inventory|register|diagrams?|specifications?|details|documents?|records)\b|documentation|(?:scope|design|API|technical|functional|requirements?)\s+(?:documents?|specifications?)|(?:network|system|architecture|asset|data[-\s]flow)\s+(?:diagrams?|inventor(?:y|ies)|registers?)|inventor(?:y|ies)|diagrams|information\s+(?:about|on|related\s+to)\s+(?:the\s+|its\s+)?(?:existing\s+)?(?:infrastructure|systems?))\b", Options)]
    private static partial Regex Documentation();

    [GeneratedRegex(@"\b(?:approv(?:al|als|e|ed|es|ing)\b(?!\s+(?:vendor|supplier|list))|sign[-\s]?offs?\b|signed\s+off|change\s+(?:control|requests?|advisory\s+board)|acceptance\s+test\w*|UAT\b)", Options)]
    private static partial Regex Approvals();

    [GeneratedRegex(@"\b(?:recommended\s+that|recommended\s+(?:security\s+)?(?:protocols|measures|practices|controls|configurations?|settings|patches|changes|steps)|(?:security\s+)?best\s+practices|overrid\w*\s+(?:the\s+)?security\s+protocols|security\s+protocols\s+on\s+their\s+end|(?:follow\w*|ignor\w+|disregard\w*|adopt\w*|act(?:ed|ing)?\s+on)\s+(?:[\w'’-]+\s+){0,2}(?:protocols|procedures|policies|recommendations|guides?|guidelines|guidance|advice|instructions)|(?:contrary\s+to|in\s+breach\s+of|in\s+line\s+with|in\s+accordance\s+with)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:guides?|guidelines|guidance|advice|recommendations?|instructions))\b", Options)]
    private static partial Regex SecurityPractices();

    [GeneratedRegex(@"\b(?:breach[-\s]notification|notif\w*\s+(?:[\w“”""'’]+\s+){0,10}?(?:breach|incident)s?|pass\w*\s+on\s+(?:the\s+|a\s+)?(?:breach|incident)|(?:breach|incident)\s+notice|notice\s+of\s+(?:the\s+|a\s+|any\s+)?(?:breach|incident)|notice\s+(?:obligation|duty|requirement)s?|notification\s+(?:obligations?|duty|duties|clause|requirements?|deadline|window|period)|(?:failure|fail\w*|duty|obligation|obliged|required)\s+to\s+(?:notify|give\s+(?:\w+\s+)?notice)|(?:\d+|seventy-two|forty-eight|twenty-four)[-\s]hours?\s+(?:notice|notification|deadline|window|clause)|notif(?:y|ied|ies|ying|ication)\s+(?:\w+\s+){0,2}?(?:until|late|promptly|within|as\s+soon\s+as|immediately|without\s+(?:undue\s+)?delay)|(?:report|tell|inform|alert|warn|escalat)\w*\s+(?:\w+\s+){0,7}?(?:(?:security|data|personal\s+data|cyber)\s+)?(?:incidents?|breach(?:es)?)|(?:security|data|personal\s+data)\s+(?:incidents?|breach(?:es)?)\s+(?:(?:was|were|had\s+been)\s+)?(?:reported|notified|disclosed)|notif(?:y|ied|ies|ying)\s+(?:\w+\s+){0,4}?(?:clients?|customers?|consumers?|controllers?|regulators?|authorit(?:y|ies)|ICO|Commissioner\w*|individuals|residents|users|data\s+subjects|affected))\b", Options)]
    private static partial Regex BreachNotification();

    [GeneratedRegex(@"\b(?:vulnerability\s+(?:assessments?|scans?|scanning|management)|penetration\s+test\w*|pen[-\s]?tests?\w*|(?:assessments?|reports?)\s+(?:\w+\s+){0,3}(?:security\s+)?vulnerabilit\w+|risk\s+assessments?|ASV\s+scans?|(?:external|internal|quarterly|monthly|network|web|authenticated)\s+(?:vulnerability\s+)?scans?|scan\w*\s+(?:\w+\s+){0,4}for\s+vulnerabilit\w+|bug[-\s]bount(?:y|ies)|(?:valid|researcher|bug|bounty)\s+submissions?|triag\w*\s+(?:\w+\s+){0,3}?(?:submissions?|findings?|vulnerabilit\w+))\b", Options)]
    private static partial Regex VulnerabilityAssessment();

    [GeneratedRegex(@"\b(?:incident[-\s]+(?:response|responders?|team|handlers?|handling)|(?:restore|recovery)\s+engineers?|declared\s+(?:recovery|incident|disaster)|(?:disaster|incident)\s+recovery|response\s+times?)\b", Options)]
    private static partial Regex IncidentResponse();

    [GeneratedRegex(@"\b(?:(?<!\b(?:ransomware|attackers?|intruders?|hackers?|criminals?|affiliate|gang|malware)\s+(?:\w+\s+){0,2})(?:un)?encrypt\w*|in\s+(?:plain|clear)\s*text|AES(?:-\d+)?|cryptograph\w*|cipher\w*|3DES|TLS(?:\s*1\.\d)?|key\s+management|tokeni[sz]ation)\b", Options)]
    private static partial Regex Encryption();

    [GeneratedRegex(@"\b(?:logging|log\s+(?:management|collection|sources?|review|retention|forwarding|shipping|ingestion|pipeline|stores?|storage|archives?)|logs|SIEM|audit\s+trails?|(?:authentication|access|security)\s+events|(?:authentication|access)\s+records|record\w*\s+(?:all\s+|every\s+)?(?:\w+\s+)?events)\b", Options)]
    private static partial Regex Logging();

    [GeneratedRegex(@"\b(?:access\s+controls?|access\s+management|MFA|second\s+factor|multi[-\s]?factor|two[-\s]factor|2FA|authentication|privileged\s+access|least\s+privilege|role[-\s]based\s+access|identity\s+and\s+access)\b", Options)]
    private static partial Regex AccessControl();

    [GeneratedRegex(@"\b(?:(?:integration|training|security|awareness)\s+workshops?|workshops?\s+for\s+(?:\w+\s+){0,2}(?:staff|developers|engineers|employees|users|team)|training|awareness\s+(?:sessions?|program\w*|course\w*|briefings?|campaigns?)|tabletop\s+exercises?|[\w-]+[-\s]drills?\b|drills\b|security\s+briefings?|phishing\s+(?:prevention|simulations?)|secure[-\s]coding\s+(?:workshops?|sessions?|courses?|classes))\b", Options)]
    private static partial Regex Training();

    [GeneratedRegex(@"\b(?:(?:progress|status)\s+report(?:s|ing)?|(?:weekly|monthly|fortnightly)\s+(?:[\w-]+\s+)?reports?\b(?!\s+(?:of|on|listing)\b)|(?:regular|weekly|monthly)\s+(?:\w+\s+)?(?:reports|updates|reporting)|(?:risk|status|project|progress|monthly|weekly)\s+dashboards?|service\s+reports?|project\s+management(?:\s+protocols)?|reporting\s+obligations?|updates\s+were|(?:programme|program|project)\s+reports?|reports?\s+(?:each|every)\s+(?:month|week|quarter|fortnight)|status\s+(?:calls|meetings)|RAG\s+reports?|(?:fortnightly|weekly|monthly)\s+(?:status\s+|progress\s+)?(?:calls|meetings))\b", Options)]
    private static partial Regex ProgressReporting();

    [GeneratedRegex(@"\b(?:security\s+updates|(?:un)?patch\w*|fix(?:es|ed|ing)?\s+(?:\w+\s+){0,3}?(?:findings|vulnerabilit\w+|flaws)|unfixed|software\s+updates|cybersecurity\s+updates|updates\s+to\s+(?:\w+\s+){0,2}(?:systems?|software|firmware))\b", Options)]
    private static partial Regex SecurityUpdates();

    [GeneratedRegex(@"\b(?:indemnif\w*|hold\s+harmless)\b", Options)]
    private static partial Regex Indemnification();

    [GeneratedRegex(@"\b(?:(?:security|regular|annual|quarterly|periodic|compliance|independent|internal|external|third[-\s]party)\s+audits?|audits|gap\s+(?:analys[ie]s|assessments?|audits?)|(?:SOC\s?[123]|ISAE\s?3402|SSAE\s?1[68])\s+(?:Type\s+(?:I{1,2}|[12])\s+)?(?:examinations?|audits?|reports?|attestations?|assurance\s+reports?))\b", Options)]
    private static partial Regex Audits();

    [GeneratedRegex(@"\b(?:(?:security|continuous|24/7|threat|network|round[-\s]the[-\s]clock|live|SOC|alert)\s+monitoring|monitoring\s+(?:service|has|had|have|was|is|did|never|started|began)|monitor\s+(?:\w+\s+){0,2}?(?:network|systems?|alerts?|environment|logs|traffic|endpoints?)|managed\s+detection|tamper[-\s]detection|watch\w*\s+(?:the\s+)?(?:\w+\s+){0,2}(?:pages?|sites?|environments?|applications?|platforms?)|(?:file[-\s]integrity|integrity|endpoint|activity|log)\s+monitoring|watch\w*\s+(?:\w+[’']?s?\s+){0,4}?(?:telemetry|alerts?|networks?|systems?|traffic|logs|endpoints?)|(?:around|round)\s+the\s+clock|24\s*/\s*7|24x7|alerts?\s+escalation|alert\s+(?:\w+\s+){1,3}to\s+(?:any|all|every|each)\b|escalat\w+\s+(?:\w+\s+){0,3}?[“""]?\w*[”""]?\s*alerts?|monitor\w*\s+(?:\w+\s+){0,4}?for\s+(?:\w+\s+)?(?:unauthori[sz]ed|suspicious|malicious|anomal\w+|intrusions?|threats?|changes|attacks?|alerts?))\b", Options)]
    private static partial Regex Monitoring();

    [GeneratedRegex(@"\b(?:(?:secure\s+)?(?:cloud\s+)?(?:data\s+)?storage|hosting|data\s+management\s+services|backups?|(?:test\s+)?restor(?:e|es|ation)\b)\b", Options)]
    private static partial Regex SecureStorage();

    [GeneratedRegex(@"\b(?:complian\w+\s+with|comply\w*\s+with|compliant\s+with|non-?complian\w+|certification|attestation|PCI[\s-]?DSS|GDPR|CCPA|HIPAA|SOC\s?2|ISO(?:/IEC)?\s*27001|Essential\s+Eight|Report\s+on\s+Compliance|(?-i:ROC)|maturity\s+level\s+(?:one|two|three|[1-5]))\b", Options)]
    private static partial Regex Compliance();

    [GeneratedRegex(@"\b(?:deposit(?:s|ed|ing)?\b|fund(?:s|ed|ing)?\s+(?:a|the|its|their)\s+(?:\w+\s+){0,2}(?:pool|budget|reserve|escrow)|(?:pay(?:s|ing)?|paid)\s+(?:[\w.,]+\s+){0,4}(?:fees?|invoices?|instal(?:l)?ments?|milestones?|balance)|pay(?:s|ing)?\s+(?:\w+\s+){0,2}?(?:in\s+advance|in\s+arrears|monthly|quarterly|annually|on\s+time|within\s+\d+\s+days)|payment\s+of|unpaid\s+invoices?|withh[eo]ld\w*\s+(?:\w+\s+){0,2}(?:payments?|milestones?|instal(?:l)?ments?|fees?)|(?:[\w-]+\s+)?invoices?|instal(?:l)?ments?|(?:final|outstanding|milestone|monthly)\s+payments?|(?:final|last|outstanding|unpaid)\s+(?:milestone|instal(?:l)?ment)s?\b|fees\s+(?:due|owed|outstanding))\b", Options)]
    private static partial Regex Payment();

    [GeneratedRegex(@"\b(?:secure\s+(?:customer\s+|personal\s+|the\s+)?data|protect\w*\s+(?:customer\s+|personal\s+|sensitive\s+)?data|data\s+protection(?!\s+(?:authorit\w+|officers?|boards?|commission\w*|supervisors?|regulators?))|safeguard\w*\s+(?:\w+\s+)?data|(?:mask|redact|pseudonymi[sz]|anonymi[sz]|de-?identif)\w*)\b", Options)]
    private static partial Regex DataProtection();
}
