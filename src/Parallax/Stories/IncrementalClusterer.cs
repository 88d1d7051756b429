using Parallax.Facts;
using Parallax.Hashing;

namespace Parallax.Stories;

/// <summary>A story as the clusterer holds it: members in arrival order and the feature centroid.</summary>
public sealed class StoryCluster
{
    internal StoryCluster(string id) => Id = id;

    public string Id { get; }

    public List<StoryFeatures> Members { get; } = [];

    public DateTimeOffset? First { get; internal set; }

    public DateTimeOffset? Last { get; internal set; }

    internal Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

    internal HashSet<DateOnly> EventDates { get; } = [];

    /// <summary>Members that state an event date (settled members still count).</summary>
    internal int DatedMembers { get; set; }

    /// <summary>Members that state at least a month of the event (<see cref="IncrementalClusterer.StatesMonth"/>; settled members still count).</summary>
    internal int MonthDatedMembers { get; set; }

    internal double CentroidNorm { get; set; }

    /// <summary>Order of creation among the clusterer's stories; the older of two merged stories survives.</summary>
    internal int Sequence { get; init; }

    /// <summary>The story this one was merged into, or null while it is live.</summary>
    internal StoryCluster? MergedInto { get; set; }

    /// <summary>Out of reach of new articles (too old for the time decay to let any join): no longer indexed.</summary>
    internal bool Retired { get; set; }

    /// <summary>Read from a stored state as a name only (order of creation, id): its content is read when it becomes a candidate.</summary>
    internal bool Stub { get; set; }

    /// <summary>Scratch of the candidate lookup: the query that last found this story and the weight shared with it.</summary>
    internal long QueryStamp { get; set; }

    internal double QueryWeight { get; set; }
}

/// <summary>
/// Online single-pass story clustering (in the manner of the TDT "first story detection" systems):
/// each article is a tf-idf vector of content terms and boosted entity names, document frequencies
/// learnt online; candidate stories come from an inverted index over the article's rare features;
/// the article joins the candidate whose centroid is most similar (cosine, time-decayed), or starts a
/// new story when none passes <see cref="ClusteringOptions.Threshold"/>. An article that passes the threshold
/// with several stories whose centroids are close (<see cref="ClusteringOptions.MergeThreshold"/>) merges them,
/// which undoes the fragmentation of single-pass clustering. Story ids are stable: "s" and 12 hex digits of the
/// hash of the first article id; a merged story keeps the older id and <see cref="Resolve"/> redirects the other.
/// </summary>
public sealed partial class IncrementalClusterer
{
    private readonly ClusteringOptions _options;
    private readonly StoryFeatureExtractor _extractor;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoryCluster>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryCluster> _stories = new(StringComparer.Ordinal);
    private readonly StoryList _order = [];
    private long _queryStamp;
    private readonly Dictionary<string, StoryCluster> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _vectors = new(StringComparer.Ordinal);

    public IncrementalClusterer(ClusteringOptions? options = null, StoryFeatureExtractor? extractor = null, IStoryStateSource? source = null)
    {
        _options = options ?? ClusteringOptions.Default;
        _extractor = extractor ?? new StoryFeatureExtractor();
        _source = source;
        if (source?.Totals is { } totals)
        {
            (_seenBefore, _latest, _nextSequence) = (totals.ArticlesSeen, totals.Latest, totals.NextSequence);
            _changedKeys = new(StringComparer.Ordinal);
            _changedPostings = new(StringComparer.Ordinal);
        }
    }

    /// <summary>The stories formed so far, in order of creation.</summary>
    public IReadOnlyList<StoryCluster> Stories => _order;

    public int ArticlesSeen => _seenBefore + _observed.Count;

    public string Assign(AnalyzedArticle article) => Assign(_extractor.From(article));

    /// <summary>Puts the article in the best matching story (or a new one) and returns that story's id.</summary>
    public string Assign(StoryFeatures features)
    {
        Observe(features);
        var vector = Vectorize(features);
        StoryCluster? best = null;
        var bestScore = 0.0;
        var passing = new List<StoryCluster>();
        foreach (var candidate in Candidates(vector))
        {
            var score = Score(vector, features, candidate);
            if (score >= _options.Threshold)
            {
                passing.Add(candidate);
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        var story = best is not null && bestScore >= _options.Threshold ? best : NewStory(features.Id);
        Join(story, features, vector);
        foreach (var other in passing)
        {
            if (other != story && other.MergedInto is null && story.MergedInto is null && CentroidCosine(story, other) >= _options.MergeThreshold)
            {
                story = Merge(story, other);
            }
        }

        return story.Id;
    }

    /// <summary>The live story of an article assigned and not yet settled.</summary>
    public string StoryOf(string articleId) => Live(_storyOf[articleId]).Id;

    /// <summary>The live story a story id stands for (after merges).</summary>
    internal StoryCluster Story(string storyId) => Live(_stories[storyId]);

    /// <summary>The live story a story id now stands for (itself, or the story it was merged into).</summary>
    public string Resolve(string storyId) => Live(_stories[storyId]).Id;

    private static StoryCluster Live(StoryCluster story)
    {
        while (story.MergedInto is { } into)
        {
            story = into;
        }

        return story;
    }

    private static double CentroidCosine(StoryCluster a, StoryCluster b) =>
        a.CentroidNorm <= 0 ? 0 : Cosine(a.Centroid, b.Centroid, b.CentroidNorm) / a.CentroidNorm;

    /// <summary>
    /// Merges two stories that an article bridges (it passes the threshold with both, and their centroids are
    /// close): the older story takes the other's members, dates and features; the other's id redirects to it.
    /// </summary>
    private StoryCluster Merge(StoryCluster a, StoryCluster b)
    {
        var (keep, gone) = a.Sequence <= b.Sequence ? (a, b) : (b, a);
        Changed(keep);
        Changed(gone);
        keep.Members.AddRange(gone.Members);
        keep.First = Earliest(keep.First, gone.First);
        keep.Last = Latest(keep.Last, gone.Last);
        keep.EventDates.UnionWith(gone.EventDates);
        keep.DatedMembers += gone.DatedMembers;
        keep.MonthDatedMembers += gone.MonthDatedMembers;
        foreach (var (key, value) in gone.Centroid)
        {
            keep.Centroid[key] = keep.Centroid.GetValueOrDefault(key) + value;
            Index(key, keep);
        }

        keep.CentroidNorm = Math.Sqrt(keep.Centroid.Values.Sum(v => v * v));
        gone.MergedInto = keep;
        _order.Remove(gone);
        Unindex(gone);
        return keep;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a <= b ? a : b;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a >= b ? a : b;

    /// <summary>Forces the article into an existing story (a syndicated copy follows its original).</summary>
    public void AssignTo(string storyId, StoryFeatures features)
    {
        Observe(features);
        Join(Live(_stories[storyId]), features, Vectorize(features));
    }

    /// <summary>
    /// Learns the document frequencies of an article without assigning it. Feeding a batch here first
    /// gives the first articles of the batch the same idf weights as the last. Each id counts once.
    /// </summary>
    public void Observe(StoryFeatures features)
    {
        if (!_observed.Add(features.Id))
        {
            return;
        }

        foreach (var key in Keys(features))
        {
            _documentFrequency[key] = Frequency(key) + 1;
            _changedKeys?.Add(key);
        }
    }

    /// <summary>The time-decayed cosine of two articles under the current document frequencies.</summary>
    public double Similarity(StoryFeatures a, StoryFeatures b)
    {
        var va = Vectorize(a);
        var vb = Vectorize(b);
        var decay = Decay(a.Published, b.Published, b.Published) * DateFactor(a.EventDates, b.EventDates);
        return Cosine(va, vb, 1.0) * decay;
    }

    public static string StoryIdFor(string firstArticleId) => "s" + StableHash.Hex(StableHash.Of(firstArticleId.AsSpan()))[..12];

    private StoryCluster NewStory(string firstArticleId)
    {
        var id = StoryIdFor(firstArticleId);
        var unique = id;
        for (var n = 2; _stories.ContainsKey(unique) || (_source?.StoryIdTaken(unique) ?? false); n++)
        {
            unique = $"{id}-{n}";
        }

        var story = new StoryCluster(unique) { Sequence = _nextSequence++ };
        _stories[unique] = story;
        Changed(story);
        _order.Add(story);
        _active.Add(story);
        return story;
    }
}
