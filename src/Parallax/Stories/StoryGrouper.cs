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
/// event and settling passes. Document frequencies are learnt from the whole batch before assignment. The batch is one block of a
/// <see cref="StoryStream"/>, so a stream read in blocks is grouped the same way.
/// </summary>
public sealed class StoryGrouper : IStoryGrouper
{
    private readonly StoryGrouperOptions _options;
    private readonly StoryFeatureExtractor _extractor;

    public StoryGrouper(StoryGrouperOptions? options = null, StoryFeatureExtractor? extractor = null)
    {
        _options = options ?? StoryGrouperOptions.Default;
        _extractor = extractor ?? new StoryFeatureExtractor();
    }

    public StoryGrouperOptions Options => _options;

    public StoryFeatureExtractor Extractor => _extractor;

    public IReadOnlyList<Story> Group(IReadOnlyList<AnalyzedArticle> articles) => GroupDetailed(articles).Stories;

    public StoryGrouping GroupDetailed(IReadOnlyList<AnalyzedArticle> articles) =>
        GroupFeatures(articles.Select(a => a.Article).ToList(), articles.Select(_extractor.From).ToList());

    /// <summary>Groups articles whose features were built elsewhere (same order as <paramref name="articles"/>).</summary>
    public StoryGrouping GroupFeatures(IReadOnlyList<Documents.Article> articles, IReadOnlyList<StoryFeatures> features)
    {
        var stream = new StoryStream(_options, _extractor);
        var block = stream.Add(articles, features, settle: false);
        return new StoryGrouping(stream.Stories(), block.Copies);
    }

    /// <summary>Indexes sorted by publication date (undated last), input order breaking ties.</summary>
    internal static IEnumerable<int> PublicationOrder(IReadOnlyList<StoryFeatures> features) =>
        Enumerable.Range(0, features.Count)
            .OrderBy(i => features[i].Published is null ? 1 : 0)
            .ThenBy(i => features[i].Published ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i);
}
