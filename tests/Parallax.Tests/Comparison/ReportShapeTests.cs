using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Tests.Comparison;

/// <summary>Independent sources, stable ids, a deterministic order, and no crash on odd input.</summary>
public sealed class ReportShapeTests
{
    private static AnalyzedArticle[] Story() =>
    [
        new ArticleBuilder("a", "Ledger", "Officials said 12,000 people were evacuated from the Eastmoor valley. A footbridge collapsed near Orrin during the flood.")
            .Quantity("12,000", 12000, "people"),
        new ArticleBuilder("b", "Coastline", "Officials said 15,000 people were evacuated from the Eastmoor valley. Engineers had reported cracks in the eastern wall of the dam.")
            .Quantity("15,000", 15000, "people"),
        new ArticleBuilder("c", "Wire", "The footbridge collapsed near Orrin during the flood. Officials said 12,000 people were evacuated from the Eastmoor valley.")
            .Quantity("12,000", 12000, "people"),
    ];

    [Fact]
    public void Facts_come_conflicts_first_then_agreed_consistent_unique()
    {
        var report = Compared.Run(Story());

        var ranks = report.Facts.Select(f => f.Status switch { FactStatus.Conflict => 0, FactStatus.Agreed => 1, FactStatus.Consistent => 2, _ => 3 }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(FactStatus.Conflict, report.Facts[0].Status);
        Assert.Contains(report.Facts, f => f.Status == FactStatus.Unique && f.Mentions.Single().Article == "b");
    }

    [Fact]
    public void Ids_are_stable_across_runs_and_input_order_and_unique_within_a_report()
    {
        // Given the same story compared twice, once with its articles reversed
        var first = Compared.Run(Story());
        var again = Compared.Run(Story());
        var reversed = Compared.Run([.. Story().Reverse()]);

        // Then ids and order repeat exactly, the reversed input yields the same set of ids, and no id repeats
        Assert.Equal(first.Facts.Select(f => f.Id), again.Facts.Select(f => f.Id));
        Assert.Equal(first.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), reversed.Facts.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(first.Facts.Count, first.Facts.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(first.Facts, f => Assert.Matches("^(quantity|date|quote|claim)-[0-9a-f]{12}$", f.Id));
    }

    [Fact]
    public void Every_mention_points_at_its_text()
    {
        var articles = Story();
        var report = Compared.Run(articles);

        var texts = articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
        Assert.All(report.Facts.SelectMany(f => f.Mentions), m => Assert.Equal(texts[m.Article][m.Start..m.End], m.Text));
        Assert.All(report.Framing.Where(m => m.Kind != FramingAnalyzer.Omission), m => Assert.Equal(texts[m.Article][m.Start..m.End], m.Text));
    }

    [Fact]
    public void Independent_sources_count_outlets_or_hosts_and_take_the_storys_count_when_given()
    {
        // Given two articles of one outlet, one without an outlet but with a URL, one with neither
        AnalyzedArticle[] articles =
        [
            new ArticleBuilder("a", "The Ledger", "Officials evacuated the valley."),
            new ArticleBuilder("b", "Ledger", "Officials evacuated the valley again."),
            new ArticleBuilder("c", null, "Officials evacuated the valley.") { Url = "https://www.wire.example/x" },
            new ArticleBuilder("d", null, "Officials evacuated the valley."),
        ];

        // When compared without and with a story
        var alone = Compared.Run(articles);
        var story = new Story("s1", "Dam", ["a", "b", "c", "d"], ["Ledger"], 2, null, null);
        var grouped = new StoryComparer().Compare(story, articles);

        // Then the outlets count once each (3), and the story's own count wins when given
        Assert.Equal(3, alone.IndependentSources);
        Assert.Equal(2, grouped.IndependentSources);
        Assert.Equal("s1", grouped.StoryId);
        Assert.Equal("Dam", grouped.StoryTitle);
        Assert.Equal(["a", "b", "c", "d"], grouped.Articles.Select(a => a.Id));
    }

    [Fact]
    public void The_same_article_given_twice_counts_once_as_a_source()
    {
        var article = new ArticleBuilder("a", "Ledger", "A footbridge collapsed near Orrin during the flood.").Build();

        var report = Compared.Run(article, article);

        Assert.Equal(2, report.Articles.Count);
        Assert.Equal(1, report.IndependentSources);
        Assert.All(report.Facts, f => Assert.Equal(FactStatus.Unique, f.Status));
    }

    [Fact]
    public void No_articles_gives_an_empty_report()
    {
        var report = Compared.Run();

        Assert.Empty(report.Articles);
        Assert.Empty(report.Facts);
        Assert.Empty(report.Framing);
        Assert.Equal(0, report.IndependentSources);
    }

    [Fact]
    public void Mentions_outside_the_text_are_left_out_with_a_diagnostic()
    {
        // Given an analysis whose spans run past the text (a bug upstream, or stale offsets)
        var article = new Article { Id = "x", SourceName = "x", Text = "Short text here." };
        var bad = new AnalyzedArticle(
            article,
            [new Sentence(new Span("x", 0, 500))],
            [],
            [new QuantityMention(new Span("x", 40, 45), "12", 12, null, "people", Approximation.Exact)],
            [new TimeMention(new Span("x", -3, 2), "x", TimexType.Date, "2025", null)],
            [new QuoteMention(new Span("x", 10, 99), null, null, null, QuoteKind.Direct)]);

        // When compared with a normal article
        var report = Compared.Run(bad, new ArticleBuilder("y", "Wire", "Officials evacuated the valley on Monday."));

        // Then nothing throws and the bad spans are named
        var diagnostic = Assert.Single(report.Diagnostics, d => d.Code == "comparison.bad-span");
        Assert.Equal("x", diagnostic.Source);
        Assert.DoesNotContain(report.Facts.SelectMany(f => f.Mentions), m => m.Article == "x");
    }

    [Fact]
    public void An_empty_text_and_odd_characters_do_not_break_the_comparison()
    {
        var report = Compared.Run(
            new ArticleBuilder("a", "A", ""),
            new ArticleBuilder("b", "B", "\u0000\u0001 \uD800 \"unclosed quote\n!!! ???"),
            new ArticleBuilder("c", "C", new string('x', 100_000)));

        Assert.Equal(3, report.Articles.Count);
    }
}
