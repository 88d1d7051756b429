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
}
