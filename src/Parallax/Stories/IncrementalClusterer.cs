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

    internal double CentroidNorm { get; set; }
}

/// <summary>
/// Online single-pass story clustering (in the manner of the TDT "first story detection" systems):
/// each article is a tf-idf vector of content terms and boosted entity names, document frequencies
/// learnt online; candidate stories come from an inverted index over the article's rare features;
/// the article joins the candidate whose centroid is most similar (cosine, time-decayed), or starts a
/// new story when none passes <see cref="ClusteringOptions.Threshold"/>. Story ids are stable: "s" and
/// 12 hex digits of the hash of the first article id.
/// </summary>
public sealed partial class IncrementalClusterer
{
    private readonly ClusteringOptions _options;
    private readonly StoryFeatureExtractor _extractor;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoryCluster>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryCluster> _stories = new(StringComparer.Ordinal);
    private readonly List<StoryCluster> _order = [];

    public IncrementalClusterer(ClusteringOptions? options = null, StoryFeatureExtractor? extractor = null)
    {
        _options = options ?? ClusteringOptions.Default;
        _extractor = extractor ?? new StoryFeatureExtractor();
    }

    /// <summary>The stories formed so far, in order of creation.</summary>
    public IReadOnlyList<StoryCluster> Stories => _order;

    public int ArticlesSeen => _observed.Count;

    public string Assign(AnalyzedArticle article) => Assign(_extractor.From(article));

    /// <summary>Puts the article in the best matching story (or a new one) and returns that story's id.</summary>
    public string Assign(StoryFeatures features)
    {
        Observe(features);
        var vector = Vectorize(features);
        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var candidate in Candidates(vector))
        {
            var score = Score(vector, features, candidate);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        var story = best is not null && bestScore >= _options.Threshold ? best : NewStory(features.Id);
        Join(story, features, vector);
        return story.Id;
    }

    /// <summary>Forces the article into an existing story (a syndicated copy follows its original).</summary>
    public void AssignTo(string storyId, StoryFeatures features)
    {
        Observe(features);
        Join(_stories[storyId], features, Vectorize(features));
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
            _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
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
        for (var n = 2; _stories.ContainsKey(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        var story = new StoryCluster(unique);
        _stories[unique] = story;
        _order.Add(story);
        return story;
    }
}
