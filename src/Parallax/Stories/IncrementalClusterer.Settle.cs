using System.Collections.Frozen;

namespace Parallax.Stories;

/// <summary>
/// Bounded memory for long streams: articles that will not be reconsidered are settled (their vectors and
/// feature details dropped, their stories' centroids cut to the heaviest terms), and stories that no new
/// article can join any more, because the time decay keeps every score under the threshold, leave the index.
/// </summary>
public sealed partial class IncrementalClusterer
{
    /// <summary>Days added to the decay horizon before a story retires, for articles that arrive a little out of date order.</summary>
    public const double RetireSlackDays = 7;

    private static readonly IReadOnlyDictionary<string, int> NoTerms = FrozenDictionary<string, int>.Empty;

    private readonly List<StoryCluster> _active = [];

    private DateTimeOffset? _latest;

    /// <summary>Stories still in the candidate index (not merged away, not retired).</summary>
    public int ActiveStories => _active.Count(s => s.MergedInto is null && !s.Retired);

    /// <summary>
    /// Marks these articles final: they keep their story but will not be reassigned, so their vectors and
    /// feature details are dropped (members keep id, title, outlet and date); the centroids of their stories
    /// keep their <see cref="ClusteringOptions.MaxCentroidTerms"/> heaviest terms; stories whose last article
    /// is older than the decay horizon before the latest date seen retire from the index.
    /// </summary>
    public void Settle(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var settled = articleIds.ToHashSet(StringComparer.Ordinal);
        var touched = new HashSet<StoryCluster>();
        foreach (var id in settled)
        {
            _vectors.Remove(id);
            if (_storyOf.Remove(id, out var story))
            {
                touched.Add(Live(story));
            }
        }

        foreach (var story in touched)
        {
            for (var i = 0; i < story.Members.Count; i++)
            {
                var member = story.Members[i];
                if (settled.Contains(member.Id) && member.Terms.Count > 0)
                {
                    story.Members[i] = member with { Terms = NoTerms, Entities = [], EventDates = [], Places = [], Times = [] };
                }
            }

            Prune(story);
        }

        RetireOld();
    }

    private void Prune(StoryCluster story)
    {
        var limit = _options.MaxCentroidTerms;
        if (story.Centroid.Count <= limit)
        {
            return;
        }

        var dropped = story.Centroid
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Skip(limit)
            .Select(p => p.Key)
            .ToList();
        Changed(story);
        foreach (var key in dropped)
        {
            story.Centroid.Remove(key);
            RemovePosting(key, story);
        }

        story.Centroid.TrimExcess();
        story.CentroidNorm = Math.Sqrt(story.Centroid.Values.Sum(v => v * v));
    }

    /// <summary>Days past a story's last article after which no article can score above the threshold with it.</summary>
    private double Horizon()
    {
        var threshold = Math.Clamp(_options.Threshold, 1e-6, 1);
        return _options.GraceDays + (_options.HalfLifeDays * Math.Log2(1 / threshold)) + RetireSlackDays;
    }

    private void RetireOld()
    {
        var cutoff = _latest?.AddDays(-Horizon());
        if (cutoff is { } due && _source is not null)
        {
            // Stored stories that no article of this run touched retire too: the source names them.
            foreach (var sequence in _source.Retiring(due))
            {
                Load(sequence);
            }
        }

        _active.RemoveAll(story =>
        {
            if (story.MergedInto is not null || story.Retired)
            {
                return true;
            }

            if (cutoff is { } c && story.Last is { } last && last < c)
            {
                Unindex(story);
                story.Retired = true;
                return true;
            }

            return false;
        });
    }

    /// <summary>Takes a story out of the index and drops its centroid (merged away or retired).</summary>
    private void Unindex(StoryCluster story)
    {
        Changed(story);
        foreach (var key in story.Centroid.Keys)
        {
            RemovePosting(key, story);
        }

        story.Centroid.Clear();
        story.Centroid.TrimExcess();
        story.CentroidNorm = 0;
        story.EventDates.Clear();
        story.EventDates.TrimExcess();
    }

    private void RemovePosting(string key, StoryCluster story)
    {
        if (Posting(key) is { } posting && posting.Remove(story))
        {
            _changedPostings?.Add(key);
            if (posting.Count == 0)
            {
                _index.Remove(key);
            }
        }
    }

    private void Track(DateTimeOffset? published)
    {
        if (published is { } date && (_latest is not { } latest || date > latest))
        {
            _latest = date;
        }
    }
}
