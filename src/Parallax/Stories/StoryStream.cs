using Parallax.Documents;

namespace Parallax.Stories;

/// <summary>Story ids of one block's articles (same order as the block) and the copy groups found in it.</summary>
public sealed record StoryBlock(IReadOnlyList<string> StoryIds, CopyGroups Copies);

/// <summary>
/// Story grouping over a stream read block by block, in memory that does not grow with the articles' texts:
/// each block is grouped as <see cref="StoryGrouper"/> groups a batch (copies first, document frequencies of the
/// block learnt before assignment, publication order, refinement passes), against the stories of the earlier
/// blocks; then its articles are settled (<see cref="IncrementalClusterer.Settle"/>) and old stories retire from
/// the candidate index. One block is exactly the batch grouping. Copies are detected within a block (a copy
/// whose original is in an earlier block joins it by similarity, but is not counted as a copy).
/// A story id handed out for a block may later be merged into another story: <see cref="Resolve"/> gives the
/// live one.
/// </summary>
public sealed class StoryStream
{
    private readonly StoryGrouperOptions _options;
    private readonly CopyDetector _copies;
    private readonly IncrementalClusterer _clusterer;

    // Syndication group of every article that is a copy (articles absent are their own group).
    private readonly Dictionary<string, string> _copyGroup = new(StringComparer.Ordinal);

    /// <summary>A stream that starts empty or, given a <paramref name="source"/>, goes on from that stored state.</summary>
    public StoryStream(StoryGrouperOptions? options = null, StoryFeatureExtractor? extractor = null, IStoryStateSource? source = null)
    {
        _options = options ?? StoryGrouperOptions.Default;
        _copies = new CopyDetector(_options.Copies);
        _clusterer = new IncrementalClusterer(_options.Clustering, extractor, source) { OnLoad = Learn };
    }

    /// <summary>Takes an article out of its stored story (see <see cref="IncrementalClusterer.Withdraw"/>).</summary>
    public bool Withdraw(string articleId) => _clusterer.Withdraw(articleId);

    /// <summary>
    /// What this stream changed since it went on from its source, to be written back: counters, the document
    /// frequencies and postings of the keys it touched, the stories it created or changed with their views, and
    /// the stories that are gone.
    /// </summary>
    public StreamChanges Changes()
    {
        var changed = _clusterer.ChangedStories();
        var gone = changed.Where(s => s.MergedInto is not null || s.Members.Count == 0).ToList();
        var kept = changed.Except(gone).Select(s => new StoryChange(State(s), ToStory(s))).ToList();
        return new StreamChanges(
            new StreamTotals(_clusterer.ArticlesSeen, _clusterer.LatestSeen, _clusterer.NextSequence),
            _clusterer.ChangedFrequencies(),
            _clusterer.ChangedPostings(),
            kept,
            [.. gone.Select(s => s.Id)]);
    }

    private StoredStory State(StoryCluster story) => new(
        story.Id,
        story.Sequence,
        [.. story.Members.Select(m => new StoredMember(m.Id, m.Title, m.Outlet, m.Published, _copyGroup.GetValueOrDefault(m.Id)))],
        [.. story.Centroid],
        story.CentroidNorm,
        [.. story.EventDates.Order()],
        story.DatedMembers,
        story.MonthDatedMembers,
        story.First,
        story.Last,
        story.Retired);

    private void Learn(StoredStory stored)
    {
        foreach (var member in stored.Members)
        {
            if (member.CopyGroup is { } group)
            {
                _copyGroup[member.Id] = group;
            }
        }
    }

    public int ArticlesSeen => _clusterer.ArticlesSeen;

    /// <summary>Stories still open to new articles (in the candidate index).</summary>
    public int ActiveStories => _clusterer.ActiveStories;

    /// <summary>Groups a block of articles (features in the same order); with <paramref name="settle"/> its articles are then settled.</summary>
    public StoryBlock Add(IReadOnlyList<Article> articles, IReadOnlyList<StoryFeatures> features, bool settle = true)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(features.Count, articles.Count);
        var copies = _copies.Detect(articles);
        foreach (var (id, group) in copies.Syndication)
        {
            if (!string.Equals(id, group, StringComparison.Ordinal))
            {
                _copyGroup[id] = group;
            }
        }

        foreach (var f in features)
        {
            _clusterer.Observe(f);
        }

        var order = StoryGrouper.PublicationOrder(features).ToList();
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var id = features[i].Id;
            var group = copies.Syndication.GetValueOrDefault(id, id);
            if (storyOf.TryGetValue(group, out var existing))
            {
                _clusterer.AssignTo(existing, features[i]);
                storyOf[id] = existing;
                continue;
            }

            var story = _clusterer.Assign(features[i]);
            storyOf[group] = story;
            storyOf[id] = story;
        }

        // Refinement: articles without copies reconsider their story now that all stories exist.
        var followed = copies.Syndication.Where(p => !string.Equals(p.Key, p.Value, StringComparison.Ordinal)).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        void Refine(int passes)
        {
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var i in order)
                {
                    var id = features[i].Id;
                    var copy = copies.Syndication.TryGetValue(id, out var group) && !string.Equals(group, id, StringComparison.Ordinal);
                    if (!copy && !followed.Contains(id))
                    {
                        _clusterer.Reassign(features[i]);
                    }
                }
            }
        }

        Refine(_options.Clustering.RefinePasses);

        // The block's stories that hold two events split, stories of one event merge (relative tests, see
        // ClusteringOptions.CohesionRatio; newcomers to stories of earlier blocks are tested against their settled part);
        // then the block's articles settle in the stories that now exist.
        for (var round = 0; round < _options.Clustering.SplitRounds; round++)
        {
            _clusterer.SplitNewcomers(BlockStories(features));
            _clusterer.SplitStories(BlockStories(features));
            _clusterer.MergeStories(BlockStories(features));
            Refine(_options.Clustering.SettlePasses);
        }

        var ids = features.Select(f => _clusterer.StoryOf(f.Id)).ToList();
        if (settle)
        {
            _clusterer.Settle([.. features.Select(f => f.Id)]);
        }

        return new StoryBlock(ids, copies);
    }

    private List<StoryCluster> BlockStories(IReadOnlyList<StoryFeatures> features) =>
        [.. features.Select(f => _clusterer.StoryOf(f.Id)).Distinct(StringComparer.Ordinal).Select(_clusterer.Story)];

    /// <summary>The live story a story id handed out by <see cref="Add"/> now stands for.</summary>
    public string Resolve(string storyId) => _clusterer.Resolve(storyId);

    /// <summary>The stories formed so far, in order of creation.</summary>
    public IReadOnlyList<Story> Stories() => [.. _clusterer.Stories.Select(ToStory)];

    private Story ToStory(StoryCluster cluster)
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
        var sources = ids.Select(id => _copyGroup.GetValueOrDefault(id, id)).Distinct(StringComparer.Ordinal).Count();
        return new Story(cluster.Id, earliest.Title, ids, outlets, sources, cluster.First, cluster.Last);
    }
}
