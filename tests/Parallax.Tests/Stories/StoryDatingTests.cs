using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>
/// The dating test of the split and merge rounds: a group of reports that never states the event's date, against a
/// group whose reports do, is another event's when so many undated reports would be unlikely for one event.
/// </summary>
public sealed class StoryDatingTests
{
    private static readonly DateOnly Tuesday = new(2025, 3, 11);

    [Theory]
    [InlineData(8, 8, 0, 5, 0.6)] // eight of eight dated, five undated: (1 - 8/9)^5 is far below 1 %
    [InlineData(0, 5, 8, 8, 0.6)] // the same, either way round
    [InlineData(8, 8, 0, 1, 1.0)] // one undated report proves nothing: 1 - 8/9 is above 1 %
    [InlineData(2, 10, 0, 5, 1.0)] // a group that seldom states dates: (1 - 2/11)^5 is likely
    [InlineData(3, 4, 1, 6, 1.0)] // both groups state dates: the event-date comparison decides, not this test
    [InlineData(0, 4, 0, 6, 1.0)] // neither does
    public void The_link_of_an_undated_group_is_cut_only_when_its_silence_is_unlikely(int datedA, int countA, int datedB, int countB, double factor)
    {
        // Given the default options (chance 1 %, mismatch factor 0.6)
        var clusterer = new IncrementalClusterer();

        // When two groups with these dated members are compared
        var result = clusterer.DatingFactor(datedA, countA, datedB, countB);

        // Then the link keeps its value or takes the mismatch factor
        Assert.Equal(factor, result, 9);
    }

    [Fact]
    public void Switched_off_the_test_never_cuts_a_link()
    {
        var clusterer = new IncrementalClusterer(ClusteringOptions.Default with { UndatedGroupChance = 0 });

        Assert.Equal(1.0, clusterer.DatingFactor(20, 20, 0, 20), 9);
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(0, 0)]
    public void A_story_whose_dated_and_undated_halves_are_two_events_splits_by_the_dating_test(double chance, int expected)
    {
        // Given one story of two dated Marrowby reports and two undated Velka reports, and a cohesion ratio so low that
        // their words alone do not split them (0.08; their link is about a tenth of their cohesion)
        var clusterer = Trained(out var all, ClusteringOptions.Default with { CohesionRatio = 0.08, UndatedGroupChance = chance });
        var story = clusterer.Assign(all["marrow1"]);
        foreach (var id in new[] { "velka1", "marrow2", "velka2" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then the dating test (2 of 2 dated against 2 undated: (1/3)^2 = 0.11, below 0.2) splits them; without it they stay
        Assert.Equal(expected, created);
        if (expected == 1)
        {
            Assert.Equal(["marrow1", "marrow2"], clusterer.Stories.Single(s => s.Id == story).Members.Select(m => m.Id));
        }
    }

    [Theory]
    [InlineData(0.2, 0)]
    [InlineData(0, 1)]
    public void A_dated_story_and_an_undated_story_of_another_event_do_not_merge(double chance, int expected)
    {
        // Given a story of the two dated Marrowby reports, one of the two undated Velka reports, a lower ratio (their centroids are closer than the capped pairs of the split test) and no floor
        var clusterer = Trained(out var all, ClusteringOptions.Default with { CohesionRatio = 0.055, MergeFloor = 0, UndatedGroupChance = chance });
        var marrow = clusterer.Assign(all["marrow1"]);
        clusterer.AssignTo(marrow, all["marrow2"]);
        var velka = clusterer.Assign(all["velka1"]);
        clusterer.AssignTo(velka, all["velka2"]);
        Assert.NotEqual(marrow, velka);

        // When stories are merged
        var merges = clusterer.MergeStories();

        // Then the dating test keeps them apart; without it the words alone would merge them
        Assert.Equal(expected, merges);
    }

    private static IncrementalClusterer Trained(out Dictionary<string, StoryFeatures> all, ClusteringOptions options)
    {
        all = new[]
        {
            Features("marrow1", QuakeMarrow) with { EventDates = [Tuesday] },
            Features("marrow2", QuakeMarrowAgain) with { EventDates = [Tuesday] },
            Features("velka1", QuakeVelka),
            Features("velka2", QuakeVelkaAgain),
            Features("budget", Budget),
        }.ToDictionary(f => f.Id, StringComparer.Ordinal);
        // Numbers weigh as words here: the ratios above were measured on the words (the two quakes' magnitudes and tolls
        // differ, and weighted up they would keep the groups apart without any dating test).
        var clusterer = new IncrementalClusterer(options with { Threshold = 0.99, NumberBoost = 1 });
        foreach (var features in all.Values)
        {
            clusterer.Observe(features);
        }

        return clusterer;
    }
}
