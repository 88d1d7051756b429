using Parallax.Facts;
using Parallax.Ingest;
using Parallax.Pipeline;
using Parallax.Storage;
using Parallax.Stories;

namespace Parallax.Cli;

/// <summary>What an ingest did: the processed inputs, what storing each did, and how many stories are now stored.</summary>
internal sealed record IngestOutcome(ProcessedInputs Inputs, IReadOnlyList<StoreResult> Results, int StoryCount);

/// <summary>
/// Shared by `ingest` and `analyze`: processes the inputs, then stores the articles and places the new ones in the
/// stored stories in one transaction (<see cref="StoryUpdates"/>): only the new articles are analysed and weighed
/// against the candidate stories of the index. A grouper that is not a <see cref="StoryGrouper"/> has no stream
/// state, so with it every stored article is regrouped, as a rebuild does.
/// </summary>
internal static class Ingestion
{
    public static async Task<IngestOutcome> RunAsync(CliContext context, IArticleStore store, IReadOnlyList<string> paths, IngestOptions options, int threads, CancellationToken ct)
    {
        var engine = context.Engine;
        var inputs = await new Workflow(context, engine, context.Reader).ProcessAsync(paths, options, threads, "ingested", ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = Store(engine, store, inputs.Articles, rebuild: false, ct);
        context.Error.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"parallax: stored the articles and updated the stories in {clock.Elapsed.TotalSeconds:F2} s"));
        return new IngestOutcome(inputs, results, store.CountStories());
    }

    /// <summary>Stores the articles and updates the stories; with <paramref name="rebuild"/> every stored article is regrouped.</summary>
    public static IReadOnlyList<StoreResult> Store(ParallaxEngine engine, IArticleStore store, IReadOnlyList<AnalyzedArticle> articles, bool rebuild, CancellationToken ct)
    {
        AnalyzedArticle Analyze(Documents.Article article) => engine.Analyzer.Analyze(article, ct);
        if (engine.Grouper is StoryGrouper grouper)
        {
            return StoryUpdates.Ingest(store, articles, grouper, Analyze, rebuild).Results;
        }

        var results = store.PutMany([.. articles.Select(a => a.Article)]);
        var fresh = articles.GroupBy(a => a.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var all = store.Latest().Select(a => fresh.GetValueOrDefault(a.Id) ?? Analyze(a)).ToList();
        store.ReplaceStories(engine.Grouper.Group(all));
        return results;
    }

    /// <summary>The stored stories that hold any of the inputs, with every member analysed (the inputs as they were).</summary>
    public static (IReadOnlyList<Story> Stories, IReadOnlyDictionary<string, AnalyzedArticle> Articles) StoriesOfInputs(
        ParallaxEngine engine, IArticleStore store, IngestOutcome outcome, CancellationToken ct)
    {
        var fresh = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        foreach (var analysed in outcome.Inputs.Articles)
        {
            fresh[analysed.Article.Id] = analysed;
        }

        var stories = store.StoriesWith(fresh.Keys);
        foreach (var id in stories.SelectMany(s => s.ArticleIds).Where(id => !fresh.ContainsKey(id)).ToList())
        {
            if (store.Get(id) is { } article)
            {
                fresh[id] = engine.Analyzer.Analyze(article, ct);
            }
        }

        return (stories, fresh);
    }

    /// <summary>One line per stored input: what storing did, the id, the outlet and the title.</summary>
    public static void PrintResults(TextWriter writer, IngestOutcome outcome)
    {
        for (var i = 0; i < outcome.Inputs.Articles.Count; i++)
        {
            var article = outcome.Inputs.Articles[i].Article;
            var what = outcome.Results[i] switch
            {
                StoreResult.Added => "added",
                StoreResult.NewRevision => "revised",
                _ => "unchanged",
            };
            writer.WriteLine($"{what,-9} {article.Id}  {article.Outlet?.Value ?? "(outlet unknown)"}  {article.Title?.Value ?? "(untitled)"}");
        }

        var stored = outcome.Results.Count(r => r != StoreResult.Unchanged);
        writer.WriteLine($"{outcome.Inputs.Articles.Count} articles read, {stored} stored, {outcome.Inputs.Failed} inputs failed; {outcome.StoryCount} stories in the store");
    }
}
