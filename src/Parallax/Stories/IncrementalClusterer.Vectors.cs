namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    private const string EntityPrefix = "e:";

    private const string PlacePrefix = "p:";
    private const string TimePrefix = "t:";

    private static IEnumerable<string> Keys(StoryFeatures features) =>
        features.Terms.Keys
            .Concat(features.Entities.Distinct(StringComparer.Ordinal).Select(e => EntityPrefix + e))
            .Concat(features.Places.Distinct(StringComparer.Ordinal).Select(p => PlacePrefix + p))
            .Concat(features.Times.Distinct(StringComparer.Ordinal).Select(t => TimePrefix + t));

    private double Idf(string key)
    {
        var n = ArticlesSeen;
        var df = Frequency(key);
        return Math.Pow(Math.Log((n + 1.0) / (df + 1.0)) + 1.0, _options.IdfPower);
    }

    /// <summary>The unit tf-idf vector of the heaviest features: (1 + ln tf) x idf, entities boosted.</summary>
    private Dictionary<string, double> Vectorize(StoryFeatures features)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in features.Terms)
        {
            weights[term] = (1 + Math.Log(count)) * Idf(term) * (char.IsAsciiDigit(term[0]) ? _options.NumberBoost : 1);
        }

        AddNamed(weights, features.Entities, EntityPrefix, _options.EntityBoost);
        AddNamed(weights, features.Places, PlacePrefix, _options.PlaceBoost);
        AddNamed(weights, features.Times, TimePrefix, _options.TimeBoost);

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

    private void AddNamed(Dictionary<string, double> weights, IReadOnlyList<string> names, string prefix, double boost)
    {
        if (boost <= 0)
        {
            return;
        }

        foreach (var group in names.GroupBy(n => n, StringComparer.Ordinal))
        {
            var key = prefix + group.Key;
            weights[key] = boost * (1 + Math.Log(group.Count())) * Idf(key);
        }
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
