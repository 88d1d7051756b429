namespace Parallax.Stories;

/// <summary>How a group of articles states dates: members stating an event day, members stating at least a month, all members.</summary>
internal readonly record struct GroupDating(int Days, int Months, int Count);

public sealed partial class IncrementalClusterer
{
    /// <summary>
    /// The event-date test of two groups of articles (the halves of a split, two stories to merge), where one group
    /// states no event date at all: if both were reports of one event, the undated group's n members would each leave
    /// the date unstated with the chance the other group's members do, 1 - dated / (count + 1) (smoothed, so one
    /// group of a single article or one all-dated article proves nothing), so all of them with that chance to the
    /// power n. Below <see cref="ClusteringOptions.UndatedGroupChance"/> the groups count as two events' reports and
    /// their link takes <see cref="ClusteringOptions.EventDateMismatch"/>, as two groups whose dates disagree.
    /// Returns 1 when both groups state dates or neither does.
    /// </summary>
    internal double DatingFactor(int datedA, int countA, int datedB, int countB)
    {
        if (_options.UndatedGroupChance <= 0)
        {
            return 1;
        }

        var chance = datedA == 0 && datedB > 0 ? AllUndated(datedB, countB, countA)
            : datedB == 0 && datedA > 0 ? AllUndated(datedA, countA, countB)
            : 1;
        return chance < _options.UndatedGroupChance ? _options.EventDateMismatch : 1;
    }

    private static double AllUndated(int dated, int count, int undatedCount) => Math.Pow(1 - ((double)dated / (count + 1)), undatedCount);

    /// <summary>How many of these members of a story state an event date.</summary>
    private static int Dated(StoryCluster story, IReadOnlyList<int> members) => members.Count(i => story.Members[i].EventDates.Count > 0);

    /// <summary>
    /// The dating test at two precisions (<see cref="DatingFactor(int, int, int, int)"/>): of the members that state an
    /// event day, and, with <see cref="ClusteringOptions.MonthDating"/>, of those that state at least a month (a day, a
    /// month of a year, or a day of a month whose year is unresolved); the lower factor.
    /// </summary>
    internal double DatingFactor(GroupDating a, GroupDating b)
    {
        var days = DatingFactor(a.Days, a.Count, b.Days, b.Count);
        return _options.MonthDating ? Math.Min(days, DatingFactor(a.Months, a.Count, b.Months, b.Count)) : days;
    }

    /// <summary>How these members of a story state dates.</summary>
    private static GroupDating Dating(StoryCluster story, IReadOnlyList<int> members) =>
        new(members.Count(i => story.Members[i].EventDates.Count > 0), members.Count(i => StatesMonth(story.Members[i])), members.Count);

    private static GroupDating Dating(StoryCluster story) => new(story.DatedMembers, story.MonthDatedMembers, story.Members.Count);

    /// <summary>The article states an event day, or a time key of month precision ("2005-11", "11-27").</summary>
    internal static bool StatesMonth(StoryFeatures features) =>
        features.EventDates.Count > 0 || features.Times.Any(t => t.Contains('-', StringComparison.Ordinal));
}
