using Parallax.Comparison;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Pipeline;

/// <summary>
/// The stages of Parallax composed into one immutable, thread-safe unit (built by <see cref="ParallaxBuilder"/>).
/// Document stages run through <see cref="Documents"/>; story stages work on the analysed articles.
/// </summary>
public sealed class ParallaxEngine
{
    internal ParallaxEngine(IExtractor extractor, ITextAnalyzer analyzer, IStoryGrouper grouper, IStoryComparer comparer, IReadOnlyDictionary<string, IReportWriter> writers)
    {
        Extractor = extractor;
        Analyzer = analyzer;
        Grouper = grouper;
        Comparer = comparer;
        Writers = writers;
        Documents = new DocumentPipeline(extractor, analyzer);
    }

    public IExtractor Extractor { get; }

    public ITextAnalyzer Analyzer { get; }

    public IStoryGrouper Grouper { get; }

    public IStoryComparer Comparer { get; }

    public DocumentPipeline Documents { get; }

    /// <summary>Report writers by format name ("text", "md", "html", "json").</summary>
    public IReadOnlyDictionary<string, IReportWriter> Writers { get; }

    /// <summary>Groups the articles into stories and compares each story; stories in the grouper's order.</summary>
    public IReadOnlyList<(Story Story, ComparisonReport Report)> CompareStories(IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        return [.. Grouper.Group(articles).Select(story => (story, CompareStory(story, byId)))];
    }

    /// <summary>Compares one stored or grouped story whose articles are given by id.</summary>
    public ComparisonReport CompareStory(Story story, IReadOnlyDictionary<string, AnalyzedArticle> articlesById)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articlesById);
        var members = story.ArticleIds.Where(articlesById.ContainsKey).Select(id => articlesById[id]).ToList();
        return Comparer.Compare(story, members);
    }

    /// <summary>Compares the given articles as one story, without grouping (the `compare` command).</summary>
    public ComparisonReport CompareAsOne(IReadOnlyList<AnalyzedArticle> articles) => Comparer.Compare(null, articles);
}
