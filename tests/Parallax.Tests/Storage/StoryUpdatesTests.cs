using Parallax.Documents;
using Parallax.Facts;
using Parallax.Storage;
using Parallax.Storage.Sqlite;
using Parallax.Stories;

namespace Parallax.Tests.Storage;

/// <summary>Ingest that places only the new articles in the stored stories (<see cref="StoryUpdates"/>).</summary>
public sealed class StoryUpdatesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StoryGrouper _grouper = new();
    private int _analysed;

    public void Dispose() => _folder.Dispose();

    private SqliteArticleStore Open(string name = "store.db") => new(Path.Combine(_folder.Path, name));

    /// <summary>Analysis of a stored article for a rebuild: counted, and built as the generated ones are.</summary>
    private AnalyzedArticle Analyse(Article article)
    {
        _analysed++;
        return new AnalyzedArticle(article, [], [], [], [], []);
    }

    /// <summary>Ingests the articles in the given steps, closing and reopening the store between steps.</summary>
    private IReadOnlyList<Story> IngestInSteps(string name, IReadOnlyList<AnalyzedArticle> articles, params int[] steps)
    {
        var at = 0;
        foreach (var size in steps)
        {
            using var store = Open(name);
            StoryUpdates.Ingest(store, [.. articles.Skip(at).Take(size)], _grouper, Analyse);
            at += size;
        }

        using var final = Open(name);
        return final.Stories();
    }

    [Fact]
    public void Ingesting_in_steps_gives_the_stories_of_one_step()
    {
        // Given a generated stream of 6 events of different kinds with 5 reports each
        var articles = StreamKit.Generate(events: 6, reports: 5);

        // When it is ingested at once, and in three steps into another store
        var once = IngestInSteps("once.db", articles, articles.Count);
        var steps = IngestInSteps("steps.db", articles, 10, 10, 10);

        // Then both stores hold the same stories, one per event
        Assert.Equal(6, once.Count);
        Assert.Equal(StreamKit.Partition(once), StreamKit.Partition(steps));
        Assert.Equal(once.Select(s => s.Id).Order(StringComparer.Ordinal), steps.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ingest_in_steps_through_the_store_is_the_stream_of_those_blocks_in_memory()
    {
        // Given a generated stream cut into blocks of unequal size
        var articles = StreamKit.Generate(events: 8, reports: 5, seed: 11);
        int[] blocks = [7, 13, 1, 19];

        // When the blocks go through an in-memory story stream and through ingests into a store, reopened each time
        var stream = new StoryStream();
        var at = 0;
        foreach (var size in blocks)
        {
            var block = articles.Skip(at).Take(size).ToList();
            stream.Add([.. block.Select(a => a.Article)], [.. block.Select(_grouper.Extractor.From)]);
            at += size;
        }

        var stored = IngestInSteps("store.db", articles, blocks);

        // Then the stored stories are the stream's: ids, members in order, outlets, sources and dates
        static string Describe(Story s) => $"{s.Id}|{string.Join(",", s.ArticleIds)}|{string.Join(",", s.Outlets)}|{s.IndependentSources}|{s.First:o}|{s.Last:o}|{s.Title}";
        Assert.Equal(stream.Stories().Select(Describe), stored.Select(Describe));
    }

    [Fact]
    public void Stored_articles_are_not_analysed_again()
    {
        // Given a store holding a first step of the stream
        var articles = StreamKit.Generate(events: 6, reports: 3);
        using var store = Open();
        StoryUpdates.Ingest(store, [.. articles.Take(9)], _grouper, Analyse);

        // When the next steps are ingested
        StoryUpdates.Ingest(store, [.. articles.Skip(9).Take(5)], _grouper, Analyse);
        StoryUpdates.Ingest(store, [.. articles.Skip(14)], _grouper, Analyse);

        // Then no stored article was analysed again, and every article is in a story
        Assert.Equal(0, _analysed);
        Assert.Equal(articles.Count, store.Stories().Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public void A_rebuild_regroups_every_stored_article_as_one_step_does()
    {
        // Given a stream ingested in two steps
        var articles = StreamKit.Generate(events: 5, reports: 3);
        using var store = Open();
        StoryUpdates.Ingest(store, [.. articles.Take(8)], _grouper, Analyse);
        StoryUpdates.Ingest(store, [.. articles.Skip(8)], _grouper, Analyse);

        // When the stories are rebuilt
        var result = StoryUpdates.Ingest(store, [], _grouper, Analyse, rebuild: true);

        // Then every stored article was analysed and the stories are the batch grouping of all of them
        Assert.True(result.Rebuilt);
        Assert.Equal(articles.Count, _analysed);
        var batch = _grouper.Group(articles);
        Assert.Equal(batch.Select(s => (s.Id, string.Join(",", s.ArticleIds))), store.Stories().Select(s => (s.Id, string.Join(",", s.ArticleIds))));
    }

    [Fact]
    public void A_failed_ingest_leaves_the_store_as_it_was()
    {
        // Given a store with a first step, and a rebuild whose analysis of stored articles fails half way
        var articles = StreamKit.Generate(events: 4, reports: 3);
        using var store = Open();
        StoryUpdates.Ingest(store, [.. articles.Take(6)], _grouper, Analyse);
        var before = store.Stories().Select(s => (s.Id, string.Join(",", s.ArticleIds))).ToList();
        var calls = 0;
        AnalyzedArticle Failing(Article article) => ++calls > 3 ? throw new InvalidOperationException("analysis failed") : Analyse(article);

        // When the next step is ingested with that rebuild
        Assert.Throws<InvalidOperationException>(() => StoryUpdates.Ingest(store, [.. articles.Skip(6)], _grouper, Failing, rebuild: true));

        // Then the new articles were not kept, the stories are unchanged, and the next ingest goes on from the old state
        Assert.All(articles.Skip(6), a => Assert.Null(store.Get(a.Article.Id)));
        Assert.Equal(before, store.Stories().Select(s => (s.Id, string.Join(",", s.ArticleIds))));
        var next = StoryUpdates.Ingest(store, [.. articles.Skip(6)], _grouper, Analyse);
        Assert.False(next.Rebuilt);
        Assert.Equal(articles.Count, store.Stories().Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public void A_new_revision_takes_the_place_of_the_old_one_in_its_story()
    {
        // Given a store with a generated stream
        var articles = StreamKit.Generate(events: 3, reports: 4);
        using var store = Open();
        StoryUpdates.Ingest(store, articles, _grouper, Analyse);
        var old = articles[5].Article;
        var storyBefore = store.StoriesWith([old.Id]).Single();

        // When a new revision of one article (same URL, an added sentence) is ingested
        var text = old.Text + " Officials gave no further details.";
        var revised = old with { Id = ArticleIds.For(old.Url!, text), Text = text, Input = text, Map = OffsetMap.Identity(text.Length) };
        var result = StoryUpdates.Ingest(store, [new AnalyzedArticle(revised, [], [], [], [], [])], _grouper, Analyse);

        // Then it is a new revision, it holds the old one's place in the same story, and the old one is in no story
        Assert.Equal(StoreResult.NewRevision, Assert.Single(result.Results));
        var storyAfter = store.StoriesWith([revised.Id]).Single();
        Assert.Equal(storyBefore.Id, storyAfter.Id);
        Assert.DoesNotContain(old.Id, storyAfter.ArticleIds);
        Assert.Equal(storyBefore.ArticleIds.Count, storyAfter.ArticleIds.Count);
        Assert.Empty(store.StoriesWith([old.Id]));
        Assert.Equal(articles.Count, store.Stories().Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public void A_store_whose_stories_were_replaced_is_regrouped_on_the_next_ingest()
    {
        // Given a store whose stories were replaced from outside the stream
        var articles = StreamKit.Generate(events: 3, reports: 2);
        using var store = Open();
        StoryUpdates.Ingest(store, [.. articles.Take(4)], _grouper, Analyse);
        store.ReplaceStories([new Story("s-manual", "Manual", [articles[0].Article.Id], [], 1, null, null)]);

        // When more articles are ingested
        var result = StoryUpdates.Ingest(store, [.. articles.Skip(4)], _grouper, Analyse);

        // Then every stored article was regrouped
        Assert.True(result.Rebuilt);
        Assert.Equal(4, _analysed);
        Assert.Equal(StreamKit.Partition(_grouper.Group(articles)), StreamKit.Partition(store.Stories()));
    }
}
