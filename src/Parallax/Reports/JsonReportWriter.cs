using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Comparison;
using Parallax.Pipeline;

namespace Parallax.Reports;

/// <summary>
/// The report as JSON (DESIGN.md, "The report (JSON)"): camelCase fields in a fixed order, enums as lowercase
/// strings, dates in ISO 8601, indented with "\n". The contract fields are <c>articles[id, outlet, title, url,
/// published]</c>, <c>facts[id, kind, summary, status, value, mentions[article, start, end, text, value], note]</c>
/// and <c>framing[article, kind, start, end, text, note]</c>; <c>storyId</c>, <c>storyTitle</c>,
/// <c>independentSources</c>, per-fact <c>sources</c> and <c>diagnostics</c> are added.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public string Format => "json";

    public void Write(ComparisonReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(json, report);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void WriteReport(Utf8JsonWriter json, ComparisonReport report)
    {
        json.WriteStartObject();
        String(json, "storyId", report.StoryId);
        String(json, "storyTitle", report.StoryTitle);
        if (report.IndependentSources is { } sources)
        {
            json.WriteNumber("independentSources", sources);
        }
        else
        {
            json.WriteNull("independentSources");
        }

        json.WriteStartArray("articles");
        foreach (var a in ReportText.ArticlesOf(report))
        {
            json.WriteStartObject();
            String(json, "id", a.Id);
            String(json, "outlet", a.Outlet);
            String(json, "title", a.Title);
            String(json, "url", a.Url);
            if (a.Published is { } published)
            {
                json.WriteString("published", published);
            }
            else
            {
                json.WriteNull("published");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("facts");
        foreach (var f in (report.Facts ?? []).Where(f => f is not null))
        {
            json.WriteStartObject();
            String(json, "id", f.Id);
            json.WriteString("kind", ReportText.Lower(f.Kind));
            String(json, "summary", f.Summary);
            json.WriteString("status", ReportText.Lower(f.Status));
            String(json, "value", f.Value);
            json.WriteNumber("sources", f.Sources);
            json.WriteStartArray("mentions");
            foreach (var m in ReportText.MentionsOf(f))
            {
                json.WriteStartObject();
                String(json, "article", m.Article);
                json.WriteNumber("start", m.Start);
                json.WriteNumber("end", m.End);
                String(json, "text", m.Text);
                String(json, "value", m.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            String(json, "note", f.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("framing");
        foreach (var m in ReportText.FramingOf(report))
        {
            json.WriteStartObject();
            String(json, "article", m.Article);
            String(json, "kind", m.Kind);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("end", m.End);
            String(json, "text", m.Text);
            String(json, "note", m.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in (report.Diagnostics ?? []).Where(d => d is not null))
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            String(json, "code", d.Code);
            String(json, "message", d.Message);
            if (d.Source is not null)
            {
                String(json, "source", d.Source);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, ReportText.Json(value));
        }
    }
}
