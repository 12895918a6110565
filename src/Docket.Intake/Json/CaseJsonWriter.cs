using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Core.Amounts;
using Docket.Core.Cases;
using Docket.Core.Diagnostics;
using Docket.Core.Text;

namespace Docket.Intake.Json;

/// <summary>
/// Writes intake results as <c>docket.case/1</c> JSON (docs/case-json.md). Field order is fixed and the output is
/// deterministic: the same result always gives the same bytes. Beyond the published schema, dates carry their
/// <c>start</c>/<c>end</c> bounds and span, and standards list every mention; readers ignore what they do not know.
/// </summary>
public static class CaseJsonWriter
{
    /// <summary>The schema identifier written into every document.</summary>
    public const string Schema = "docket.case/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One result as a JSON object.</summary>
    public static string Write(IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(w => WriteResult(w, result));
    }

    /// <summary>Several results as a JSON array.</summary>
    public static string WriteMany(IEnumerable<IntakeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Render(w =>
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                WriteResult(w, r);
            }

            w.WriteEndArray();
        });
    }

    private static string Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter w, IntakeResult result)
    {
        var c = result.Case;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartObject("source");
        w.WriteString("name", result.Source.Name);
        w.WriteString("sha256", result.Source.Sha256);
        w.WriteString("encoding", result.Source.Encoding);
        w.WriteNumber("repairs", result.Source.Repairs);
        w.WriteEndObject();
        NullableString(w, "theme", c?.Theme);
        if (c?.CaseNumber is { } number)
        {
            w.WriteNumber("caseNumber", number);
        }
        else
        {
            w.WriteNull("caseNumber");
        }

        NullableString(w, "title", c?.Title);

        w.WriteStartArray("parties");
        foreach (var p in c?.Parties ?? [])
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteStartArray("aliases");
            foreach (var a in p.Aliases)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteString("role", Kebab(p.Role));
            NullableString(w, "description", p.Description);
            NullableString(w, "location", p.Location);
            SpanProperty(w, "span", p.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var contract = c?.Contract ?? ContractFacts.None;
        w.WriteStartObject("contract");
        DateProperty(w, "signed", contract.Signed);
        if (contract.Value is { } value)
        {
            w.WriteStartObject("value");
            MoneyFields(w, value.Money);
            SpanProperty(w, "span", value.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("value");
        }

        NullableString(w, "term", contract.Term);
        NullableSpan(w, "termSpan", contract.TermSpan);
        DateProperty(w, "deadline", contract.Deadline);
        w.WriteEndObject();

        w.WriteStartArray("obligations");
        foreach (var o in c?.Obligations ?? [])
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            NullableString(w, "obligor", o.ObligorId);
            w.WriteString("topic", Kebab(o.Topic));
            w.WriteString("text", o.Text);
            w.WriteStartArray("standards");
            foreach (var s in o.Standards)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            DateProperty(w, "due", o.Due);
            w.WriteString("status", Kebab(o.Status));
            NullableSpan(w, "statusSpan", o.StatusSpan);
            NullableString(w, "statusText", o.StatusSpan is { } statusSpan && result.Text is { } text ? statusSpan.Slice(text) : null);
            SpanProperty(w, "span", o.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("clocks");
        foreach (var k in c?.Clocks ?? [])
        {
            w.WriteStartObject();
            w.WriteString("id", k.Id);
            w.WriteString("kind", k.Kind);
            w.WriteString("citation", k.Kind.Replace('-', ' '));
            NullableString(w, "obligor", k.ObligorId);
            w.WriteString("recipient", string.Empty);
            w.WriteString("trigger", k.Trigger);
            NullableString(w, "after", k.After);
            if (k.Period is { } period)
            {
                w.WriteNumber("period", period);
            }
            else
            {
                w.WriteNull("period");
            }

            w.WriteString("unit", k.Unit);
            w.WriteString("text", k.Text);
            SpanProperty(w, "span", k.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in c?.Events ?? [])
        {
            w.WriteStartObject();
            DateProperty(w, "date", e.Date);
            w.WriteString("kind", Kebab(e.Kind));
            w.WriteString("summary", e.Summary);
            w.WriteStartArray("parties");
            foreach (var id in e.PartyIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            SpanProperty(w, "span", e.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("amounts");
        foreach (var a in c?.Amounts ?? [])
        {
            w.WriteStartObject();
            MoneyFields(w, a.Money);
            w.WriteString("qualifier", Kebab(a.Qualifier));
            w.WriteString("what", a.What);
            SpanProperty(w, "span", a.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("counts");
        foreach (var n in c?.Counts ?? [])
        {
            w.WriteStartObject();
            w.WriteNumber("count", n.Count);
            w.WriteString("unit", n.Unit);
            w.WriteString("qualifier", Kebab(n.Qualifier));
            SpanProperty(w, "span", n.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("standards");
        foreach (var s in c?.Standards ?? [])
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            SpanProperty(w, "span", s.Span);
            w.WriteStartArray("mentions");
            foreach (var m in s.Mentions)
            {
                SpanValue(w, m);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("issues");
        foreach (var i in c?.Issues ?? [])
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            w.WriteString("title", i.Title);
            w.WriteStartArray("positions");
            foreach (var p in i.Positions)
            {
                w.WriteStartObject();
                w.WriteString("party", p.PartyId);
                w.WriteString("stance", Kebab(p.Stance));
                w.WriteString("summary", p.Summary);
                NullableString(w, "text", result.Text is { } source ? p.Span.Slice(source) : null);
                SpanProperty(w, "span", p.Span);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            SpanProperty(w, "span", i.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (c?.Status is { } status)
        {
            w.WriteStartObject("status");
            w.WriteString("stage", Kebab(status.Stage));
            w.WriteString("summary", status.Summary);
            SpanProperty(w, "span", status.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("status");
        }

        w.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", Kebab(d.Severity));
            w.WriteString("message", d.Message);
            NullableSpan(w, "span", d.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void MoneyFields(Utf8JsonWriter w, Money money)
    {
        w.WriteNumber("amount", money.Amount);
        w.WriteString("currency", money.Currency);
    }

    private static void DateProperty(Utf8JsonWriter w, string name, DateMention? date)
    {
        if (date is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("value", date.Date.Value);
        w.WriteString("qualifier", Kebab(date.Date.Qualifier));
        w.WriteString("text", date.Text);
        w.WriteString("start", date.Date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("end", date.Date.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("precision", Kebab(date.Date.Precision));
        SpanProperty(w, "span", date.Span);
        w.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NullableSpan(Utf8JsonWriter w, string name, SourceSpan? span)
    {
        if (span is { } s)
        {
            SpanProperty(w, name, s);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void SpanProperty(Utf8JsonWriter w, string name, SourceSpan span)
    {
        w.WritePropertyName(name);
        SpanValue(w, span);
    }

    private static void SpanValue(Utf8JsonWriter w, SourceSpan span)
    {
        w.WriteStartObject();
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteNumber("line", span.Line);
        w.WriteNumber("column", span.Column);
        w.WriteEndObject();
    }

    /// <summary>The JSON name of an enum value: kebab case ("AccessControl" is "access-control", "AtLeast" is "at-least").</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum => Core.Utility.KebabCase.Name(value);
}
