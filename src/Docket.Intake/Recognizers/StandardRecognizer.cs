using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Docket.Core.Cases;
using Docket.Core.Text;
using Docket.Intake.Syntax;

namespace Docket.Intake.Recognizers;

/// <summary>
/// Finds standards, laws and security controls under canonical names: "PCI DSS" (with "v4.0.1" when a version is
/// named), "GDPR" and "GDPR Art. 33" (one per article), "UK GDPR", "CCPA", "CPRA", "Cal. Civ. Code § 1798.82",
/// "HIPAA", "SOC 2", "ISO/IEC 27001", "NIST SP 800-53", "AES-256", "3DES", "TLS 1.2", "MFA" and others.
/// One <see cref="StandardMention"/> per canonical name, with every mention's span.
/// </summary>
internal static partial class StandardRecognizer
{
    public static ImmutableArray<StandardMention> Recognize(SourceText source)
    {
        var text = source.Text;
        var found = new List<(string Name, int Start, int End)>();
        foreach (var m in AnchoredScan.Matches(text, Anchor(), Pattern(), back: 0))
        {
            foreach (var name in Names(m))
            {
                found.Add((name, m.Index, m.Index + m.Length));
            }
        }

        return [.. found
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var spans = g.Select(f => source.Span(f.Start, f.End)).ToImmutableArray();
                return new StandardMention(g.Key, spans[0], spans);
            })
            .OrderBy(s => s.Span.Start)];
    }

    private static IEnumerable<string> Names(Match m)
    {
        var g = m.Groups;
        if (g["pci"].Success)
        {
            yield return "PCI DSS";
            if (g["pciv"].Success)
            {
                yield return "PCI DSS v" + g["pciv"].Value;
            }
        }
        else if (g["gdprart"].Success || g["gdprart2"].Success)
        {
            var uk = g["uk"].Success || g["uk2"].Success ? "UK GDPR" : "GDPR";
            yield return uk;
            foreach (var capture in g["art"].Captures.Cast<Capture>())
            {
                yield return $"{uk} Art. {capture.Value}";
            }
        }
        else if (g["gdpr"].Success)
        {
            yield return g["uk"].Success ? "UK GDPR" : "GDPR";
        }
        else if (g["ccpa"].Success)
        {
            yield return "CCPA";
        }
        else if (g["cpra"].Success)
        {
            yield return "CPRA";
        }
        else if (g["civ"].Success)
        {
            yield return "Cal. Civ. Code § " + g["civ"].Value;
        }
        else if (g["hipaa"].Success)
        {
            yield return "HIPAA";
        }
        else if (g["hitech"].Success)
        {
            yield return "HITECH Act";
        }
        else if (g["soc"].Success)
        {
            yield return "SOC " + g["soc"].Value;
        }
        else if (g["iso"].Success)
        {
            yield return "ISO/IEC " + g["iso"].Value;
        }
        else if (g["nist"].Success)
        {
            yield return "NIST SP 800-" + g["nist"].Value.ToUpperInvariant();
        }
        else if (g["csf"].Success)
        {
            yield return "NIST CSF";
        }
        else if (g["aes"].Success)
        {
            yield return "AES-" + g["aes"].Value;
        }
        else if (g["tdes"].Success)
        {
            yield return "3DES";
        }
        else if (g["tls"].Success)
        {
            yield return "TLS " + g["tls"].Value;
        }
        else if (g["ssl"].Success)
        {
            yield return "SSL";
        }
        else if (g["mfa"].Success)
        {
            yield return "MFA";
        }
        else if (g["fips"].Success)
        {
            yield return "FIPS 140-" + g["fips"].Value;
        }
        else if (g["other"].Success)
        {
            yield return Other(g["other"].Value);
        }
    }

    private static string Other(string text)
    {
        var t = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return t.ToUpperInvariant() switch
        {
            var s when s.StartsWith("SARBANES", StringComparison.Ordinal) || s == "SOX" => "SOX",
            var s when s.StartsWith("GRAMM", StringComparison.Ordinal) || s == "GLBA" => "GLBA",
            var s when s.Contains("NYCRR", StringComparison.Ordinal) || s.StartsWith("NYDFS", StringComparison.Ordinal) => "NYDFS 23 NYCRR 500",
            var s when s.StartsWith("NIS", StringComparison.Ordinal) => "NIS2",
            var s when s.StartsWith("DIGITAL OPERATIONAL", StringComparison.Ordinal) || s == "DORA" => "DORA",
            var s when s.StartsWith("FEDRAMP", StringComparison.Ordinal) => "FedRAMP",
            var s when s.StartsWith("CMMC", StringComparison.Ordinal) => "CMMC",
            var s when s.StartsWith("HITRUST", StringComparison.Ordinal) => "HITRUST",
            var s when s.StartsWith("FERPA", StringComparison.Ordinal) => "FERPA",
            var s when s.StartsWith("PIPEDA", StringComparison.Ordinal) => "PIPEDA",
            var s when s.StartsWith("LGPD", StringComparison.Ordinal) => "LGPD",
            var s when s.Contains("SAFEGUARDS", StringComparison.Ordinal) => "FTC Safeguards Rule",
            var s when s.StartsWith("DATA PROTECTION ACT", StringComparison.Ordinal) => "Data Protection Act 2018",
            var s when s.StartsWith("OWASP", StringComparison.Ordinal) => "OWASP Top 10",
            _ => t,
        };
    }

    // Every standard begins with one of these words, signs or numbers.
    [GeneratedRegex(@"PCI|GDPR|Art|CCPA|CPRA|Cal|§|HIPAA|HITECH|SOC|ISO|NIST|AES|\d{3}[\s-]?(?i:bit)|3DES|TDEA|TLS|SSL|MFA|2FA|FIPS|SOX|GLBA|NYDFS|23\s+NYCRR|NIS|DORA|FedRAMP|CMMC|HITRUST|FERPA|PIPEDA|LGPD|OWASP|UK\s+GDPR|(?i:payment\s+card|general\s+data|california|health\s+insurance|multi[\s-]?factor|two[\s-]factor|triple[\s-]des|sarbanes|gramm|digital\s+operational|ftc\s+safeguards|data\s+protection\s+act|articles?|art\.)")]
    private static partial Regex Anchor();

    [GeneratedRegex(
        @"\G(?<![\w/])(?:" +
        @"(?<pci>(?i:PCI[\s-]?DSS|Payment\s+Card\s+Industry\s+Data\s+Security\s+Standards?)(?:\s*\(PCI[\s-]?DSS\))?)(?:,?\s*(?i:v(?:ersion)?\.?)\s*(?<pciv>\d\.\d(?:\.\d)?)|\s+(?<pciv>\d\.\d(?:\.\d)?))?" +
        @"|(?<gdprart>(?i:Art(?:icle)?s?\.?)\s*(?<art>\d{1,2})(?:\(\d+\))*(?:\([a-h]\))*(?:\s*(?:,|and|&|or)\s*(?:(?i:Art(?:icle)?s?\.?)\s*)?(?<art>\d{1,2})(?:\(\d+\))*(?:\([a-h]\))*)*\s*(?i:of\s+the\s+|of\s+)?(?<uk>UK\s+)?(?:GDPR|(?i:General\s+Data\s+Protection\s+Regulation)))" +
        @"|(?<gdprart2>(?<uk2>UK\s+)?GDPR,?\s*(?i:Art(?:icle)?s?\.?)\s*(?<art>\d{1,2})(?:\(\d+\))*(?:\([a-h]\))*(?:\s*(?:,|and|&|or)\s*(?<art>\d{1,2})(?:\(\d+\))*(?:\([a-h]\))*)*)" +
        @"|(?<gdpr>(?<uk>UK\s+)?(?:GDPR|(?i:General\s+Data\s+Protection\s+Regulation))(?:\s*\((?:UK\s+)?GDPR\))?)" +
        @"|(?<ccpa>CCPA|(?i:California\s+Consumer\s+Privacy\s+Act)(?:\s*\(CCPA\))?)" +
        @"|(?<cpra>CPRA|(?i:California\s+Privacy\s+Rights\s+Act)(?:\s*\(CPRA\))?)" +
        @"|(?:(?i:Cal(?:ifornia|\.)?\s+Civ(?:il|\.)?\s+Code)\s*(?:§+|(?i:sec(?:tion|\.)?))?\s*|§+\s*)(?<civ>1798\.\d{2,3}(?:\.\d+)?)" +
        @"|(?<hipaa>HIPAA|(?i:Health\s+Insurance\s+Portability\s+and\s+Accountability\s+Act)(?:\s*\(HIPAA\))?)" +
        @"|(?<hitech>HITECH(?:\s+Act)?)" +
        @"|SOC\s?(?<soc>[12])(?:\s+(?i:Type)\s+(?:II|I|1|2))?" +
        @"|ISO(?:/IEC)?\s*(?<iso>270\d\d)(?::\d{4})?" +
        @"|NIST\s+(?:(?i:SP|Special\s+Publication)\s+)?800-(?<nist>\d{2,3}[A-Za-z]?)(?:\s+(?i:Rev(?:ision|\.)?)\s*\d+)?" +
        @"|(?<csf>NIST\s+(?:CSF|(?i:Cybersecurity\s+Framework)))" +
        @"|AES[\s-]?(?<aes>128|192|256)|(?<aes>128|192|256)[\s-]?(?i:bit)\s+AES" +
        @"|(?<tdes>3DES|(?i:Triple[\s-]DES)|TDEA)" +
        @"|TLS\s*v?(?<tls>1\.[0-3])" +
        @"|(?<ssl>SSL(?:v[23])?)(?![\w-])" +
        @"|(?<mfa>MFA|2FA|(?i:multi[\s-]?factor\s+authentication|two[\s-]factor\s+authentication))" +
        @"|FIPS\s+140-(?<fips>[23])" +
        @"|(?<other>SOX|(?i:Sarbanes[\s-]Oxley(?:\s+Act)?)|GLBA|(?i:Gramm[\s-]Leach[\s-]Bliley(?:\s+Act)?)|NYDFS(?:\s+(?i:Cybersecurity\s+Regulation))?|23\s+NYCRR\s+(?:Part\s+)?500|NIS\s?2(?:\s+Directive)?|DORA|(?i:Digital\s+Operational\s+Resilience\s+Act)|FedRAMP|CMMC|HITRUST|FERPA|PIPEDA|LGPD|(?i:FTC\s+Safeguards\s+Rule)|(?i:Data\s+Protection\s+Act\s+2018)|OWASP\s+Top\s+10)" +
        @")(?![\w])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
