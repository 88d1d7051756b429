using Parallax.Facts;
using Parallax.Pipeline;

namespace Parallax.Stories;

/// <summary>Options of <see cref="StoryGrouper"/>: copy detection and story clustering.</summary>
public sealed record StoryGrouperOptions
{
    public static readonly StoryGrouperOptions Default = new();

    public CopyDetectionOptions Copies { get; init; } = CopyDetectionOptions.Default;

    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;
}

/// <summary>Stories of a batch together with the copy groups found on the way.</summary>
public sealed record StoryGrouping(IReadOnlyList<Story> Stories, CopyGroups Copies);

/// <summary>
/// Groups analysed articles into stories: copies (exact, near, syndicated) are found first and always
/// share a story; the other articles go through the <see cref="IncrementalClusterer"/> in publication
/// order, then refinement passes, then rounds of splitting stories that hold two events, merging stories of one
/// event and settling passes. Document frequencies are learnt from the whole batch before assignment.
/// </summary>
public sealed class StoryGrouper : IStoryGrouper
{
    private readonly StoryGrouperOptions _options;
    private readonly CopyDetector _copies;
    private readonly StoryFeatureExtractor _extractor;

    public StoryGrouper(StoryGrouperOptions? options = null, StoryFeatureExtractor? extractor = null)
    {
        _options = options ?? StoryGrouperOptions.Default;
        _copies = new CopyDetector(_options.Copies);
        _extractor = extractor ?? new StoryFeatureExtractor();
    }

    public IReadOnlyList<Story> Group(IReadOnlyList<AnalyzedArticle> articles) => GroupDetailed(articles).Stories;

    public StoryGrouping GroupDetailed(IReadOnlyList<AnalyzedArticle> articles) =>
        GroupFeatures(articles.Select(a => a.Article).ToList(), articles.Select(_extractor.From).ToList());

    /// <summary>Groups articles whose features were built elsewhere (same order as <paramref name="articles"/>).</summary>
    public StoryGrouping GroupFeatures(IReadOnlyList<Documents.Article> articles, IReadOnlyList<StoryFeatures> features)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(features.Count, articles.Count);
        var copies = _copies.Detect(articles);
        var clusterer = new IncrementalClusterer(_options.Clustering, _extractor);
        foreach (var f in features)
        {
            clusterer.Observe(f);
        }

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in PublicationOrder(features))
        {
            var id = features[i].Id;
            var group = copies.Syndication.GetValueOrDefault(id, id);
            if (storyOf.TryGetValue(group, out var existing))
            {
                clusterer.AssignTo(existing, features[i]);
                storyOf[id] = existing;
                continue;
            }

            var story = clusterer.Assign(features[i]);
            storyOf[group] = story;
            storyOf[id] = story;
        }

        // Refinement: articles without copies reconsider their story now that all stories exist.
        var followed = copies.Syndication.Where(p => !string.Equals(p.Key, p.Value, StringComparison.Ordinal)).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        void Refine(int passes)
        {
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var i in PublicationOrder(features))
                {
                    var id = features[i].Id;
                    var copy = copies.Syndication.TryGetValue(id, out var group) && !string.Equals(group, id, StringComparison.Ordinal);
                    if (!copy && !followed.Contains(id))
                    {
                        clusterer.Reassign(features[i]);
                    }
                }
            }
        }

        Refine(_options.Clustering.RefinePasses);

        // Stories holding two events split, stories of one event merge (relative tests, see ClusteringOptions.CohesionRatio);
        // then articles settle in the stories that now exist.
        for (var round = 0; round < _options.Clustering.SplitRounds; round++)
        {
            clusterer.SplitStories();
            clusterer.MergeStories();
            Refine(_options.Clustering.SettlePasses);
        }
        var stories = clusterer.Stories.Select(s => ToStory(s, copies)).ToList();
        return new StoryGrouping(stories, copies);
    }

    /// <summary>Indexes sorted by publication date (undated last), input order breaking ties.</summary>
    internal static IEnumerable<int> PublicationOrder(IReadOnlyList<StoryFeatures> features) =>
        Enumerable.Range(0, features.Count)
            .OrderBy(i => features[i].Published is null ? 1 : 0)
            .ThenBy(i => features[i].Published ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i);

    private static Story ToStory(StoryCluster cluster, CopyGroups copies)
    {
        var ids = cluster.Members.Select(m => m.Id).ToList();
        var earliest = cluster.Members
            .Select((m, i) => (m, i))
            .OrderBy(p => p.m.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.i)
            .First().m;
        var outlets = cluster.Members
            .Select(m => m.Outlet)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Story(cluster.Id, earliest.Title, ids, outlets, copies.IndependentSources(ids), cluster.First, cluster.Last);
    }
}
