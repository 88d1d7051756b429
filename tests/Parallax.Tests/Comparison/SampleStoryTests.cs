using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Pipeline;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Comparison;

/// <summary>
/// The four samples (samples/README.md says what each carries on purpose), extracted by the default engine and
/// annotated by hand with the mentions a text analyser should find, so the comparison is tested on the real case
/// independently of the analyser.
/// </summary>
public sealed class SampleStoryTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 11, 0, 0, 0, TimeSpan.Zero);
    private const string Promise = "We will not leave anyone behind, and every family will have a roof tonight";

    private static string CleanText(string file)
    {
        var engine = ParallaxDefaults.Builder().Build();
        var path = TestPaths.Sample(file);
        var document = SourceDocument.FromBytes(file, file.EndsWith(".html", StringComparison.Ordinal) ? ContentKind.Html : ContentKind.Text, File.ReadAllBytes(path), new DocumentHints { Published = Published });
        for (var attempt = 1; ; attempt++)
        {
            var outcome = engine.Documents.Process(0, document);
            if (outcome.Analysis is { } analysis)
            {
                return analysis.Article.Text;
            }

            Assert.True(attempt < 5, string.Join("; ", outcome.Diagnostics));
        }
    }

    private static ArticleBuilder Article(string id, string outlet, string file) => new(id, outlet, CleanText(file));

    private static ComparisonReport Story()
    {
        var coastline = Article("coastline", "Coastline Daily", "coastline-daily.txt");
        coastline.Quantity("15,000 residents", 15000, "residents").Quantity("4 metres", 4, null, unit: "m").Quantity("Three", 3, "people")
            .Time("March 10", "2025-03-10").Time("2023", "2023").Time("1968", "1968").Quote(Promise, "Elena Varga");
        var meridian = Article("meridian", "Meridian Wire", "meridian-wire.html");
        meridian.Quantity("12,000", 12000, "people").Quantity("4 metres", 4, null, unit: "m").Quantity("Three", 3, "people").Quantity("2 million euros", 2_000_000, null, unit: "EUR")
            .Time("on Tuesday", "2025-03-11").Time("yesterday", "2025-03-10").Time("1968", "1968").Time("2004", "2004").Quote(Promise, "Elena Varga");
        var ledger = Article("ledger", "The Northern Ledger", "northern-ledger.html");
        ledger.Quantity("About 12,000", 12000, "residents", Approximation.About).Quantity("Three", 3, "people").Quantity("4 metres", 4, null, unit: "m").Quantity("40", 40, "schools")
            .Time("on Monday", "2025-03-10").Time("1968", "1968").Quote(Promise, "Varga");
        var courier = Article("courier", "The Valley Courier", "valley-courier.txt");
        courier.Quantity("About 12,000", 12000, "people", Approximation.About).Quantity("Three", 3, "people")
            .Time("on Monday", "2025-03-10").Time("1968", "1968").Quote(Promise, "Elena Varga");
        return Compared.Run(coastline, meridian, ledger, courier);
    }

    [Fact]
    public void The_evacuation_figure_is_a_conflict_between_15000_and_12000()
    {
        var report = Story();

        var conflict = Assert.Single(report.Facts, f => f.Status == FactStatus.Conflict);
        Assert.Equal(FactKind.Quantity, conflict.Kind);
        Assert.Contains("15,000 residents (Coastline Daily)", conflict.Note, StringComparison.Ordinal);
        Assert.Contains("12,000 people (Meridian Wire)", conflict.Note, StringComparison.Ordinal);
        Assert.Equal(4, conflict.Sources);
        Assert.Same(conflict, report.Facts[0]);
    }

    [Fact]
    public void The_quote_the_day_the_deaths_the_rise_and_the_year_built_are_agreed()
    {
        var report = Story();

        var quote = Compared.Single(report, FactKind.Quote);
        Assert.Equal(FactStatus.Agreed, quote.Status);
        Assert.Equal(4, quote.Sources);
        Assert.Contains("Elena Varga", quote.Summary, StringComparison.Ordinal);

        var day = Assert.Single(report.Facts, f => f.Kind == FactKind.Date && f.Value == "2025-03-10");
        Assert.Equal(FactStatus.Agreed, day.Status);
        Assert.Contains("\u201Cyesterday\u201D (Meridian Wire)", day.Note, StringComparison.Ordinal);
        Assert.Contains("\u201CMarch 10\u201D (Coastline Daily)", day.Note, StringComparison.Ordinal);

        Assert.Equal(FactStatus.Agreed, Assert.Single(report.Facts, f => f.Value == "3 people").Status);
        Assert.Equal(3, Assert.Single(report.Facts, f => f.Value == "4 m").Sources);
        Assert.Equal(FactStatus.Agreed, Assert.Single(report.Facts, f => f.Value == "1968").Status);
    }

    [Fact]
    public void What_only_one_outlet_reports_is_unique()
    {
        var report = Story();
        var unique = report.Facts.Where(f => f.Status == FactStatus.Unique).ToList();

        Assert.Contains(unique, f => f.Kind == FactKind.Claim && f.Value.Contains("cracks", StringComparison.Ordinal) && f.Mentions.Single().Article == "coastline");
        Assert.Contains(unique, f => f.Kind == FactKind.Quantity && f.Value == "2000000 EUR" && f.Mentions.Single().Article == "meridian");
        Assert.Contains(unique, f => f.Kind == FactKind.Claim && f.Value.Contains("appeal the fine", StringComparison.Ordinal));
        Assert.Contains(unique, f => f.Kind == FactKind.Claim && f.Value.Contains("regulators fined eastmoor hydro", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Claim && f.Value.Contains("spillway", StringComparison.Ordinal) && f.Value.Contains("15,000", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Date && f.Value.Contains("2025-03-11", StringComparison.Ordinal) && f.Status == FactStatus.Conflict);
    }

    [Fact]
    public void The_courier_hedges_and_loads_its_own_voice_but_not_the_ministers_words()
    {
        var report = Story();
        var courier = report.Framing.Where(m => m.Article == "courier").ToList();

        Assert.Contains(courier, m => m.Kind == "hedge" && m.Text == "reportedly");
        Assert.Contains(courier, m => m.Kind == "hedge" && m.Text == "appeared to");
        Assert.Contains(courier, m => m.Kind == "loaded" && m.Text == "so-called");
        Assert.Contains(courier, m => m.Kind == "loaded" && m.Text == "neglected");
        var quote = Compared.Single(report, FactKind.Quote).Mentions.Single(m => m.Article == "courier");
        Assert.DoesNotContain(report.Framing, m => m.Article == "courier" && m.Start < quote.End && quote.Start < m.End && m.Kind != FramingAnalyzer.Omission);
        Assert.DoesNotContain(report.Framing, m => m.Article != "courier" && m.Kind is "hedge" or "loaded");
    }
}
