namespace Parallax.Stories;

/// <summary>
/// What the story clusterer needs of an article: content-term counts (lowercase, stop words removed),
/// canonical entity names, resolved event dates and the publication date; places and time keys when the
/// text stages found them.
/// </summary>
public sealed record StoryFeatures(
    string Id,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyList<string> Entities,
    IReadOnlyList<DateOnly> EventDates)
{
    /// <summary>Canonical place names (lowercase) that the text mentions, one entry per mention.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>
    /// Time keys of the TIMEX3 date values the text states: the year ("2008"), year and month ("2008-12") and,
    /// for a day, its month and day ("12-06", which also matches a date whose year was not resolved).
    /// </summary>
    public IReadOnlyList<string> Times { get; init; } = [];
}
