namespace Parallax.Stories;

public sealed partial class IncrementalClusterer
{
    /// <summary>
    /// Splits off the newcomers of stories that hold settled articles of earlier blocks. Settled articles kept no
    /// vector, so <see cref="SplitStories"/> cannot look at such a story; but the newcomers (articles whose vectors are
    /// still held) can be tested against the story's settled part, whose sum of unit vectors is the centroid minus the
    /// newcomers' vectors. The newcomers that are closer, on average, to the settled part than to the other newcomers
    /// stay with it; the rest leave as a new story when they are at least <see cref="ClusteringOptions.MinSplitPart"/>
    /// and the merge test (<see cref="MergeLink"/>: link at least <see cref="ClusteringOptions.CohesionRatio"/> times the
    /// looser group's cohesion, with the same decay and dating tests) would not join the two groups: a later merge can
    /// still join them, so the split is the merge test's own verdict. Cost per story: the newcomers' vectors against
    /// two sums, never the settled articles one by one. Returns the number of new stories.
    /// </summary>
    public int SplitNewcomers(IEnumerable<StoryCluster> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var created = 0;
        foreach (var story in stories.Where(s => s.MergedInto is null).OrderBy(s => s.Sequence).ToList())
        {
            var newcomers = Enumerable.Range(0, story.Members.Count).Where(i => _vectors.ContainsKey(story.Members[i].Id)).ToList();
            var settled = story.Members.Count - newcomers.Count;
            if (settled == 0 || newcomers.Count < _options.MinSplitPart || newcomers.Count > _options.MaxSplitMembers)
            {
                continue;
            }

            var leaving = ApartNewcomers(story, newcomers);
            if (leaving is null)
            {
                continue;
            }

            var members = leaving.Select(i => story.Members[i]).ToList();
            var split = NewStory(members[0].Id);
            foreach (var member in members)
            {
                var vector = _vectors[member.Id];
                Leave(story, member);
                Join(split, member, vector);
            }

            // Settled members keep their publication dates (not their event dates): the range is taken again.
            (story.First, story.Last) = (null, null);
            foreach (var published in story.Members.Select(m => m.Published).OfType<DateTimeOffset>())
            {
                story.First = Earliest(story.First, published);
                story.Last = Latest(story.Last, published);
            }

            created++;
        }

        return created;
    }

    /// <summary>The member positions of the newcomers that form a group apart from the story's settled part, or null.</summary>
    private List<int>? ApartNewcomers(StoryCluster story, List<int> newcomers)
    {
        var group = newcomers.ToList();
        for (var pass = 0; pass < 3 && group.Count >= _options.MinSplitPart; pass++)
        {
            var sum = Sum(story, group);
            var rest = Minus(story.Centroid, sum);
            var restCount = story.Members.Count - group.Count;
            var staying = group.Where(i =>
            {
                var vector = _vectors[story.Members[i].Id];
                var toRest = StoryBisection.Dot(vector, rest) / restCount;
                var toGroup = (StoryBisection.Dot(vector, sum) - 1) / Math.Max(1, group.Count - 1);
                return toRest > toGroup;
            }).ToList();
            if (staying.Count == 0)
            {
                break;
            }

            group = [.. group.Except(staying)];
        }

        if (group.Count < _options.MinSplitPart)
        {
            return null;
        }

        var groupSum = Sum(story, group);
        var kept = Minus(story.Centroid, groupSum);
        var keptCount = story.Members.Count - group.Count;
        var groupMembers = group.Select(i => story.Members[i]).ToList();
        var keptDating = new GroupDating(
            story.DatedMembers - groupMembers.Count(m => m.EventDates.Count > 0),
            story.MonthDatedMembers - groupMembers.Count(StatesMonth),
            keptCount);
        var link = StoryBisection.Dot(kept, groupSum) / (keptCount * group.Count)
            * DatingFactor(keptDating, Dating(story, group));
        var cohesion = Math.Min(SumCohesion(kept, keptCount), SumCohesion(groupSum, group.Count));
        var together = double.IsPositiveInfinity(cohesion)
            ? link >= (_options.SingleMergeThreshold ?? _options.Threshold)
            : link >= _options.MergeFloor && link >= _options.CohesionRatio * cohesion;
        return together ? null : group;
    }

    private Dictionary<string, double> Sum(StoryCluster story, List<int> members)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            foreach (var (key, value) in _vectors[story.Members[i].Id])
            {
                sum[key] = sum.GetValueOrDefault(key) + value;
            }
        }

        return sum;
    }

    private static Dictionary<string, double> Minus(Dictionary<string, double> whole, Dictionary<string, double> part)
    {
        var rest = new Dictionary<string, double>(whole, StringComparer.Ordinal);
        foreach (var (key, value) in part)
        {
            if (rest.TryGetValue(key, out var total))
            {
                rest[key] = total - value;
            }
        }

        return rest;
    }

    /// <summary>Mean pair similarity of <paramref name="count"/> unit vectors whose sum is <paramref name="sum"/>; infinite for one.</summary>
    private static double SumCohesion(Dictionary<string, double> sum, int count)
    {
        var squared = sum.Values.Sum(v => v * v);
        return count < 2 ? double.PositiveInfinity : StoryBisection.Cohesion((squared - count) / 2, count);
    }
}
