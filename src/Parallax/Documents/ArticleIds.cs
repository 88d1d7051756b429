using Parallax.Hashing;

namespace Parallax.Documents;

/// <summary>How article ids are formed: the same clean text from the same source always gets the same id.</summary>
public static class ArticleIds
{
    /// <summary>The key that identifies "the same page" across revisions: its URL, else the input name.</summary>
    public static string SourceKey(string? url, string sourceName) => string.IsNullOrWhiteSpace(url) ? sourceName : url.Trim();

    /// <summary>
    /// A 12-hex-digit id of a source key and its clean text. Two outlets carrying the same wire text keep
    /// two ids; one page fetched twice unchanged keeps one.
    /// </summary>
    public static string For(string sourceKey, string cleanText) =>
        StableHash.Hex(StableHash.Of(cleanText.AsSpan(), StableHash.Of(sourceKey.AsSpan())))[..12];

    /// <summary>The hash of the clean text alone, for exact-duplicate detection across sources.</summary>
    public static string ContentHash(string cleanText) => StableHash.Hex(StableHash.Of(cleanText.AsSpan()));
}
