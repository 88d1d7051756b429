namespace Parallax.Stories;

/// <summary>A member of a stored story as the stream keeps it once its features are dropped: what a story view needs.</summary>
public sealed record StoredMember(string Id, string Title, string? Outlet, DateTimeOffset? Published, string? CopyGroup);

/// <summary>
/// What the stream keeps of a story between runs: its members, its centroid (terms in the order the clusterer holds
/// them, with its norm), event dates, how many members state one, its publication range, its order of creation and
/// whether it retired from the candidate index.
/// </summary>
public sealed record StoredStory(
    string Id,
    int Sequence,
    IReadOnlyList<StoredMember> Members,
    IReadOnlyList<KeyValuePair<string, double>> Centroid,
    double CentroidNorm,
    IReadOnlyList<DateOnly> EventDates,
    int DatedMembers,
    int MonthDatedMembers,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    bool Retired);

/// <summary>The stream's counters: articles seen (the idf's N), the latest publication date seen, the next story's order of creation.</summary>
public sealed record StreamTotals(int ArticlesSeen, DateTimeOffset? Latest, int NextSequence)
{
    public static readonly StreamTotals Empty = new(0, null, 0);
}

/// <summary>
/// The stored state of a story stream, read on demand: the clusterer asks only for the document frequencies of the
/// features it weighs, the index postings of the features it looks up and the stories those postings name, so a run
/// costs what its articles touch, not what the store holds.
/// </summary>
public interface IStoryStateSource
{
    StreamTotals Totals { get; }

    /// <summary>Articles seen so far that have this feature key (0 when never seen).</summary>
    int DocumentFrequency(string key);

    /// <summary>
    /// The stories indexed under this key that still exist and are not retired, in the order they were indexed, as
    /// (order of creation, id); empty when none.
    /// </summary>
    IReadOnlyList<(int Sequence, string Id)> Posting(string key);

    /// <summary>The stored story with this order of creation, or null when it no longer exists.</summary>
    StoredStory? Story(int sequence);

    /// <summary>Whether a stored story has this id.</summary>
    bool StoryIdTaken(string storyId);

    /// <summary>Stories not yet retired whose last article is older than <paramref name="cutoff"/>.</summary>
    IReadOnlyList<int> Retiring(DateTimeOffset cutoff);

    /// <summary>The story holding this article, or null.</summary>
    int? StoryHolding(string articleId);
}

/// <summary>A story that a run created or changed: its state and its view.</summary>
public sealed record StoryChange(StoredStory State, Story View);

/// <summary>
/// What a run of the stream changed, to be written back: the counters, the document frequencies and postings of the
/// keys it touched, the stories it created or changed (in order of creation) and the ids of stories that no longer
/// exist (merged into another, or left without members).
/// </summary>
public sealed record StreamChanges(
    StreamTotals Totals,
    IReadOnlyDictionary<string, int> DocumentFrequencies,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Postings,
    IReadOnlyList<StoryChange> Stories,
    IReadOnlyList<string> Removed);
