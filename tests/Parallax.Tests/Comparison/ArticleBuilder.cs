using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Facts;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Builds an <see cref="AnalyzedArticle"/> by hand: the text, then mentions found by substring, so tests state
/// what an analyser would have found without depending on one. Sentences are split from the text unless given.
/// </summary>
internal sealed class ArticleBuilder(string id, string? outlet, string text)
{
    /// <summary>The real sentence splitter, through the analyzer, so test articles are split as engine ones are.</summary>
    private static readonly TextAnalyzer Analyzer = new();

    private readonly List<QuantityMention> _quantities = [];
    private readonly List<TimeMention> _times = [];
    private readonly List<QuoteMention> _quotes = [];
    private readonly List<EntityMention> _entities = [];
    private List<Sentence>? _sentences;

    public string? Url { get; init; }

    public DateTimeOffset? Published { get; init; } = new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero);

    public string Text => text;

    /// <summary>The span of the <paramref name="occurrence"/>-th (from 0) occurrence of <paramref name="needle"/>.</summary>
    public Span Find(string needle, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{needle}' (occurrence {occurrence}) is not in the text of {id}");
            }
        }

        return new Span(id, at, at + needle.Length);
    }

    public ArticleBuilder Quantity(string needle, double value, string? counted, Approximation approximation = Approximation.Exact, string? unit = null)
    {
        _quantities.Add(new QuantityMention(Find(needle), needle, value, unit, counted, approximation));
        return this;
    }

    public ArticleBuilder Time(string needle, string timex, TimexType type = TimexType.Date, string? function = null)
    {
        _times.Add(new TimeMention(Find(needle), needle, type, timex, "2025-03-11") { Function = function });
        return this;
    }

    public ArticleBuilder Quote(string content, string? speaker, QuoteKind kind = QuoteKind.Direct)
    {
        var source = speaker is not null && text.Contains(speaker, StringComparison.Ordinal) ? Find(speaker) : (Span?)null;
        _quotes.Add(new QuoteMention(Find(content), null, source, speaker, kind));
        return this;
    }

    public ArticleBuilder Entity(string needle, EntityKind kind)
    {
        _entities.Add(new EntityMention(Find(needle), needle, kind, needle));
        return this;
    }

    /// <summary>Leaves the article with no sentences at all, like the output of an analyser that found none.</summary>
    public ArticleBuilder NoSentences()
    {
        _sentences = [];
        return this;
    }

    public AnalyzedArticle Build()
    {
        var article = new Article
        {
            Id = id,
            SourceName = id + ".txt",
            Text = text,
            Url = Url,
            Outlet = outlet is null ? null : new Found<string>(outlet, "test"),
            Title = new Found<string>("Title of " + id, "test"),
            Published = Published is { } p ? new Found<DateTimeOffset>(p, "test") : null,
        };
        var sentences = _sentences ?? Analyzer.Analyze(article).Sentences;
        return new AnalyzedArticle(article, sentences, _entities, _quantities, _times, _quotes);
    }

    public static implicit operator AnalyzedArticle(ArticleBuilder builder) => builder.Build();
}

/// <summary>Short ways to run the comparer and look at what it found.</summary>
internal static class Compared
{
    public static ComparisonReport Run(params AnalyzedArticle[] articles) => new StoryComparer().Compare(null, articles);

    public static ComparedFact Single(ComparisonReport report, FactKind kind) => Assert.Single(report.Facts, f => f.Kind == kind);

    public static IReadOnlyList<ComparedFact> Of(ComparisonReport report, FactKind kind) => [.. report.Facts.Where(f => f.Kind == kind)];
}
