using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Storage;

/// <summary>
/// What an update of the store did: what storing each article did, how many articles were placed in stories, how many
/// stories were created, changed or removed, and whether all stories were regrouped.
/// </summary>
public sealed record StoryUpdateResult(IReadOnlyList<StoreResult> Results, int Placed, int StoriesChanged, bool Rebuilt);

/// <summary>
/// Stores analysed articles and places them in the stored stories, in one transaction (a failure leaves the store
/// as it was). Incremental: the new articles go through a <see cref="StoryStream"/> that goes on from the stored
/// state, so they are weighed against the candidate stories the index names, never against every stored article,
/// and no stored article is analysed again. The articles placed are the latest revision of each input's source
/// that no story holds yet; an earlier revision held by a story is withdrawn from it first. A store without
/// stream state (older schema, stories replaced) or a rebuild asked for regroups every stored article as one
/// batch, analysing the stored ones with the analysis function given.
/// </summary>
public static class StoryUpdates
{
    public static StoryUpdateResult Ingest(
        IArticleStore store,
        IReadOnlyList<AnalyzedArticle> articles,
        StoryGrouper grouper,
        Func<Article, AnalyzedArticle> analyze,
        bool rebuild = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(grouper);
        ArgumentNullException.ThrowIfNull(analyze);
        using var update = store.BeginUpdate();
        var results = update.PutMany([.. articles.Select(a => a.Article)]);
        var fresh = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        foreach (var analysed in articles)
        {
            fresh[analysed.Article.Id] = analysed;
        }

        (int Placed, int Changed) placed;
        rebuild |= update.NeedsRebuild;
        if (rebuild)
        {
            update.ClearStories();
            var all = update.Latest().Select(a => fresh.GetValueOrDefault(a.Id) ?? analyze(a)).ToList();
            placed = Place(update, grouper, all, []);
        }
        else
        {
            var block = LatestPerSource(articles).Where(a => update.StoryHolding(a.Article.Id) is null).ToList();
            var superseded = block.SelectMany(a => update.OtherRevisionsInStories(a.Article.Id)).ToList();
            placed = Place(update, grouper, block, superseded);
        }

        update.Commit();
        return new StoryUpdateResult(results, placed.Placed, placed.Changed, rebuild);
    }

    private static (int Placed, int Changed) Place(IStoreUpdate update, StoryGrouper grouper, List<AnalyzedArticle> block, List<string> withdrawn)
    {
        var stream = new StoryStream(grouper.Options, grouper.Extractor, update);
        foreach (var id in withdrawn)
        {
            stream.Withdraw(id);
        }

        if (block.Count > 0)
        {
            stream.Add([.. block.Select(a => a.Article)], [.. block.Select(grouper.Extractor.From)]);
        }

        var changes = stream.Changes();
        update.Save(changes);
        return (block.Count, changes.Stories.Count + changes.Removed.Count);
    }

    /// <summary>Per source (<see cref="ArticleIds.SourceKey"/>), its last input, in the order the sources first appear.</summary>
    private static IEnumerable<AnalyzedArticle> LatestPerSource(IReadOnlyList<AnalyzedArticle> articles)
    {
        var order = new List<string>();
        var last = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        foreach (var analysed in articles)
        {
            var key = ArticleIds.SourceKey(analysed.Article.Url, analysed.Article.SourceName);
            if (!last.ContainsKey(key))
            {
                order.Add(key);
            }

            last[key] = analysed;
        }

        return order.Select(k => last[k]);
    }
}
