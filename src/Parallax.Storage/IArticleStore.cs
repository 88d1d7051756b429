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

    /// <summary>Replaces all stories by these, in one transaction; every article id must be stored.</summary>
    void ReplaceStories(IReadOnlyList<Story> stories);

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
