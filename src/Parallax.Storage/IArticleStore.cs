using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Storage;

/// <summary>What storing an article did.</summary>
public enum StoreResult
{
    /// <summary>The first article of its source (<see cref="ArticleIds.SourceKey"/>).</summary>
    Added,

    /// <summary>Its source already has this exact article (same id): nothing was written.</summary>
    Unchanged,

    /// <summary>Its source was stored before with another text; this one is now the latest revision.</summary>
    NewRevision,
}

/// <summary>A short view of a stored article for listings.</summary>
public sealed record ArticleSummary(
    string Id,
    string SourceName,
    string? Url,
    string? Outlet,
    string? Title,
    DateTimeOffset? Published,
    int Revision,
    int Length);

/// <summary>
/// Where articles and stories live between runs. Articles are keyed by id; articles sharing a source key
/// (<see cref="ArticleIds.SourceKey"/>: the URL, else the input name) are revisions of one page, the latest
/// stored one being current. Every method that writes does so in one transaction: when it throws, the store
/// is as it was. Failures of the store itself throw <see cref="StoreException"/>. An instance is not
/// thread-safe; open one per thread or worker.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The schema version of the open store.</summary>
    int SchemaVersion { get; }

    StoreResult Put(Article article);

    /// <summary>Stores several articles in one transaction: all or none.</summary>
    IReadOnlyList<StoreResult> PutMany(IReadOnlyList<Article> articles);

    /// <summary>The article with this id, or with the only id starting with this prefix; null when none.</summary>
    /// <exception cref="StoreException">The prefix matches more than one article.</exception>
    Article? Get(string idOrPrefix);

    /// <summary>The latest revision of every source, in the order the sources were first stored.</summary>
    IReadOnlyList<Article> Latest();

    /// <summary>Summaries of the latest revision of every source, in the order of <see cref="Latest"/>.</summary>
    IReadOnlyList<ArticleSummary> List();

    /// <summary>Ids of latest revisions matching every word of <paramref name="query"/>, best first (bm25, title weighted).</summary>
    IReadOnlyList<string> Search(string query, int limit);

    /// <summary>
    /// Replaces all stories by these, in one transaction; every article id must be stored. The stored story-stream
    /// state is dropped, so the next <see cref="BeginUpdate"/> reports <see cref="IStoreUpdate.NeedsRebuild"/>.
    /// </summary>
    void ReplaceStories(IReadOnlyList<Story> stories);

    /// <summary>
    /// Opens one write transaction in which articles are stored and the story-stream state is read and written
    /// back; nothing is kept unless <see cref="IStoreUpdate.Commit"/> is called before it is disposed. While it is
    /// open, the store's reads see it and its other writes are refused.
    /// </summary>
    IStoreUpdate BeginUpdate();

    /// <summary>How many stories are stored.</summary>
    int CountStories();

    /// <summary>The stories holding any of these articles, in the order the stories were stored.</summary>
    IReadOnlyList<Story> StoriesWith(IReadOnlyCollection<string> articleIds);

    IReadOnlyList<Story> Stories();

    /// <summary>
    /// Stories holding an article that matches every word of <paramref name="query"/> (as <see cref="Search"/>),
    /// best first: ranked by their best matching article.
    /// </summary>
    IReadOnlyList<Story> SearchStories(string query, int limit);

    /// <summary>The story with this id, or with the only id starting with this prefix; null when none.</summary>
    /// <exception cref="StoreException">The prefix matches more than one story.</exception>
    Story? GetStory(string idOrPrefix);
}

/// <summary>
/// One open write transaction of an <see cref="IArticleStore"/>: stores articles and serves and takes the
/// story-stream state (<see cref="IStoryStateSource"/>, <see cref="StreamChanges"/>). Disposing it without
/// <see cref="Commit"/> rolls everything back.
/// </summary>
public interface IStoreUpdate : IStoryStateSource, IDisposable
{
    /// <summary>The store holds articles but no story-stream state (an older store, or stories replaced): regroup all.</summary>
    bool NeedsRebuild { get; }

    IReadOnlyList<StoreResult> PutMany(IReadOnlyList<Article> articles);

    /// <summary>The latest revision of every source (as <see cref="IArticleStore.Latest"/>), this update's articles included.</summary>
    IReadOnlyList<Article> Latest();

    /// <summary>Ids of articles held by a story that are other revisions of the source of <paramref name="articleId"/>.</summary>
    IReadOnlyList<string> OtherRevisionsInStories(string articleId);

    /// <summary>Drops every story and the whole story-stream state.</summary>
    void ClearStories();

    /// <summary>Writes back what a story stream changed.</summary>
    void Save(StreamChanges changes);

    void Commit();
}
