namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    /// <summary>
    /// Stories sharing one of the article's heaviest rare features (never a scan of all stories). When more than
    /// <see cref="ClusteringOptions.MaxCandidates"/> stories are found, those sharing the most query weight are
    /// kept (in the order found), so the cost per article stays flat however many stories share common features.
    /// </summary>
    private List<StoryCluster> Candidates(Dictionary<string, double> vector)
    {
        var rareLimit = Math.Max(_options.RareCount, _options.RareShare * ArticlesSeen);
        var found = new List<StoryCluster>();
        var query = vector
            .Where(p => Frequency(p.Key) <= rareLimit)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.QueryFeatures);
        var stamp = ++_queryStamp;
        foreach (var (key, weight) in query)
        {
            if (Posting(key) is not { } posting)
            {
                continue;
            }

            foreach (var story in posting)
            {
                if (story.MergedInto is not null || story.Retired)
                {
                    continue;
                }

                // The story's scratch fields hold this query's shared weight (the stamp tells a stale value).
                if (story.QueryStamp == stamp)
                {
                    story.QueryWeight += weight;
                }
                else
                {
                    story.QueryStamp = stamp;
                    story.QueryWeight = weight;
                    found.Add(story);
                }
            }
        }

        var kept = found.Count <= _options.MaxCandidates ? found : Strongest(found, _options.MaxCandidates);
        if (_source is not null)
        {
            // Stories of a stored state are read when they become candidates.
            kept.RemoveAll(story => !Fill(story) || story.Retired);
        }

        return kept;
    }

    /// <summary>The <paramref name="limit"/> stories sharing the most query weight, in the order found (earlier first on ties).</summary>
    private static List<StoryCluster> Strongest(List<StoryCluster> found, int limit)
    {
        var weights = new double[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            weights[i] = found[i].QueryWeight;
        }

        Array.Sort(weights);
        var cut = weights[^limit];
        var above = weights.Count(w => w > cut);
        var atCut = limit - above;
        var kept = new List<StoryCluster>(limit);
        foreach (var story in found)
        {
            if (story.QueryWeight > cut || (story.QueryWeight == cut && atCut-- > 0))
            {
                kept.Add(story);
            }
        }

        return kept;
    }

    private void Join(StoryCluster story, StoryFeatures features, Dictionary<string, double> vector)
    {
        story.Members.Add(features);
        Changed(story);
        Track(features.Published);
        _storyOf[features.Id] = story;
        _vectors[features.Id] = vector;
        if (features.Published is { } published)
        {
            story.First = story.First is { } first && first <= published ? first : published;
            story.Last = story.Last is { } last && last >= published ? last : published;
        }

        if (features.EventDates.Count > 0)
        {
            story.DatedMembers++;
        }

        if (StatesMonth(features))
        {
            story.MonthDatedMembers++;
        }

        foreach (var date in features.EventDates)
        {
            story.EventDates.Add(date);
        }

        foreach (var (key, value) in vector)
        {
            story.Centroid[key] = story.Centroid.GetValueOrDefault(key) + value;
            Index(key, story);
        }

        story.CentroidNorm = Math.Sqrt(story.Centroid.Values.Sum(v => v * v));
    }

    private void Index(string key, StoryCluster story)
    {
        if (Posting(key) is not { } posting)
        {
            posting = [];
            _index[key] = posting;
        }

        if (posting.Count > 0 && ReferenceEquals(posting[^1], story))
        {
            return;
        }

        if (posting.Contains(story))
        {
            return;
        }

        if (posting.Count >= _options.MaxPosting)
        {
            posting.RemoveAt(0);
        }

        posting.Add(story);
        _changedPostings?.Add(key);
    }
}
