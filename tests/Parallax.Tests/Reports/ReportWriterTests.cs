using System.Text.Json;
using Parallax.Comparison;
using Parallax.Reports;

namespace Parallax.Tests.Reports;

/// <summary>The four writers: their sections, their escaping, and that no content makes them throw.</summary>
public sealed class ReportWriterTests
{
    public static TheoryData<string> Formats => [.. ReportWriters.Formats];

    [Fact]
    public void The_four_formats_are_registered_and_found_by_name()
    {
        Assert.Equal(["text", "md", "html", "json"], ReportWriters.Formats);
        Assert.Equal(ReportWriters.Formats, ReportWriters.All.Select(w => w.Format));
        Assert.Equal("md", ReportWriters.Get("MD").Format);
        var error = Assert.Throws<ArgumentException>(() => ReportWriters.Get("pdf"));
        Assert.Contains("text, md, html, json", error.Message, StringComparison.Ordinal);
        Assert.False(ReportWriters.TryGet(null, out _));
    }

    [Fact]
    public void Text_lists_the_articles_then_each_section_with_per_outlet_mentions()
    {
        // Given a report with a fact of every status
        // When it is written as text
        var text = ReportSamples.Render("text", ReportSamples.EveryStatus());

        // Then the sections come in order and each fact shows where each outlet says it
        var order = new[] { "Story: Harrow Dam opened", "The Northern Ledger", "Conflicts (1)", "Agreed (1)", "Consistent (1)", "Unique claims (1)", "Framing (2)", "Diagnostics" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("- The Northern Ledger @10-16: \"12,000\"", text, StringComparison.Ordinal);
        Assert.Contains("- Coastline Daily @40-46: \"15,000\"", text, StringComparison.Ordinal);
        Assert.Contains("why: values cannot both be true", text, StringComparison.Ordinal);
        Assert.Contains("hedge @60-70 \"reportedly\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_the_same_sections_and_tables_of_mentions()
    {
        var md = ReportSamples.Render("md", ReportSamples.EveryStatus());

        Assert.StartsWith("# Harrow Dam opened\n", md, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Articles", "## Conflicts (1)", "## Agreed (1)", "## Consistent (1)", "## Unique claims (1)", "## Framing (2)" })
        {
            Assert.Contains("\n" + heading + "\n", md, StringComparison.Ordinal);
        }

        Assert.Contains("| The Northern Ledger | 10–16 | 12,000 | 12000 people |", md, StringComparison.Ordinal);
        Assert.Contains("[Thousands evacuated](<https://ledger.example/a1>)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_pipes_markup_and_newlines_so_every_table_row_stays_one_row()
    {
        var md = ReportSamples.Render("md", ReportSamples.Hostile());

        // Then no raw HTML, no unescaped pipe inside a cell, and each table row is one line with its cells intact
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("Out\\|let \\<b\\>bold\\</b\\> next line", md, StringComparison.Ordinal);
        Assert.Contains("\\| cell \\| break \\| row \\|", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[link](javascript", md, StringComparison.Ordinal);
        static int Cells(string row) => row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|') - 1;
        var lines = md.Split('\n');
        Assert.Equal(4, Cells(Assert.Single(lines, l => l.Contains("\\<img", StringComparison.Ordinal))));
        Assert.Equal(5, Cells(Assert.Single(lines, l => l.Contains("loaded\\<", StringComparison.Ordinal))));
        Assert.Equal(5, Cells(Assert.Single(lines, l => l.StartsWith("| 1 |", StringComparison.Ordinal))));
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_every_string_encoded()
    {
        // Given a report whose strings hold markup, scripts, control characters and a lone surrogate
        // When it is written as HTML
        var html = ReportSamples.Render("html", ReportSamples.Hostile());

        // Then the page is complete, has no scripts or external resources, and shows the hostile text encoded
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html.Replace("&lt;img src=x", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0000', html);
        Assert.DoesNotContain('\u001b', html);
    }

    [Fact]
    public void Html_links_article_titles_to_their_http_urls()
    {
        var html = ReportSamples.Render("html", ReportSamples.EveryStatus());

        Assert.Contains("<a href=\"https://ledger.example/a1\" rel=\"noopener noreferrer\">Thousands evacuated</a>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"fact conflict\" id=\"quantity-1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_uses_the_contract_field_names_lowercase_enums_and_iso_dates()
    {
        var json = ReportSamples.Render("json", ReportSamples.EveryStatus());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        static IEnumerable<string> Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name);
        Assert.Superset(new HashSet<string> { "articles", "facts", "framing" }, Names(root).ToHashSet());
        Assert.Superset(new HashSet<string> { "id", "outlet", "title", "url", "published" }, Names(root.GetProperty("articles")[0]).ToHashSet());
        var fact = root.GetProperty("facts")[0];
        Assert.Superset(new HashSet<string> { "id", "kind", "summary", "status", "value", "mentions", "note" }, Names(fact).ToHashSet());
        Assert.Superset(new HashSet<string> { "article", "start", "end", "text", "value" }, Names(fact.GetProperty("mentions")[0]).ToHashSet());
        Assert.Superset(new HashSet<string> { "article", "kind", "start", "end", "text", "note" }, Names(root.GetProperty("framing")[0]).ToHashSet());
        Assert.Equal("quantity", fact.GetProperty("kind").GetString());
        Assert.Equal("conflict", fact.GetProperty("status").GetString());
        Assert.Equal("2025-03-11T08:30:00+00:00", root.GetProperty("articles")[0].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("articles")[1].GetProperty("published").ValueKind);
        Assert.Contains("\n  \"articles\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_through_the_reader()
    {
        // Given a report written as JSON
        var report = ReportSamples.EveryStatus();
        var json = ReportSamples.Render("json", report);

        // When it is read back and written again
        var back = JsonReportReader.Read(json);

        // Then nothing is lost
        Assert.Equal(json, ReportSamples.Render("json", back));
        Assert.Equal(report.Facts.Select(f => (f.Id, f.Kind, f.Status, f.Sources)), back.Facts.Select(f => (f.Id, f.Kind, f.Status, f.Sources)));
        Assert.Equal(report.Articles, back.Articles);
        Assert.Equal(report.Framing, back.Framing);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Odd_content_never_makes_a_writer_throw_and_output_is_deterministic(string format)
    {
        // Given a report with nulls where strings belong, control characters, a lone surrogate and a 1 MB value
        var report = ReportSamples.Hostile();

        // When written twice
        var first = ReportSamples.Render(format, report);
        var second = ReportSamples.Render(format, report);

        // Then it is written, the same both times
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        if (format == "json")
        {
            using var document = JsonDocument.Parse(first);
            Assert.Equal(1_000_001, document.RootElement.GetProperty("facts")[0].GetProperty("value").GetString()!.Length);
        }
        else
        {
            Assert.True(first.Length < 200_000, $"{format} output is {first.Length} chars: huge fields should be cut");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_report_is_written(string format)
    {
        var output = ReportSamples.Render(format, new ComparisonReport(null, null, [], [], []));

        Assert.NotEmpty(output);
    }
}
