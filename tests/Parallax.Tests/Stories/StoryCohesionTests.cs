using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>The relative split and merge tests over stories: a story of two similar events splits, one event stays whole.</summary>
public sealed class StoryCohesionTests
{
    [Fact]
    public void Two_groups_of_vectors_come_back_as_the_two_halves_with_a_link_below_their_cohesion()
    {
        // Given two vectors about one thing and two about another, sharing one weak feature
        var vectors = new[]
        {
            Vector(("quake", 0.6), ("marrowby", 0.8)),
            Vector(("quake", 0.6), ("velka", 0.8)),
            Vector(("quake", 0.6), ("marrowby", 0.7), ("harbour", 0.39)),
            Vector(("quake", 0.6), ("velka", 0.7), ("valley", 0.39)),
        };

        // When they are split in two
        var halves = StoryBisection.Halves(vectors);

        // Then the halves are the two groups (the one with the first vector is kept), and they link by the shared feature only
        Assert.NotNull(halves);
        Assert.Equal([0, 2], halves.Kept);
        Assert.Equal([1, 3], halves.Other);
        Assert.Equal(0.36, halves.Link, 6);
        Assert.True(halves.Cohesion > 0.9, $"cohesion {halves.Cohesion}");
    }

    [Fact]
    public void A_story_holding_two_earthquakes_splits_into_one_story_per_earthquake()
    {
        // Given one story that holds two reports of the Marrowby earthquake and two of the Velka earthquake
        var clusterer = TrainedOnEvents(out var all);
        var story = clusterer.Assign(all["marrow1"]);
        foreach (var id in new[] { "velka1", "marrow2", "velka2" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then the Velka reports leave for a story of their own and the first story keeps the Marrowby reports
        Assert.Equal(1, created);
        Assert.Equal(["marrow1", "marrow2"], Members(clusterer, story));
        Assert.Equal(["velka1", "velka2"], clusterer.Stories.Single(s => s.Id != story).Members.Select(m => m.Id));
    }

    [Fact]
    public void A_story_of_one_event_told_by_two_groups_of_copies_stays_whole()
    {
        // Given the ferry accident as a wire text and an own report, each with a lightly edited copy, in one story
        var clusterer = TrainedOnEvents(out var all);
        var story = clusterer.Assign(all["wire"]);
        foreach (var id in new[] { "own", "wire-copy", "own-copy" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then the copies do not make their groups look like two events: the story stays whole
        Assert.Equal(0, created);
        Assert.Equal(["wire", "own", "wire-copy", "own-copy"], Members(clusterer, story));
    }

    [Fact]
    public void Without_the_similarity_cap_two_groups_of_copies_would_split_one_event()
    {
        // Given the same story of the ferry accident, and the split test counting near-copies at full similarity (60 features
        // per article: at these short texts' full vocabulary the wire and the own report share enough words to stay whole anyway)
        var clusterer = TrainedOnEvents(out var all, ClusteringOptions.Default with { SplitSimilarityCap = 1, MaxFeaturesPerArticle = 60 });
        var story = clusterer.Assign(all["wire"]);
        foreach (var id in new[] { "own", "wire-copy", "own-copy" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then the copy groups are split apart (which is why the cap exists)
        Assert.Equal(1, created);
    }

    [Fact]
    public void Two_stories_of_one_event_merge_and_a_similar_event_stays_apart()
    {
        // Given a joining threshold so high that every report starts a story of its own (single stories merging at the floor)
        var clusterer = TrainedOnEvents(out var all, ClusteringOptions.Default with { Threshold = 0.99, SingleMergeThreshold = 0.05 });
        foreach (var id in new[] { "marrow1", "velka1", "marrow2", "velka2", "budget" })
        {
            clusterer.Assign(all[id]);
        }

        Assert.Equal(5, clusterer.Stories.Count);

        // When stories are merged by the relative test
        var merges = clusterer.MergeStories();

        // Then each earthquake is one story, and the budget report stays alone
        Assert.Equal(2, merges);
        var stories = clusterer.Stories.Select(s => string.Join(",", s.Members.Select(m => m.Id).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(["budget", "marrow1,marrow2", "velka1,velka2"], stories);
    }

    [Fact]
    public void A_story_too_large_for_the_split_test_is_left_as_it_is()
    {
        // Given the two-earthquake story and a split test bounded below its size
        var clusterer = TrainedOnEvents(out var all, ClusteringOptions.Default with { MaxSplitMembers = 3 });
        var story = clusterer.Assign(all["marrow1"]);
        foreach (var id in new[] { "velka1", "marrow2", "velka2" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When stories are tested for two events
        var created = clusterer.SplitStories();

        // Then nothing is split
        Assert.Equal(0, created);
        Assert.Equal(4, clusterer.Stories.Single().Members.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_stories_of_a_batch_do_not_depend_on_its_order(int seed)
    {
        // Given reports of two earthquakes, a ferry accident and a budget vote, in a shuffled order
        var texts = new (string Id, string Text)[]
        {
            ("marrow1", QuakeMarrow), ("velka1", QuakeVelka), ("wire", FerryWire), ("marrow2", QuakeMarrowAgain),
            ("budget", Budget), ("velka2", QuakeVelkaAgain), ("own", FerryOwnReport),
        };
        var shuffled = texts.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);

        // When the batch is grouped
        var grouping = new StoryGrouper().GroupFeatures(
            [.. shuffled.Select(t => Article(t.Id, t.Text))],
            [.. shuffled.Select(t => Features(t.Id, t.Text))]);

        // Then every order gives one story per event
        var stories = grouping.Stories.Select(s => string.Join(",", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(["budget", "marrow1,marrow2", "own,wire", "velka1,velka2"], stories);
    }

    private static Dictionary<string, double> Vector(params (string Key, double Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
