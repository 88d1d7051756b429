using System.Net;
using Parallax.Comparison;
using Parallax.Pipeline;

namespace Parallax.Reports;

/// <summary>
/// One self-contained HTML page (inline style, no scripts, no external resources) with the sections of the text
/// report. Every string from the report is HTML-encoded; links are kept only for http(s) URLs.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const int Quote = 500;

    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#f3f3f3}.fact{border-left:4px solid #999;padding:.25em .75em;margin:1em 0}
        .conflict{border-color:#c0392b}.agreed{border-color:#27ae60}.consistent{border-color:#2980b9}.unique{border-color:#8e44ad}
        .meta{color:#555;font-size:.9em}code{font-size:.85em}
        """;

    public string Format => "html";

    public void Write(ComparisonReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var name = ReportText.Namer(report);
        var articles = ReportText.ArticlesOf(report);
        var title = ReportText.Line(report.StoryTitle) is { Length: > 0 } t ? t : "Comparison report";
        Line(writer, "<!DOCTYPE html>");
        Line(writer, "<html lang=\"en\"><head><meta charset=\"utf-8\">");
        Line(writer, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line(writer, $"<title>{E(title)}</title>");
        Line(writer, "<style>" + Style.ReplaceLineEndings("") + "</style></head><body>");
        Line(writer, $"<h1>{E(title)}</h1>");
        var story = report.StoryId is null ? "" : $"Story <code>{E(report.StoryId)}</code>. ";
        Line(writer, $"<p class=\"meta\">{story}{articles.Count} articles, {(report.IndependentSources is { } n ? ReportText.Int(n) : "unknown")} independent sources, {(report.Facts ?? []).Count} facts.</p>");

        Line(writer, "<h2>Articles</h2>");
        Line(writer, "<table><thead><tr><th>#</th><th>Outlet</th><th>Published</th><th>Title</th><th>Id</th></tr></thead><tbody>");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var titleCell = E(a.Title);
            if (a.Url is { Length: > 0 } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                titleCell = $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{(titleCell.Length > 0 ? titleCell : E(url))}</a>";
            }

            Line(writer, $"<tr><td>{ReportText.Int(i + 1)}</td><td>{E(a.Outlet)}</td><td>{ReportText.Day(a.Published)}</td><td>{titleCell}</td><td><code>{E(a.Id)}</code></td></tr>");
        }

        Line(writer, "</tbody></table>");
        foreach (var (heading, status) in ReportText.Sections)
        {
            var facts = ReportText.FactsOf(report, status).ToList();
            Line(writer, $"<h2>{heading} ({facts.Count})</h2>");
            if (facts.Count == 0)
            {
                Line(writer, "<p class=\"meta\">None.</p>");
            }

            foreach (var fact in facts)
            {
                Line(writer, $"<div class=\"fact {ReportText.Lower(fact.Status)}\" id=\"{E(fact.Id)}\">");
                Line(writer, $"<h3>{E(fact.Summary)}</h3>");
                Line(writer, $"<p class=\"meta\">{ReportText.Lower(fact.Kind)} &middot; {ReportText.Lower(fact.Status)} &middot; value: {E(fact.Value)} &middot; <code>{E(fact.Id)}</code></p>");
                if (!string.IsNullOrWhiteSpace(fact.Note))
                {
                    Line(writer, $"<p>{E(fact.Note)}</p>");
                }

                Line(writer, "<table><thead><tr><th>Outlet</th><th>Offsets</th><th>Text</th><th>Value</th></tr></thead><tbody>");
                foreach (var m in ReportText.MentionsOf(fact))
                {
                    Line(writer, $"<tr><td>{E(name(m.Article))}</td><td>{ReportText.Int(m.Start)}&ndash;{ReportText.Int(m.End)}</td><td>{E(m.Text, Quote)}</td><td>{E(m.Value, Quote)}</td></tr>");
                }

                Line(writer, "</tbody></table></div>");
            }
        }

        var framing = ReportText.FramingOf(report);
        Line(writer, $"<h2>Framing ({framing.Count})</h2>");
        if (framing.Count == 0)
        {
            Line(writer, "<p class=\"meta\">None.</p>");
        }
        else
        {
            Line(writer, "<table><thead><tr><th>Outlet</th><th>Kind</th><th>Offsets</th><th>Text</th><th>Note</th></tr></thead><tbody>");
            foreach (var m in framing)
            {
                var offsets = m.Start == m.End ? "&ndash;" : $"{ReportText.Int(m.Start)}&ndash;{ReportText.Int(m.End)}";
                Line(writer, $"<tr><td>{E(name(m.Article))}</td><td>{E(m.Kind)}</td><td>{offsets}</td><td>{E(m.Text, Quote)}</td><td>{E(m.Note)}</td></tr>");
            }

            Line(writer, "</tbody></table>");
        }

        if (report.Diagnostics is { Count: > 0 } diagnostics)
        {
            Line(writer, "<h2>Diagnostics</h2><ul>");
            foreach (var d in diagnostics.Where(d => d is not null))
            {
                Line(writer, $"<li>{E(d.ToString())}</li>");
            }

            Line(writer, "</ul>");
        }

        Line(writer, "</body></html>");
    }

    /// <summary>HTML-encoded one-line text: &lt; &gt; &amp; quotes encoded, control characters and lone surrogates removed first.</summary>
    internal static string E(string? value, int max = ReportText.MaxField) => WebUtility.HtmlEncode(ReportText.Line(value, max));

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
