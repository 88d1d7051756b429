namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    private const string EntityPrefix = "e:";

    private static IEnumerable<string> Keys(StoryFeatures features) =>
        features.Terms.Keys.Concat(features.Entities.Distinct(StringComparer.Ordinal).Select(e => EntityPrefix + e));

    private double Idf(string key)
    {
        var n = _observed.Count;
        var df = _documentFrequency.GetValueOrDefault(key);
        return Math.Log((n + 1.0) / (df + 1.0)) + 1.0;
    }

    /// <summary>The unit tf-idf vector of the heaviest features: (1 + ln tf) x idf, entities boosted.</summary>
    private Dictionary<string, double> Vectorize(StoryFeatures features)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in features.Terms)
        {
            weights[term] = (1 + Math.Log(count)) * Idf(term);
        }

        foreach (var group in features.Entities.GroupBy(e => e, StringComparer.Ordinal))
        {
            var key = EntityPrefix + group.Key;
            weights[key] = _options.EntityBoost * (1 + Math.Log(group.Count())) * Idf(key);
        }

        var kept = weights
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.MaxFeaturesPerArticle)
            .ToList();
        var norm = Math.Sqrt(kept.Sum(p => p.Value * p.Value));
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in kept)
        {
            vector[key] = norm > 0 ? value / norm : 0;
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> unit, Dictionary<string, double> other, double otherNorm)
    {
        if (otherNorm <= 0)
        {
            return 0;
        }

        var (small, large) = unit.Count <= other.Count ? (unit, other) : (other, unit);
        var dot = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var w))
            {
                dot += value * w;
            }
        }

        return dot / otherNorm;
    }

    private double Score(Dictionary<string, double> vector, StoryFeatures features, StoryCluster story) =>
        Cosine(vector, story.Centroid, story.CentroidNorm)
        * Decay(features.Published, story.First, story.Last)
        * DateFactor(features.EventDates, story.EventDates);

    private double Decay(DateTimeOffset? published, DateTimeOffset? first, DateTimeOffset? last)
    {
        if (published is not { } date || first is not { } from || last is not { } to)
        {
            return 1;
        }

        var gap = date < from ? (from - date).TotalDays : date > to ? (date - to).TotalDays : 0;
        var over = gap - _options.GraceDays;
        return over <= 0 ? 1 : Math.Pow(0.5, over / _options.HalfLifeDays);
    }

    private double DateFactor(IReadOnlyCollection<DateOnly> mine, IReadOnlyCollection<DateOnly> theirs)
    {
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return 1;
        }

        var near = mine.Any(a => theirs.Any(b => Math.Abs(a.DayNumber - b.DayNumber) <= 1));
        return near ? 1 : _options.EventDateMismatch;
    }
}
