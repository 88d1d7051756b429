using Parallax.Facts;
using Parallax.Ingest;
using Parallax.Storage;
using Parallax.Stories;

namespace Parallax.Cli;

/// <summary>What an ingest did: the processed inputs, what storing each did, and the stories now stored.</summary>
internal sealed record IngestOutcome(ProcessedInputs Inputs, IReadOnlyList<StoreResult> Results, IReadOnlyList<Story> Stories, IReadOnlyList<AnalyzedArticle> AllArticles);

/// <summary>
/// Shared by `ingest` and `analyze`: processes the inputs, stores the articles in one transaction, then
/// regroups the latest revision of every stored article into stories and stores those.
/// </summary>
internal static class Ingestion
{
    public static async Task<IngestOutcome> RunAsync(CliContext context, IArticleStore store, IReadOnlyList<string> paths, IngestOptions options, int threads, CancellationToken ct)
    {
        var engine = context.Engine;
        var inputs = await new Workflow(context, engine, context.Reader).ProcessAsync(paths, options, threads, "ingested", ct);
        var results = store.PutMany([.. inputs.Articles.Select(a => a.Article)]);

        var fresh = inputs.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var all = store.Latest()
            .Select(article => fresh.TryGetValue(article.Id, out var analyzed) ? analyzed : engine.Analyzer.Analyze(article, ct))
            .ToList();
        var stories = engine.Grouper.Group(all);
        store.ReplaceStories(stories);
        return new IngestOutcome(inputs, results, stories, all);
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
        writer.WriteLine($"{outcome.Inputs.Articles.Count} articles read, {stored} stored, {outcome.Inputs.Failed} inputs failed; {outcome.Stories.Count} stories in the store");
    }
}
