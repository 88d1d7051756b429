using Parallax.Comparison;
using Parallax.Pipeline;

namespace Parallax.Reports;

/// <summary>
/// Plain text for a terminal: the story, a table of the articles, then Conflicts, Agreed, Consistent, Unique
/// claims and Framing, each fact with what every outlet says and where (character offsets into its clean text).
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private const int Cell = 40;
    private const int Quote = 160;

    public string Format => "text";

    public void Write(ComparisonReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var name = ReportText.Namer(report);
        var articles = ReportText.ArticlesOf(report);
        Line(writer, "Story: " + (ReportText.Line(report.StoryTitle) is { Length: > 0 } title ? title : "(untitled)") + (report.StoryId is null ? "" : $" [{ReportText.Line(report.StoryId, Cell)}]"));
        Line(writer, $"Articles: {articles.Count}, independent sources: {(report.IndependentSources is { } n ? ReportText.Int(n) : "unknown")}, facts: {(report.Facts ?? []).Count}");
        Line(writer, "");

        Table(writer, ["#", "outlet", "published", "title", "id"], [.. articles.Select((a, i) => new[]
        {
            ReportText.Int(i + 1), ReportText.Line(a.Outlet, Cell), ReportText.Day(a.Published), ReportText.Line(a.Title, Cell), ReportText.Line(a.Id, Cell),
        })]);

        foreach (var (heading, status) in ReportText.Sections)
        {
            var facts = ReportText.FactsOf(report, status).ToList();
            Line(writer, "");
            Line(writer, $"{heading} ({facts.Count})");
            Line(writer, new string('=', heading.Length + 3 + ReportText.Int(facts.Count).Length));
            if (facts.Count == 0)
            {
                Line(writer, "  (none)");
            }

            foreach (var fact in facts)
            {
                Line(writer, $"* [{ReportText.Lower(fact.Kind)}] {ReportText.Line(fact.Summary)}");
                Line(writer, $"  value: {ReportText.Line(fact.Value)}   id: {ReportText.Line(fact.Id, Cell)}");
                if (!string.IsNullOrWhiteSpace(fact.Note))
                {
                    Line(writer, $"  why: {ReportText.Line(fact.Note)}");
                }

                foreach (var m in ReportText.MentionsOf(fact))
                {
                    Line(writer, $"    - {ReportText.Line(name(m.Article), Cell)} @{ReportText.Int(m.Start)}-{ReportText.Int(m.End)}: \"{ReportText.Line(m.Text, Quote)}\"");
                }
            }
        }

        var framing = ReportText.FramingOf(report);
        Line(writer, "");
        Line(writer, $"Framing ({framing.Count})");
        Line(writer, new string('=', 10 + ReportText.Int(framing.Count).Length));
        if (framing.Count == 0)
        {
            Line(writer, "  (none)");
        }

        foreach (var group in framing.GroupBy(m => m.Article ?? ""))
        {
            Line(writer, $"  {ReportText.Line(name(group.Key), Cell)}");
            foreach (var m in group)
            {
                var where = m.Start == m.End ? "" : $" @{ReportText.Int(m.Start)}-{ReportText.Int(m.End)} \"{ReportText.Line(m.Text, Quote)}\"";
                Line(writer, $"    {ReportText.Line(m.Kind, Cell)}{where}: {ReportText.Line(m.Note)}");
            }
        }

        if (report.Diagnostics is { Count: > 0 } diagnostics)
        {
            Line(writer, "");
            Line(writer, "Diagnostics");
            foreach (var d in diagnostics.Where(d => d is not null))
            {
                Line(writer, "  " + ReportText.Line(d.ToString()));
            }
        }
    }

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    private static void Table(TextWriter writer, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd();
        Line(writer, Row(header));
        Line(writer, string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(writer, Row(row));
        }
    }
}
