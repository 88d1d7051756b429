using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>
/// The key features of the split and merge rounds: cuts below the last merge of a story's agglomeration (two events
/// whose stray reports joined last), the dating test at month precision, and the weight of numbers (two earthquakes
/// at one place told apart by their magnitude and toll).
/// </summary>
public sealed class StorySplitCutTests
{
    /// <summary>A second report of the Velka earthquake, with the vocabulary all the quake reports share.</summary>
    private const string QuakeVelkaAgain =
        "Helicopters flew tents and water into the Brannen valley on Saturday after a magnitude 5.8 earthquake injured 40 people in "
        + "Velka, the Ostravian civil protection agency said. The road over the Kessel pass stayed closed. Prime minister Ilse Marten "
        + "visited the school gym in Velka where rescue teams had searched the rubble. Aftershocks were felt in Dornbach again.";

    /// <summary>Three reports of one earthquake on Harrow Island and three of a later, stronger one there, in the same words.</summary>
    private static readonly (string Id, string Text)[] HarrowQuakes =
    [
        ("first-1", "A magnitude 5.4 earthquake shook Harrow Island in the Selby Sound, injuring 12 people and cracking walls in the "
            + "port town of Dunmore, the island governor said. The quake was felt on the mainland. Rescue teams checked schools and "
            + "the hospital in Dunmore. The governor said 12 people were treated for cuts and 37 houses were damaged."),
        ("first-2", "Twelve people were hurt when a 5.4 magnitude quake hit Harrow Island, the governor of the island said. Walls "
            + "cracked in Dunmore and 37 houses were damaged. Rescue teams searched schools and the hospital. The quake was felt "
            + "across the Selby Sound on the mainland, where 12 injured were flown."),
        ("first-3", "The 5.4 earthquake on Harrow Island damaged 37 houses in Dunmore and injured 12 people, officials in the Selby "
            + "Sound said. The island governor sent rescue teams to the schools and the hospital. Residents of Dunmore slept "
            + "outside after the quake, which was felt on the mainland."),
        ("second-1", "A magnitude 6.3 earthquake struck Harrow Island in the Selby Sound, killing 81 people and flattening houses in "
            + "the port town of Dunmore, the island governor said. The quake was felt on the mainland. Rescue teams dug through the "
            + "rubble of schools and the hospital in Dunmore. The governor said 81 people died and 940 houses were destroyed."),
        ("second-2", "Eighty-one people were killed when a 6.3 magnitude quake hit Harrow Island, the governor of the island said. "
            + "Houses collapsed in Dunmore and 940 homes were destroyed. Rescue teams searched schools and the hospital. The quake "
            + "was felt across the Selby Sound on the mainland, where 81 dead were counted."),
        ("second-3", "The 6.3 earthquake on Harrow Island destroyed 940 houses in Dunmore and killed 81 people, officials in the "
            + "Selby Sound said. The island governor sent rescue teams to the schools and the hospital. Residents of Dunmore slept "
            + "outside after the quake, which was felt on the mainland."),
    ];

    [Fact]
    public void Below_a_stray_cut_off_by_the_last_merge_a_cut_down_the_trunk_separates_two_groups()
    {
        // Given two groups of four vectors linked by a weak shared feature, and a stray vector linked to all of them more weakly still
        var vectors = new List<Dictionary<string, double>>();
        for (var i = 0; i < 4; i++)
        {
            vectors.Add(Vector(("quake", 0.2), ("marrowby", 0.7), ("m" + i, 0.686)));
            vectors.Add(Vector(("quake", 0.2), ("velka", 0.7), ("v" + i, 0.686)));
        }

        vectors.Add(Vector(("quake", 0.1), ("stray", 0.995)));

        // When the ways to cut them in two are listed
        var splits = StoryBisection.Splits(vectors);

        // Then the last merge only cuts off the stray, and the next cut down the trunk parts the two groups (the stray stays
        // with the larger side of the last merge), far apart
        Assert.Equal([8], splits[0].Other);
        Assert.Equal([8], StoryBisection.Halves(vectors)!.Other);
        var cut = splits[1];
        Assert.Equal([0, 2, 4, 6, 8], cut.Kept);
        Assert.Equal([1, 3, 5, 7], cut.Other);
        Assert.True(cut.Link < 0.4 * cut.Cohesion, $"link {cut.Link}, cohesion {cut.Cohesion}");
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(8, 1)]
    public void A_story_of_two_earthquakes_and_a_stray_report_splits_by_a_cut_below_the_last_merge(int cuts, int expected)
    {
        // Given one story of two Marrowby reports, two Velka reports and an unrelated budget report
        var all = new[]
        {
            Features("marrow1", QuakeMarrow), Features("velka1", QuakeVelka), Features("marrow2", QuakeMarrowAgain),
            Features("velka2", QuakeVelkaAgain), Features("budget", Budget),
        };
        var clusterer = new IncrementalClusterer(ClusteringOptions.Default with { Threshold = 0.99, SplitCuts = cuts, MinCutPart = 2 });
        foreach (var features in all)
        {
            clusterer.Observe(features);
        }

        var story = clusterer.Assign(all[0]);
        foreach (var features in all[1..])
        {
            clusterer.AssignTo(story, features);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then the last merge alone (it cuts off the single budget report) splits nothing; a cut further down the trunk
        // separates the two earthquakes
        Assert.Equal(expected, created);
        if (expected > 0)
        {
            var storyOf = clusterer.Stories.SelectMany(s => s.Members.Select(m => (m.Id, s.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            Assert.Equal(storyOf["marrow1"], storyOf["marrow2"]);
            Assert.Equal(storyOf["velka1"], storyOf["velka2"]);
            Assert.NotEqual(storyOf["marrow1"], storyOf["velka1"]);
        }
    }

    [Theory]
    [InlineData(true, 0.6)]
    [InlineData(false, 1.0)]
    public void A_group_that_never_states_a_month_against_one_that_does_is_another_events(bool monthDating, double factor)
    {
        // Given five reports that state a month (no event day) and five that state none
        var clusterer = new IncrementalClusterer(ClusteringOptions.Default with { MonthDating = monthDating });

        // When the two groups are compared
        var result = clusterer.DatingFactor(new GroupDating(0, 5, 5), new GroupDating(0, 0, 5));

        // Then the month test cuts their link (when on), where the day test alone cannot
        Assert.Equal(factor, result, 9);
    }

    [Theory]
    [InlineData("2005-11", true)]
    [InlineData("11-27", true)]
    [InlineData("2005", false)]
    public void A_month_or_a_day_of_a_month_counts_as_stating_a_month_and_a_bare_year_does_not(string timeKey, bool states)
    {
        var features = Features("a", QuakeVelka) with { Times = [timeKey] };

        Assert.Equal(states, IncrementalClusterer.StatesMonth(features));
    }

    [Fact]
    public void Numbers_weigh_more_than_words_so_two_earthquakes_at_one_place_are_told_apart()
    {
        // Given reports of two earthquakes on one island, told in the same words but with other magnitudes and tolls
        var features = HarrowQuakes.Select(q => Features(q.Id, q.Text)).ToList();
        var boosted = Observed(ClusteringOptions.Default, features);
        var flat = Observed(ClusteringOptions.Default with { NumberBoost = 1 }, features);

        // When reports are compared with numbers weighted (the default) and not
        double Same(IncrementalClusterer c) => c.Similarity(features[0], features[1]);
        double Other(IncrementalClusterer c) => c.Similarity(features[0], features[3]);

        // Then weighting numbers brings two reports of one earthquake closer and two earthquakes further apart
        Assert.True(Same(boosted) > Same(flat), $"same quake {Same(boosted)} vs {Same(flat)}");
        Assert.True(Other(boosted) < Other(flat), $"other quake {Other(boosted)} vs {Other(flat)}");
        Assert.True(Same(boosted) > 2 * Other(boosted), $"same {Same(boosted)}, other {Other(boosted)}");
    }

    [Fact]
    public void Reports_of_two_earthquakes_at_one_place_form_two_stories()
    {
        // Given the three reports of each Harrow Island earthquake, interleaved
        var order = new[] { 0, 3, 1, 4, 2, 5 }.Select(i => HarrowQuakes[i]).ToList();

        // When the batch is grouped
        var grouping = new StoryGrouper().GroupFeatures(
            [.. order.Select(q => Article(q.Id, q.Text))],
            [.. order.Select(q => Features(q.Id, q.Text))]);

        // Then each earthquake is one story
        var stories = grouping.Stories.Select(s => string.Join(",", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(["first-1,first-2,first-3", "second-1,second-2,second-3"], stories);
    }

    private static IncrementalClusterer Observed(ClusteringOptions options, IEnumerable<StoryFeatures> features)
    {
        var clusterer = new IncrementalClusterer(options);
        foreach (var f in features)
        {
            clusterer.Observe(f);
        }

        return clusterer;
    }

    private static Dictionary<string, double> Vector(params (string Key, double Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
