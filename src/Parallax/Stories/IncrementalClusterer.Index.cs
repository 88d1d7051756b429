namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    /// <summary>Stories sharing one of the article's heaviest rare features (never a scan of all stories).</summary>
    private List<StoryCluster> Candidates(Dictionary<string, double> vector)
    {
        var rareLimit = Math.Max(_options.RareCount, _options.RareShare * _observed.Count);
        var seen = new HashSet<StoryCluster>();
        var found = new List<StoryCluster>();
        var query = vector
            .Where(p => _documentFrequency.GetValueOrDefault(p.Key) <= rareLimit)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.QueryFeatures);
        foreach (var (key, _) in query)
        {
            if (!_index.TryGetValue(key, out var posting))
            {
                continue;
            }

            foreach (var story in posting)
            {
                if (story.MergedInto is null && seen.Add(story))
                {
                    found.Add(story);
                }
            }
        }

        return found;
    }

    private void Join(StoryCluster story, StoryFeatures features, Dictionary<string, double> vector)
    {
        story.Members.Add(features);
        _storyOf[features.Id] = story;
        _vectors[features.Id] = vector;
        if (features.Published is { } published)
        {
            story.First = story.First is { } first && first <= published ? first : published;
            story.Last = story.Last is { } last && last >= published ? last : published;
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
        if (!_index.TryGetValue(key, out var posting))
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
    }
}
