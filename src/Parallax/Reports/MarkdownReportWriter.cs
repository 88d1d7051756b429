using System.Text;
using Parallax.Comparison;
using Parallax.Pipeline;

namespace Parallax.Reports;

/// <summary>
/// Markdown (CommonMark with GitHub tables): the same sections as the text report. Every string from the report
/// is escaped, so "|", "*", "&lt;" or a newline in an article never breaks a table or turns into markup.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private const int Quote = 300;

    public string Format => "md";

    public void Write(ComparisonReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var name = ReportText.Namer(report);
        var articles = ReportText.ArticlesOf(report);
        Line(writer, "# " + (ReportText.Line(report.StoryTitle) is { Length: > 0 } title ? Escape(title) : "Comparison report"));
        Line(writer, "");
        var story = report.StoryId is null ? "" : $"Story `{Code(report.StoryId)}`. ";
        Line(writer, $"{story}{articles.Count} articles, {(report.IndependentSources is { } n ? ReportText.Int(n) : "unknown")} independent sources, {(report.Facts ?? []).Count} facts.");
        Line(writer, "");
        Line(writer, "## Articles");
        Line(writer, "");
        Line(writer, "| # | Outlet | Published | Title | Id |");
        Line(writer, "|---|---|---|---|---|");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var titleCell = Escape(a.Title);
            if (a.Url is { Length: > 0 } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                titleCell = $"[{(titleCell.Length > 0 ? titleCell : Escape(url))}](<{EscapeUrl(uri.AbsoluteUri)}>)";
            }

            Line(writer, $"| {ReportText.Int(i + 1)} | {Escape(a.Outlet)} | {ReportText.Day(a.Published)} | {titleCell} | `{Code(a.Id)}` |");
        }

        foreach (var (heading, status) in ReportText.Sections)
        {
            var facts = ReportText.FactsOf(report, status).ToList();
            Line(writer, "");
            Line(writer, $"## {heading} ({facts.Count})");
            if (facts.Count == 0)
            {
                Line(writer, "");
                Line(writer, "_None._");
            }

            foreach (var fact in facts)
            {
                Line(writer, "");
                Line(writer, $"### {Escape(fact.Summary)}");
                Line(writer, "");
                Line(writer, $"- kind: {ReportText.Lower(fact.Kind)}; status: **{ReportText.Lower(fact.Status)}**; id: `{Code(fact.Id)}`");
                Line(writer, $"- value: {Escape(fact.Value)}");
                if (!string.IsNullOrWhiteSpace(fact.Note))
                {
                    Line(writer, $"- why: {Escape(fact.Note)}");
                }

                Line(writer, "");
                Line(writer, "| Outlet | Offsets | Text | Value |");
                Line(writer, "|---|---|---|---|");
                foreach (var m in ReportText.MentionsOf(fact))
                {
                    Line(writer, $"| {Escape(name(m.Article))} | {ReportText.Int(m.Start)}–{ReportText.Int(m.End)} | {Escape(m.Text, Quote)} | {Escape(m.Value, Quote)} |");
                }
            }
        }

        var framing = ReportText.FramingOf(report);
        Line(writer, "");
        Line(writer, $"## Framing ({framing.Count})");
        Line(writer, "");
        if (framing.Count == 0)
        {
            Line(writer, "_None._");
        }
        else
        {
            Line(writer, "| Outlet | Kind | Offsets | Text | Note |");
            Line(writer, "|---|---|---|---|---|");
            foreach (var m in framing)
            {
                var offsets = m.Start == m.End ? "–" : $"{ReportText.Int(m.Start)}–{ReportText.Int(m.End)}";
                Line(writer, $"| {Escape(name(m.Article))} | {Escape(m.Kind)} | {offsets} | {Escape(m.Text, Quote)} | {Escape(m.Note)} |");
            }
        }

        if (report.Diagnostics is { Count: > 0 } diagnostics)
        {
            Line(writer, "");
            Line(writer, "## Diagnostics");
            Line(writer, "");
            foreach (var d in diagnostics.Where(d => d is not null))
            {
                Line(writer, "- " + Escape(d.ToString()));
            }
        }
    }

    /// <summary>One line of inline Markdown that shows as the literal text: the punctuation that could start markup inside a line (emphasis, links, code, HTML, entities, table cells) is backslash-escaped.</summary>
    internal static string Escape(string? value, int max = ReportText.MaxField)
    {
        var line = ReportText.Line(value, max);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Text for a code span: backticks and pipes (table cells) replaced, since code spans take no escapes.</summary>
    private static string Code(string? value) => ReportText.Line(value, 200).Replace('`', '\'').Replace('|', '/');

    private static string EscapeUrl(string url) => url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
