namespace Parallax.Stories;

/// <summary>Weights and thresholds of <see cref="IncrementalClusterer"/> (tuned on the ECB+ dev topics).</summary>
public sealed record ClusteringOptions
{
    public static readonly ClusteringOptions Default = new();

    /// <summary>Smallest time-decayed cosine between an article and a story centroid for the article to join it.</summary>
    public double Threshold { get; init; } = 0.08;

    /// <summary>
    /// Smallest article-to-article similarity for two single articles to count as the same event
    /// (`parallax cluster --pairs`). Lower than <see cref="Threshold"/>: one article against another shares fewer
    /// features than an article against a story's centroid. Chosen on the ECB+ dev pairs with 100 features per article
    /// (F1 0.842; 0.840 to 0.842 from 0.065 to 0.08).
    /// </summary>
    public double PairThreshold { get; init; } = 0.075;

    /// <summary>
    /// Smallest cosine between two story centroids for an article that passes <see cref="Threshold"/> with both
    /// to merge them into one story (above 1: never merge).
    /// </summary>
    public double MergeThreshold { get; init; } = 0.26;

    /// <summary>Weight multiplier of entity features over content terms.</summary>
    public double EntityBoost { get; init; } = 2.0;

    /// <summary>Refinement passes over a batch after the single pass (<see cref="IncrementalClusterer.Reassign"/>).</summary>
    public int RefinePasses { get; init; } = 3;

    /// <summary>How much better another story must score than the article's own for a refinement pass to move it.</summary>
    public double RefineMargin { get; init; } = 0.01;

    /// <summary>Weight multiplier of place names (where the event happened tells similar events apart).</summary>
    public double PlaceBoost { get; init; } = 1.0;

    /// <summary>Weight multiplier of time keys (year, year-month, month-day of stated dates).</summary>
    public double TimeBoost { get; init; } = 4.0;

    /// <summary>Power of the idf factor: above 1 it favours the rare terms that tell one event from a similar one.</summary>
    public double IdfPower { get; init; } = 2.0;

    /// <summary>
    /// Features kept per article (the heaviest); bounds memory and index size. The heaviest are the rarest, many of
    /// them found in no other article, so a low cap leaves out the shared terms of long articles.
    /// </summary>
    public int MaxFeaturesPerArticle { get; init; } = 100;

    /// <summary>Heaviest rare features of a new article looked up in the inverted index.</summary>
    public int QueryFeatures { get; init; } = 30;

    /// <summary>A feature is rare (usable for candidate lookup) when its document frequency is at most this share of the articles seen...</summary>
    public double RareShare { get; init; } = 0.1;

    /// <summary>... or at most this count.</summary>
    public int RareCount { get; init; } = 5;

    /// <summary>Most recent stories kept per index posting.</summary>
    public int MaxPosting { get; init; } = 500;

    /// <summary>Publication-date gap (days, outside the story's range) with no decay.</summary>
    public double GraceDays { get; init; } = 2;

    /// <summary>Days over which the similarity halves past the grace period.</summary>
    public double HalfLifeDays { get; init; } = 7;

    /// <summary>Factor applied when both sides have event dates and none of them are within a day of each other.</summary>
    public double EventDateMismatch { get; init; } = 0.6;

    /// <summary>
    /// Chance below which a group of articles that states no event date, against one whose members do, counts as
    /// another event's reports (<see cref="IncrementalClusterer.DatingFactor(int, int, int, int)"/>); 0: no such test.
    /// </summary>
    public double UndatedGroupChance { get; init; } = 0.01;

    /// <summary>The same test also at month precision (members that state at least a month of the event, against none).</summary>
    public bool MonthDating { get; init; } = true;

    /// <summary>
    /// Split and merge test of stories (<see cref="IncrementalClusterer.SplitStories"/>, <see cref="IncrementalClusterer.MergeStories"/>):
    /// two groups of articles are one story when the mean similarity across them is at least this share of the
    /// mean similarity within the looser group.
    /// </summary>
    public double CohesionRatio { get; init; } = 0.5;

    /// <summary>Smallest mean similarity across two stories for <see cref="IncrementalClusterer.MergeStories"/> to merge them.</summary>
    public double MergeFloor { get; init; } = 0.05;

    /// <summary>
    /// Link two single-article stories need to merge (they have no cohesion for the relative test); null: <see cref="Threshold"/>,
    /// so a merge does not undo what assignment refused.
    /// </summary>
    public double? SingleMergeThreshold { get; init; }

    /// <summary>Highest article-to-article similarity the split test counts (copies of one text count no more than two close reports).</summary>
    public double SplitSimilarityCap { get; init; } = 0.5;

    /// <summary>Smallest group a split may leave.</summary>
    public int MinSplitPart { get; init; } = 2;

    /// <summary>
    /// Cuts of a story's agglomeration tree the split test tries (<see cref="StoryBisection.Splits"/>): 1 tries only
    /// the last merge; more also try cuts further down the trunk, which find two events when stray reports joined last.
    /// </summary>
    public int SplitCuts { get; init; } = 8;

    /// <summary>Smallest group a cut below the last merge may leave (small groups cut off further down are strays, not events).</summary>
    public int MinCutPart { get; init; } = 4;

    /// <summary>
    /// Highest ratio of link to cohesion at which a cut below the last merge splits a story: stricter than
    /// <see cref="CohesionRatio"/>, since the best of several cuts is taken (on the ECB+ dev topics 0.40 to 0.48 give
    /// the same stories).
    /// </summary>
    public double CutRatio { get; init; } = 0.44;

    /// <summary>
    /// Weight multiplier of number terms ("5.6", "184"): the magnitude, toll or amount of an event tells it from a similar
    /// one (two earthquakes at one place); reports of one event repeat them. Chosen on the ECB+ dev topics (1.5 to 2.5
    /// help, 3 harms).
    /// </summary>
    public double NumberBoost { get; init; } = 2.25;

    /// <summary>Largest story the split test looks at (its cost grows with the cube of the member count).</summary>
    public int MaxSplitMembers { get; init; } = 300;

    /// <summary>How many times a story and its parts may split again.</summary>
    public int MaxSplitDepth { get; init; } = 4;

    /// <summary>Refinement passes after the stories were split and merged.</summary>
    public int SettlePasses { get; init; } = 1;

    /// <summary>Rounds of split, merge and settling passes.</summary>
    public int SplitRounds { get; init; } = 1;

    /// <summary>Most candidate stories scored per article (those sharing the most query weight); bounds the cost per article.</summary>
    public int MaxCandidates { get; init; } = 50;

    /// <summary>Heaviest terms a story's centroid keeps once its articles are settled (long streams); bounds memory.</summary>
    public int MaxCentroidTerms { get; init; } = 300;
}
