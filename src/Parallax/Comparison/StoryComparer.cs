using Parallax.Facts;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Comparison;

// STUB: replaced by the comparison work before anything lands.
public sealed record ComparisonOptions;

public sealed class StoryComparer(ComparisonOptions? options = null) : IStoryComparer
{
    public ComparisonOptions Options { get; } = options ?? new();

    public ComparisonReport Compare(Story? story, IReadOnlyList<AnalyzedArticle> articles) =>
        new(story?.Id, story?.Title, [.. articles.Select(a => new ReportArticle(a.Article.Id, a.Article.Outlet?.Value, a.Article.Title?.Value, a.Article.Url, a.Article.Published?.Value))], [], []);
}
