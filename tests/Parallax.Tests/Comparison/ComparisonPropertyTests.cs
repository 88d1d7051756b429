using FsCheck;
using FsCheck.Fluent;
using Parallax.Comparison;
using Parallax.Facts;

namespace Parallax.Tests.Comparison;

/// <summary>Random stories: the comparer never throws, mentions always point at their text, ids never repeat.</summary>
public sealed class ComparisonPropertyTests
{
    private static readonly string[] Pieces =
    [
        "The dam", "opened", "12,000", "people", "fled", "on Monday", "reportedly", "so-called", ".", ". ", "!", ",", "\n",
        "\u201C", "\u201D", "\"", "said", "Elena Varga", "never", "about", "15,000", "in 2023", "  ", "\u0000", "\uD800",
    ];

    [Fact]
    public void Random_articles_never_break_the_comparer()
    {
        var text = Gen.Elements(Pieces).ListOf().Select(p => string.Join(' ', p));
        var story = Gen.Choose(1, 4).SelectMany(n => text.ListOf(n)).Select(texts => texts.ToArray());
        var comparer = new StoryComparer();

        Prop.ForAll(story.ToArbitrary(), texts =>
        {
            var articles = texts.Select((t, i) => Build($"a{i}", i % 2 == 0 ? "Even" : $"Odd {i}", t)).ToList();
            var report = comparer.Compare(null, articles);
            var byId = articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
            var ranks = report.Facts.Select(f => f.Status switch { FactStatus.Conflict => 0, FactStatus.Agreed => 1, FactStatus.Consistent => 2, _ => 3 }).ToList();
            return report.Facts.SelectMany(f => f.Mentions).All(m => byId[m.Article][m.Start..m.End] == m.Text)
                && report.Facts.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() == report.Facts.Count
                && ranks.SequenceEqual(ranks.Order())
                && report.Framing.All(m => m.Start == m.End || byId[m.Article][m.Start..m.End] == m.Text);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>An article whose every "12,000" and "15,000" is a quantity and every "on Monday" a date.</summary>
    private static AnalyzedArticle Build(string id, string outlet, string text)
    {
        var builder = new ArticleBuilder(id, outlet, text);
        var built = builder.Build();
        var quantities = new List<QuantityMention>();
        var times = new List<TimeMention>();
        foreach (var (needle, value) in new[] { ("12,000", 12000.0), ("15,000", 15000.0) })
        {
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                quantities.Add(new QuantityMention(new(id, at, at + needle.Length), needle, value, null, "people", Approximation.Exact));
            }
        }

        for (var at = text.IndexOf("on Monday", StringComparison.Ordinal); at >= 0; at = text.IndexOf("on Monday", at + 1, StringComparison.Ordinal))
        {
            times.Add(new TimeMention(new(id, at, at + 9), "on Monday", TimexType.Date, "2025-03-10", "2025-03-11"));
        }

        return built with { Quantities = quantities, Times = times };
    }
}
