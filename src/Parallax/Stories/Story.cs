namespace Parallax.Stories;

/// <summary>
/// Articles about one real-world event. <see cref="IndependentSources"/> counts syndication groups, not
/// articles: copies of one agency text count once.
/// </summary>
public sealed record Story(
    string Id,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    int IndependentSources,
    DateTimeOffset? First,
    DateTimeOffset? Last);
