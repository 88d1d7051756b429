namespace Parallax.Stories;

/// <summary>
/// A clusterer that goes on from a stored state (<see cref="IStoryStateSource"/>): document frequencies, index
/// postings and stories are read when first needed and then held for the run; what the run changes is recorded so
/// that only that is written back. Without a source the clusterer starts empty and records nothing.
/// </summary>
public sealed partial class IncrementalClusterer
{
    private readonly IStoryStateSource? _source;
    private readonly int _seenBefore;
    private int _nextSequence;

    // Only with a source: stories by order of creation, keys whose posting was read, and what changed.
    private readonly Dictionary<int, StoryCluster> _bySequence = [];
    private readonly HashSet<string> _fetched = new(StringComparer.Ordinal);
    private readonly HashSet<StoryCluster> _changed = [];
    private readonly HashSet<string>? _changedKeys;
    private readonly HashSet<string>? _changedPostings;

    /// <summary>Called with each stored story when it is read (the stream learns its members' copy groups).</summary>
    internal Action<StoredStory>? OnLoad { get; set; }

    /// <summary>The next story's order of creation.</summary>
    internal int NextSequence => _nextSequence;

    internal DateTimeOffset? LatestSeen => _latest;

    private bool Tracking => _source is not null;

    /// <summary>Stories created or changed in this run (live or gone), in order of creation.</summary>
    internal IReadOnlyList<StoryCluster> ChangedStories() => [.. _changed.OrderBy(s => s.Sequence)];

    /// <summary>The document frequencies of the keys observed in this run.</summary>
    internal IReadOnlyDictionary<string, int> ChangedFrequencies() =>
        (_changedKeys ?? []).ToDictionary(k => k, k => _documentFrequency[k], StringComparer.Ordinal);

    /// <summary>The postings this run changed, as story orders of creation (stories merged away left out).</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<int>> ChangedPostings() =>
        (_changedPostings ?? []).ToDictionary(
            k => k,
            k => (IReadOnlyList<int>)[.. (_index.GetValueOrDefault(k) ?? []).Where(s => s.MergedInto is null && !s.Retired && (s.Stub || s.Members.Count > 0)).Select(s => s.Sequence)],
            StringComparer.Ordinal);

    /// <summary>
    /// Takes an article out of the stored story that holds it (a new revision replaces it): the story's members and
    /// publication range no longer count it; a story left empty goes. The centroid keeps the article's terms (its
    /// vector was dropped when it settled), so the new revision, placed as a new article, usually rejoins the story.
    /// Returns whether a story held the article.
    /// </summary>
    public bool Withdraw(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (_source?.StoryHolding(articleId) is not { } sequence || Load(sequence) is not { } loaded)
        {
            return false;
        }

        var story = Live(loaded);
        var index = story.Members.FindIndex(m => string.Equals(m.Id, articleId, StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }

        story.Members.RemoveAt(index);
        Changed(story);
        story.First = story.Members.Select(m => m.Published).Aggregate((DateTimeOffset?)null, Earliest);
        story.Last = story.Members.Select(m => m.Published).Aggregate((DateTimeOffset?)null, Latest);
        if (story.Members.Count == 0)
        {
            Unindex(story);
            story.Retired = true;
            _order.Remove(story);
        }

        return true;
    }

    private void Changed(StoryCluster story)
    {
        if (Tracking)
        {
            _changed.Add(story);
        }
    }

    /// <summary>The document frequency of a key: held, else read from the source (and then held).</summary>
    private int Frequency(string key)
    {
        if (_documentFrequency.TryGetValue(key, out var df))
        {
            return df;
        }

        if (_source is null)
        {
            return 0;
        }

        df = _source.DocumentFrequency(key);
        _documentFrequency[key] = df;
        return df;
    }

    /// <summary>
    /// The index posting of a key: held, else read once from the source, its stories as stubs until they become
    /// candidates (<see cref="Fill"/>); null when no story is indexed under it.
    /// </summary>
    private List<StoryCluster>? Posting(string key)
    {
        if (_index.TryGetValue(key, out var posting))
        {
            return posting;
        }

        if (_source is null || !_fetched.Add(key))
        {
            return null;
        }

        var stories = new List<StoryCluster>();
        foreach (var (sequence, id) in _source.Posting(key))
        {
            if (!_bySequence.TryGetValue(sequence, out var story))
            {
                story = new StoryCluster(id) { Sequence = sequence, Stub = true };
                _bySequence[sequence] = story;
            }

            stories.Add(story);
        }

        if (stories.Count == 0)
        {
            return null;
        }

        _index[key] = stories;
        return stories;
    }

    /// <summary>The story with this order of creation, its content read; null when it no longer exists.</summary>
    private StoryCluster? Load(int sequence)
    {
        if (!_bySequence.TryGetValue(sequence, out var story))
        {
            if (_source?.Story(sequence) is not { } stored)
            {
                return null;
            }

            story = new StoryCluster(stored.Id) { Sequence = sequence, Stub = true };
            _bySequence[sequence] = story;
            Absorb(story, stored);
            return story;
        }

        return Fill(story) ? story : null;
    }

    /// <summary>Reads the content of a story named by a posting; false when it no longer exists in the store.</summary>
    private bool Fill(StoryCluster story)
    {
        if (!story.Stub)
        {
            return true;
        }

        if (_source?.Story(story.Sequence) is not { } stored)
        {
            // Gone from the store since the posting was written: treat it as retired.
            story.Stub = false;
            story.Retired = true;
            return false;
        }

        Absorb(story, stored);
        return true;
    }

    private void Absorb(StoryCluster story, StoredStory stored)
    {
        story.Stub = false;
        story.First = stored.First;
        story.Last = stored.Last;
        story.DatedMembers = stored.DatedMembers;
        story.MonthDatedMembers = stored.MonthDatedMembers;
        story.CentroidNorm = stored.CentroidNorm;
        story.Retired = stored.Retired;
        story.Members.AddRange(stored.Members.Select(m => new StoryFeatures(m.Id, m.Title, m.Outlet, m.Published, NoTerms, [], [])));
        foreach (var (key, value) in stored.Centroid)
        {
            story.Centroid[key] = value;
        }

        story.EventDates.UnionWith(stored.EventDates);
        _stories[story.Id] = story;
        if (!story.Retired)
        {
            _active.Add(story);
        }

        OnLoad?.Invoke(stored);
    }
}
