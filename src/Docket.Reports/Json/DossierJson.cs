using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Core.Chronology;
using Docket.Core.Clocks;
using Docket.Core.Compliance;
using Docket.Core.Delay;
using Docket.Core.Exposure;
using Docket.Reports.Dossiers;

namespace Docket.Reports.Json;

/// <summary>
/// The dossier as data, <c>docket.dossier/1</c>: the cover, the summary, the case document and every analysis in its
/// own format (docket.case/1, docket.compliance/1, docket.chronology/1, docket.delay/1, docket.clocks-report/1,
/// docket.exposure/1), the issue matrix, the open questions, the exhibits with their proofs, and the method.
/// <c>docs/schemas/docket.dossier-1.schema.json</c> describes it. The same dossier gives the same bytes.
/// </summary>
public static class DossierJson
{
    /// <summary>The format's name, the value of its "schema" member.</summary>
    public const string Schema = "docket.dossier/1";

    /// <summary>The published JSON Schema of the format.</summary>
    public static string SchemaDocument()
    {
        using var stream = typeof(DossierJson).Assembly.GetManifestResourceStream("docket.dossier-1.schema.json")
            ?? throw new InvalidOperationException("The dossier schema is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The JSON document of <paramref name="dossier"/>.</summary>
    public static string Write(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var d = dossier;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("asOf", d.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Cover(w, d.Cover);
            w.WriteStartArray("summary");
            foreach (var line in d.Summary)
            {
                w.WriteStringValue(line);
            }

            w.WriteEndArray();
            Embed(w, "case", d.CaseJson);
            Embed(w, "compliance", ComplianceJson.Write(d.Compliance));
            Embed(w, "chronology", ChronologyJson.Write(d.Chronology));
            Embed(w, "delay", DelayJson.Write(d.Delay));
            Embed(w, "clocks", ClockJson.Write(d.Clocks));
            Embed(w, "exposure", ExposureJson.Write(d.Exposure));
            Issues(w, d);
            w.WriteStartArray("openQuestions");
            foreach (var q in d.OpenQuestions)
            {
                w.WriteStartObject();
                w.WriteString("area", q.Area);
                w.WriteString("subject", q.Subject);
                w.WriteString("question", q.Question);
                w.WriteString("decides", q.Decides);
                w.WriteString("evidence", q.Evidence);
                w.WriteString("source", q.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Exhibits(w, d);
            w.WriteStartArray("method");
            foreach (var m in d.Method)
            {
                w.WriteStartObject();
                w.WriteString("topic", m.Topic);
                w.WriteString("text", m.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Cover(Utf8JsonWriter w, DossierCover c)
    {
        w.WriteStartObject("cover");
        w.WriteString("title", c.Title);
        if (c.CaseNumber is { } n)
        {
            w.WriteNumber("caseNumber", n);
        }
        else
        {
            w.WriteNull("caseNumber");
        }

        w.WriteString("theme", c.Theme);
        w.WriteString("stage", c.Stage);
        w.WriteString("statusSummary", c.StatusSummary);
        w.WriteString("sourceName", c.SourceName);
        w.WriteString("sourceSha256", c.SourceSha256);
        w.WriteStartArray("parties");
        foreach (var p in c.Parties)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteString("role", p.Role);
            w.WriteString("description", p.Description);
            w.WriteString("location", p.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (c.Ledger is { } l)
        {
            w.WriteStartObject("ledger");
            w.WriteString("caseId", l.CaseId);
            w.WriteNumber("treeSize", l.TreeSize);
            w.WriteString("rootHash", l.RootHash);
            w.WriteString("checkpoint", l.Checkpoint);
            Strings(w, "signedBy", l.SignedBy);
            w.WriteString("lastRecordedAt", l.LastRecordedAt);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("ledger");
        }

        w.WriteEndObject();
    }

    private static void Issues(Utf8JsonWriter w, Dossier d)
    {
        w.WriteStartArray("issues");
        foreach (var issue in d.Issues)
        {
            w.WriteStartObject();
            w.WriteNumber("number", issue.Number);
            w.WriteString("title", issue.Title);
            w.WriteString("source", issue.Source);
            w.WriteStartArray("positions");
            foreach (var p in issue.Positions)
            {
                w.WriteStartObject();
                w.WriteString("party", p.PartyId);
                w.WriteString("partyName", p.Party);
                w.WriteString("stance", p.Stance);
                w.WriteString("quote", p.Quote);
                w.WriteString("source", p.Source);
                Facts(w, "supporting", p.Supporting);
                Facts(w, "contradicting", p.Contradicting);
                Strings(w, "contradictions", p.Contradictions);
                Strings(w, "obligations", p.Obligations);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Exhibits(Utf8JsonWriter w, Dossier d)
    {
        w.WriteStartArray("exhibits");
        foreach (var x in d.Exhibits)
        {
            w.WriteStartObject();
            w.WriteString("id", x.Id);
            w.WriteNumber("sequence", x.Sequence);
            w.WriteString("sha256", x.Sha256);
            w.WriteString("fileName", x.FileName);
            w.WriteString("submittedBy", x.SubmittedBy);
            w.WriteString("shows", x.Shows);
            w.WriteString("leafHash", x.LeafHash);
            w.WriteNumber("treeSize", x.TreeSize);
            Strings(w, "proof", x.Proof);
            w.WriteBoolean("verified", x.Verified);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Facts(Utf8JsonWriter w, string name, IEnumerable<FactReference> facts)
    {
        w.WriteStartArray(name);
        foreach (var f in facts)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("date", f.Date);
            w.WriteString("summary", f.Summary);
            w.WriteString("source", f.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Embed(Utf8JsonWriter w, string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        w.WritePropertyName(name);
        document.RootElement.WriteTo(w);
    }
}
