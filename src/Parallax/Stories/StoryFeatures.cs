namespace Parallax.Stories;

/// <summary>
/// What the story clusterer needs of an article: content-term counts (lowercase, stop words removed),
/// canonical entity names, resolved event dates and the publication date.
/// </summary>
public sealed record StoryFeatures(
    string Id,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyList<string> Entities,
    IReadOnlyList<DateOnly> EventDates);
