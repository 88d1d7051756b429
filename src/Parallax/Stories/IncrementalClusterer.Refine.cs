namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    /// <summary>
    /// Reconsiders the story of an article already assigned (a k-means-like refinement pass over a batch):
    /// the article leaves its story, is scored against its candidate stories from the index and against
    /// what is left of its own story, and joins the best one when that passes <see cref="ClusteringOptions.Threshold"/>
    /// and beats its own story by <see cref="ClusteringOptions.RefineMargin"/>. This undoes the order effects of
    /// a single pass (an early article that founded a stray story, a story that formed before its best
    /// neighbour existed). Cost per article stays that of one assignment. Returns the article's story id.
    /// </summary>
    public string Reassign(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (!_storyOf.TryGetValue(features.Id, out var assigned))
        {
            return Assign(features);
        }

        var current = Live(assigned);
        var vector = Vectorize(features);
        var position = Leave(current, features);
        var ownScore = current.Members.Count > 0 ? Score(vector, features, current) : 0;
        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var candidate in Candidates(vector))
        {
            if (candidate == current || candidate.Members.Count == 0)
            {
                continue;
            }

            var score = Score(vector, features, candidate);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        var moves = best is not null && bestScore >= _options.Threshold && bestScore > ownScore + _options.RefineMargin;
        var target = moves ? best! : current;
        Join(target, features, vector);
        if (target == current && position >= 0 && position < current.Members.Count - 1)
        {
            // Staying: the article keeps its place in the story's arrival order.
            current.Members.RemoveAt(current.Members.Count - 1);
            current.Members.Insert(position, features);
        }
        if (current.Members.Count == 0 && current != target)
        {
            current.MergedInto = target;
            _order.Remove(current);
        }

        return target.Id;
    }

    /// <summary>Takes an article's contribution out of a story (members and centroid; dates are kept); returns its member position or -1.</summary>
    private int Leave(StoryCluster story, StoryFeatures features)
    {
        var index = story.Members.FindIndex(m => string.Equals(m.Id, features.Id, StringComparison.Ordinal));
        if (index < 0 || !_vectors.Remove(features.Id, out var joined))
        {
            return -1;
        }

        story.Members.RemoveAt(index);
        Changed(story);
        if (features.EventDates.Count > 0)
        {
            story.DatedMembers--;
        }

        if (StatesMonth(features))
        {
            story.MonthDatedMembers--;
        }

        foreach (var (key, value) in joined)
        {
            var left = story.Centroid.GetValueOrDefault(key) - value;
            if (Math.Abs(left) < 1e-12)
            {
                story.Centroid.Remove(key);
            }
            else
            {
                story.Centroid[key] = left;
            }
        }

        story.CentroidNorm = Math.Sqrt(story.Centroid.Values.Sum(v => v * v));
        return index;
    }

    /// <summary>
    /// Splits the stories that hold two events (<see cref="StoryBisection"/>): a story splits when the mean
    /// similarity across its two halves is below <see cref="ClusteringOptions.CohesionRatio"/> times the cohesion
    /// of the looser half and both halves have at least <see cref="ClusteringOptions.MinSplitPart"/> members; the halves
    /// are those of the last merge of the story's agglomeration or of a cut further down its trunk (<see cref="ApartHalves"/>). The
    /// half with the first member keeps the story; the other half becomes a new story, itself tested again.
    /// The test is relative, so it does not hang on one similarity threshold. Returns the number of new stories.
    /// </summary>
    public int SplitStories(IEnumerable<StoryCluster>? stories = null)
    {
        var created = 0;
        var pending = new Queue<(StoryCluster Story, int Depth)>((stories ?? _order).OrderBy(s => s.Sequence).Select(s => (s, 0)));
        while (pending.TryDequeue(out var item))
        {
            var (story, depth) = item;
            var count = story.Members.Count;
            if (story.MergedInto is not null || count < 2 * _options.MinSplitPart || count > _options.MaxSplitMembers || depth >= _options.MaxSplitDepth
                || story.Members.Any(m => !_vectors.ContainsKey(m.Id)))
            {
                // Settled articles of earlier blocks kept no vector: such stories are not split again.
                continue;
            }

            var vectors = story.Members.Select(m => (IReadOnlyDictionary<string, double>)_vectors.GetValueOrDefault(m.Id, Empty)).ToList();
            if (ApartHalves(story, StoryBisection.Splits(vectors, _options.SplitSimilarityCap)) is not { } halves)
            {
                continue;
            }

            var leaving = halves.Other.Select(i => story.Members[i]).ToList();
            var split = NewStory(leaving[0].Id);
            foreach (var member in leaving)
            {
                var vector = _vectors.GetValueOrDefault(member.Id, Empty);
                Leave(story, member);
                Join(split, member, vector);
            }

            ResetDates(story);
            created++;
            pending.Enqueue((story, depth + 1));
            pending.Enqueue((split, depth + 1));
        }

        return created;
    }

    /// <summary>
    /// Of the cuts of a story's agglomeration tree (<see cref="StoryBisection.Splits"/>: the last merge, then up to
    /// <see cref="ClusteringOptions.SplitCuts"/> cuts further down its trunk, whose smaller side must hold
    /// <see cref="ClusteringOptions.MinCutPart"/>), the one whose halves hold together least, when they are apart:
    /// the link across them (times the dating test) below <see cref="ClusteringOptions.CohesionRatio"/> times the
    /// cohesion of the looser half, for a cut further down below <see cref="ClusteringOptions.CutRatio"/> times it.
    /// Null when no cut passes.
    /// </summary>
    private StoryHalves? ApartHalves(StoryCluster story, IReadOnlyList<StoryHalves> splits)
    {
        StoryHalves? best = null;
        var bestRatio = _options.CohesionRatio;
        for (var i = 0; i < splits.Count && i < Math.Max(1, _options.SplitCuts); i++)
        {
            var halves = splits[i];
            var smallest = i == 0 ? _options.MinSplitPart : Math.Max(_options.MinSplitPart, _options.MinCutPart);
            if (halves.Kept.Count < smallest || halves.Other.Count < smallest || halves.Cohesion <= 0)
            {
                continue;
            }

            var link = halves.Link * DatingFactor(Dating(story, halves.Kept), Dating(story, halves.Other));
            var ratio = link / halves.Cohesion;
            if (ratio < bestRatio && (i == 0 || ratio < _options.CutRatio))
            {
                (best, bestRatio) = (halves, ratio);
            }
        }

        return best;
    }

    /// <summary>
    /// Merges stories that belong together, best pair first (average-link agglomeration over story centroids):
    /// two stories merge when the mean similarity of their article pairs is at least
    /// <see cref="ClusteringOptions.MergeFloor"/> and at least <see cref="ClusteringOptions.CohesionRatio"/> times the
    /// cohesion of the looser one, the same test that <see cref="SplitStories"/> splits by. Candidate pairs come from
    /// the index (stories sharing a rare feature), never from all pairs. Returns the number of merges.
    /// </summary>
    public int MergeStories(IEnumerable<StoryCluster>? stories = null)
    {
        var queue = new PriorityQueue<(StoryCluster A, StoryCluster B), (double, int, int)>();
        foreach (var story in (stories ?? _order).OrderBy(s => s.Sequence))
        {
            EnqueuePartners(queue, story);
        }

        var merges = 0;
        while (queue.TryDequeue(out var pair, out _))
        {
            var (a, b) = pair;
            if (a.MergedInto is not null || b.MergedInto is not null || MergeLink(a, b) is null)
            {
                continue;
            }

            var kept = Merge(a, b);
            merges++;
            EnqueuePartners(queue, kept);
        }

        return merges;
    }

    private void EnqueuePartners(PriorityQueue<(StoryCluster A, StoryCluster B), (double, int, int)> queue, StoryCluster story)
    {
        if (story.Members.Count == 0)
        {
            return;
        }

        foreach (var candidate in Candidates(story.Centroid))
        {
            if (candidate != story && candidate.Members.Count > 0 && MergeLink(story, candidate) is { } link)
            {
                // Highest link first; ties broken by creation order so the result does not depend on the queue.
                var (first, second) = story.Sequence <= candidate.Sequence ? (story, candidate) : (candidate, story);
                queue.Enqueue((first, second), (-link, first.Sequence, second.Sequence));
            }
        }
    }

    /// <summary>The mean similarity of the article pairs across two stories when they pass the merge test, else null.</summary>
    private double? MergeLink(StoryCluster a, StoryCluster b)
    {
        var (na, nb) = (a.Members.Count, b.Members.Count);
        // The same time decay and event-date test as an article joining a story, and the test of dating habits.
        var link = StoryBisection.Dot(a.Centroid, b.Centroid) / (na * nb) * RangeDecay(a, b) * DateFactor(a.EventDates, b.EventDates)
            * DatingFactor(Dating(a), Dating(b));
        if (link < _options.MergeFloor)
        {
            return null;
        }

        // A single article has no cohesion to hold to: the other story's counts; two single articles must meet
        // SingleMergeThreshold (by default the threshold an article needs to join a story).
        var cohesion = Math.Min(CentroidCohesion(a), CentroidCohesion(b));
        return double.IsPositiveInfinity(cohesion)
            ? (link >= (_options.SingleMergeThreshold ?? _options.Threshold) ? link : null)
            : link >= _options.CohesionRatio * cohesion ? link : null;
    }

    /// <summary>Time decay over the gap between two stories' publication ranges (none when they overlap or are undated).</summary>
    private double RangeDecay(StoryCluster a, StoryCluster b)
    {
        if (a.First is not { } first || a.Last is not { } last)
        {
            return 1;
        }

        var nearest = b.First is { } bFirst && last < bFirst ? last : b.Last is { } bLast && first > bLast ? first : b.First ?? first;
        return Decay(nearest, b.First, b.Last);
    }

    /// <summary>
    /// Mean pair similarity within a story from its centroid alone: the centroid is the sum of unit vectors, so its
    /// squared norm is the member count plus twice the sum of the pair similarities.
    /// </summary>
    private static double CentroidCohesion(StoryCluster story)
    {
        var n = story.Members.Count;
        return n < 2 ? double.PositiveInfinity : StoryBisection.Cohesion((story.CentroidNorm * story.CentroidNorm - n) / 2, n);
    }

    /// <summary>Event dates and publication range taken again from the members (after members left).</summary>
    private static void ResetDates(StoryCluster story)
    {
        story.EventDates.Clear();
        story.DatedMembers = story.Members.Count(m => m.EventDates.Count > 0);
        story.MonthDatedMembers = story.Members.Count(StatesMonth);
        story.First = null;
        story.Last = null;
        foreach (var member in story.Members)
        {
            story.EventDates.UnionWith(member.EventDates);
            if (member.Published is { } published)
            {
                story.First = Earliest(story.First, published);
                story.Last = Latest(story.Last, published);
            }
        }
    }

    private static readonly Dictionary<string, double> Empty = new(StringComparer.Ordinal);
}
