using Parallax.Documents;
using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>Story grouping over a stream read in blocks: the same as a batch for one block, bounded state for many.</summary>
public sealed class StoryStreamTests
{
    private static (Article Article, StoryFeatures Features) Item(string id, string text, string outlet, DateTimeOffset published) =>
        (Article(id, text, outlet, published), Features(id, text, published, outlet));

    private static StoryBlock Add(StoryStream stream, params (Article Article, StoryFeatures Features)[] items) =>
        stream.Add([.. items.Select(i => i.Article)], [.. items.Select(i => i.Features)]);

    [Fact]
    public void One_block_is_grouped_as_the_batch_is()
    {
        // Given two reports of one ferry accident, two of one earthquake, another earthquake and a budget vote
        var items = new[]
        {
            Item("wire", FerryWire, "Meridian Wire", March10),
            Item("quake1", QuakeMarrow, "Tessaline News", March10.AddHours(1)),
            Item("budget", Budget, "Eastmoor Post", March10.AddHours(2)),
            Item("own", FerryOwnReport, "The Harbour Gazette", March10.AddHours(3)),
            Item("velka", QuakeVelka, "Ostravia Today", March10.AddHours(4)),
            Item("quake2", QuakeMarrowAgain, "Coast Radio", March10.AddHours(5)),
        };

        // When the batch grouper and a stream of one block group them
        var batch = new StoryGrouper().GroupFeatures([.. items.Select(i => i.Article)], [.. items.Select(i => i.Features)]).Stories;
        var stream = new StoryStream();
        var block = Add(stream, items);
        var streamed = stream.Stories();

        // Then the stories are the same, and each article's story id names the story that holds it
        Assert.Equal(batch.Select(s => (s.Id, string.Join(",", s.ArticleIds))), streamed.Select(s => (s.Id, string.Join(",", s.ArticleIds))));
        for (var i = 0; i < items.Length; i++)
        {
            Assert.Contains(items[i].Article.Id, streamed.Single(s => s.Id == stream.Resolve(block.StoryIds[i])).ArticleIds);
        }

        Assert.Equal(4, streamed.Count);
    }

    [Fact]
    public void A_story_goes_on_in_a_later_block_with_its_settled_articles_described()
    {
        // Given a ferry report and a budget vote in one block, another report of the ferry accident in the next
        var stream = new StoryStream();
        var first = Add(stream, Item("wire", FerryWire, "Meridian Wire", March10), Item("budget", Budget, "Eastmoor Post", March10));
        var second = Add(stream, Item("own", FerryOwnReport, "The Harbour Gazette", March10.AddDays(1)));

        // When the stories are read after both blocks (the first block's articles are settled)
        var stories = stream.Stories();

        // Then the later report joined the ferry story, which still knows its outlets and dates
        Assert.Equal(stream.Resolve(first.StoryIds[0]), stream.Resolve(second.StoryIds[0]));
        Assert.NotEqual(stream.Resolve(first.StoryIds[0]), stream.Resolve(first.StoryIds[1]));
        var ferry = stories.Single(s => s.ArticleIds.Contains("wire"));
        Assert.Equal(["wire", "own"], ferry.ArticleIds);
        Assert.Equal(["Meridian Wire", "The Harbour Gazette"], ferry.Outlets);
        Assert.Equal(2, ferry.IndependentSources);
        Assert.Equal(March10, ferry.First);
        Assert.Equal(March10.AddDays(1), ferry.Last);
    }

    [Fact]
    public void A_copy_counts_once_after_its_block_is_settled()
    {
        // Given a wire report and an exact copy of it from another outlet, in one block
        var stream = new StoryStream();
        Add(stream, Item("wire", FerryWire, "Meridian Wire", March10), Item("copy", FerryWire, "Gull Island Post", March10.AddHours(1)));
        Add(stream, Item("budget", Budget, "Eastmoor Post", March10.AddDays(1)));

        // When the stories are read
        var ferry = stream.Stories().Single(s => s.ArticleIds.Contains("wire"));

        // Then the two outlets are one independent source
        Assert.Equal(["wire", "copy"], ferry.ArticleIds);
        Assert.Equal(1, ferry.IndependentSources);
    }

    [Fact]
    public void A_story_retires_from_the_index_only_past_the_decay_horizon()
    {
        // Given a ferry story, then a budget vote ten days later
        var stream = new StoryStream();
        Add(stream, Item("wire", FerryWire, "Meridian Wire", March10));
        Add(stream, Item("budget", Budget, "Eastmoor Post", March10.AddDays(10)));

        // Then both stories are still open
        Assert.Equal(2, stream.ActiveStories);

        // When an earthquake is reported two months after the ferry story
        Add(stream, Item("velka", QuakeVelka, "Ostravia Today", March10.AddDays(60)));

        // Then the ferry and budget stories have retired (no article of that date could join them); the stories remain
        Assert.Equal(1, stream.ActiveStories);
        Assert.Equal(3, stream.Stories().Count);
    }

    [Fact]
    public void With_one_candidate_scored_the_story_sharing_most_rare_features_is_chosen()
    {
        // Given stories about a budget vote, an earthquake and a ferry accident, and a clusterer scoring one candidate
        var clusterer = new IncrementalClusterer(ClusteringOptions.Default with { MaxCandidates = 1 });
        var budget = Features("budget", Budget, March10);
        var velka = Features("velka", QuakeVelka, March10);
        var marrow = Features("marrow", QuakeMarrow, March10);
        var ferry = Features("wire", FerryWire, March10);
        var again = Features("again", QuakeMarrowAgain, March10.AddHours(3));
        foreach (var f in new[] { budget, velka, marrow, ferry, again })
        {
            clusterer.Observe(f);
        }

        var marrowStory = clusterer.Assign(marrow);
        clusterer.Assign(budget);
        clusterer.Assign(velka);
        clusterer.Assign(ferry);

        // When another report of the Marrowby earthquake arrives
        var story = clusterer.Assign(again);

        // Then it joins the Marrowby story, not the other earthquake found through the shared quake words
        Assert.Equal(marrowStory, story);
    }
}
