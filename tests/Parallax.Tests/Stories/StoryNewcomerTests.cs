using Parallax.Documents;
using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>
/// Newcomers to a story whose earlier articles are settled (no vectors kept): tested as a group against the settled
/// part (<see cref="IncrementalClusterer.SplitNewcomers"/>), they leave when they are another event.
/// </summary>
public sealed class StoryNewcomerTests
{
    [Fact]
    public void Newcomers_of_a_similar_event_leave_a_story_whose_first_event_is_settled()
    {
        // Given a story of two settled reports of the Marrowby earthquake that two reports of the Velka earthquake joined
        var clusterer = TrainedOnEvents(out var all);
        var story = clusterer.Assign(all["marrow1"]);
        clusterer.AssignTo(story, all["marrow2"]);
        clusterer.Settle(["marrow1", "marrow2"]);
        clusterer.AssignTo(story, all["velka1"]);
        clusterer.AssignTo(story, all["velka2"]);

        // When the newcomers are tested against the settled part
        var created = clusterer.SplitNewcomers(clusterer.Stories);

        // Then the Velka reports leave for a story of their own and the settled story keeps the Marrowby reports
        Assert.Equal(1, created);
        Assert.Equal(["marrow1", "marrow2"], Members(clusterer, story));
        Assert.Equal(["velka1", "velka2"], clusterer.Stories.Single(s => s.Id != story).Members.Select(m => m.Id));
    }

    [Fact]
    public void Newcomers_of_the_same_event_stay_with_its_settled_reports()
    {
        // Given a story of the ferry accident whose wire text and own report are settled, and edited copies of both arriving later
        var clusterer = TrainedOnEvents(out var all);
        var story = clusterer.Assign(all["wire"]);
        clusterer.AssignTo(story, all["own"]);
        clusterer.Settle(["wire", "own"]);
        clusterer.AssignTo(story, all["wire-copy"]);
        clusterer.AssignTo(story, all["own-copy"]);

        // When the newcomers are tested against the settled part
        var created = clusterer.SplitNewcomers(clusterer.Stories);

        // Then the story stays whole
        Assert.Equal(0, created);
        Assert.Equal(["wire", "own", "wire-copy", "own-copy"], Members(clusterer, story));
    }

    [Fact]
    public void Newcomers_with_no_settled_part_are_left_to_the_split_rounds()
    {
        // Given a story of two earthquakes in which no article is settled
        var clusterer = TrainedOnEvents(out var all);
        var story = clusterer.Assign(all["marrow1"]);
        foreach (var id in new[] { "marrow2", "velka1", "velka2" })
        {
            clusterer.AssignTo(story, all[id]);
        }

        // When newcomers are tested
        var created = clusterer.SplitNewcomers(clusterer.Stories);

        // Then nothing happens: such a story is the split rounds' work (one block is grouped as before)
        Assert.Equal(0, created);
        Assert.Equal(["marrow1", "marrow2", "velka1", "velka2"], Members(clusterer, story));
    }

    [Fact]
    public void A_stream_keeps_a_similar_event_of_a_later_block_apart_and_one_event_over_two_blocks_whole()
    {
        // Given a join threshold loose enough for a report of the Velka earthquake to join a story of the Marrowby one
        // (as similar events do at stream scale); the Marrowby earthquake and the ferry accident in one block, and in
        // the next two reports of the Velka earthquake and copies of the ferry reports
        var stream = new StoryStream(new StoryGrouperOptions { Clustering = ClusteringOptions.Default with { Threshold = 0.02 } });
        var day = March10;
        Add(stream, Item("marrow1", QuakeMarrow, day), Item("marrow2", QuakeMarrowAgain, day.AddHours(1)), Item("wire", FerryWire, day), Item("own", FerryOwnReport, day.AddHours(1)));
        Add(
            stream,
            Item("velka1", QuakeVelka, day.AddHours(21)),
            Item("velka2", QuakeVelkaAgain, day.AddHours(22)),
            Item("wire-copy", EditEvery(FerryWire, 9), day.AddHours(23)),
            Item("own-copy", EditEvery(FerryOwnReport, 9), day.AddHours(23)));

        // When the stories are read
        var stories = stream.Stories().Select(s => string.Join(",", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

        // Then each event is one story
        Assert.Equal(["marrow1,marrow2", "own,own-copy,wire,wire-copy", "velka1,velka2"], stories);
    }

    private static void Add(StoryStream stream, params (Article Article, StoryFeatures Features)[] items) =>
        stream.Add([.. items.Select(i => i.Article)], [.. items.Select(i => i.Features)]);

    private static (Article Article, StoryFeatures Features) Item(string id, string text, DateTimeOffset published) =>
        (Article(id, text, "Outlet " + id, published), Features(id, text, published, "Outlet " + id));
}
