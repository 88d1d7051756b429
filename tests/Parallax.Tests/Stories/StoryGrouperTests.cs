using Parallax.Documents;
using Parallax.Stories;
using Parallax.Tests.Extraction;
using Parallax.Tests.TestKit;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>The stories stage as the pipeline runs it: copies first, then clustering in publication order.</summary>
public sealed class StoryGrouperTests
{
    private readonly StoryGrouper _grouper = new();

    [Fact]
    public async Task The_four_samples_form_one_story_of_four_independent_outlets()
    {
        // Given the four sample articles (one fictional event, four outlets), extracted as the pipeline does
        var articles = (await InputDocuments.Extract(TestPaths.Samples)).Values.ToList();

        // When they are grouped
        var stories = _grouper.Group([.. articles.Select(Analyzed)]);

        // Then they are one story, with every outlet and four independent sources
        var story = Assert.Single(stories);
        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), story.ArticleIds.Order(StringComparer.Ordinal));
        Assert.Equal(["Coastline Daily", "Meridian Wire", "The Northern Ledger", "The Valley Courier"], story.Outlets.Order(StringComparer.Ordinal));
        Assert.Equal(4, story.IndependentSources);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), story.First);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 17, 5, 0, TimeSpan.Zero), story.Last);
    }

    [Fact]
    public async Task The_two_seeds_form_one_story_that_no_sample_joins()
    {
        // Given the two real seeds (one visit to Dushanbe) and the four samples (a dam in a fictional region)
        var seeds = (await InputDocuments.Extract(TestPaths.Seeds())).Values.ToList();
        var samples = (await InputDocuments.Extract(TestPaths.Samples)).Values.ToList();

        // When they are grouped together
        var stories = _grouper.Group([.. seeds.Concat(samples).Select(Analyzed)]);

        // Then the seeds share a story of two outlets that holds no sample, and the samples share another
        Assert.Equal(2, stories.Count);
        var seedStory = Assert.Single(stories, s => s.ArticleIds.Contains(seeds[0].Id));
        Assert.Equal(seeds.Select(a => a.Id).Order(StringComparer.Ordinal), seedStory.ArticleIds.Order(StringComparer.Ordinal));
        Assert.Equal(["Press TV", "The Moscow Times"], seedStory.Outlets.Order(StringComparer.Ordinal));
        Assert.Equal(2, seedStory.IndependentSources);
        Assert.DoesNotContain(samples, a => seedStory.ArticleIds.Contains(a.Id));
    }

    [Fact]
    public void A_syndicated_copy_shares_its_originals_story_and_counts_once()
    {
        // Given a wire report, a page reprinting it inside other text, an independent report and an unrelated story
        var wire = Article("wire", FerryWire, "Meridian Wire", March10);
        var reprint = Article("reprint", "Islanders woke to sirens on Tuesday. " + Budget + " " + FerryWire, "Gull Island Post", March10.AddHours(5));
        var own = Article("own", FerryOwnReport, "The Harbour Gazette", March10.AddHours(2));
        var budget = Article("budget", QuakeVelka, "Ostravia Today", March10);

        // When they are grouped
        var grouping = _grouper.GroupDetailed([.. new[] { wire, reprint, own, budget }.Select(Analyzed)]);

        // Then the ferry story has three articles from three outlets but two independent sources
        var ferry = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains("wire"));
        Assert.Equal(["wire", "own", "reprint"], ferry.ArticleIds);
        Assert.Equal(3, ferry.Outlets.Count);
        Assert.Equal(2, ferry.IndependentSources);
        Assert.Equal("wire", grouping.Copies.Syndication["reprint"]);
        Assert.DoesNotContain("budget", ferry.ArticleIds);
    }

    [Fact]
    public void Articles_are_clustered_in_publication_order_and_the_story_is_named_after_the_earliest()
    {
        var late = Article("late", FerryOwnReport, "B", March10.AddDays(1)) with { Title = new Found<string>("Ferry refloated", "test") };
        var early = Article("early", FerryWire, "A", March10) with { Title = new Found<string>("Ferry aground off Gull Island", "test") };

        var story = Assert.Single(_grouper.Group([Analyzed(late), Analyzed(early)]));

        Assert.Equal(IncrementalClusterer.StoryIdFor("early"), story.Id);
        Assert.Equal("Ferry aground off Gull Island", story.Title);
        Assert.Equal(["early", "late"], story.ArticleIds);
        Assert.Equal(March10, story.First);
    }

    [Fact]
    public void Grouping_the_same_batch_twice_gives_the_same_stories()
    {
        var batch = new[]
        {
            Article("wire", FerryWire, "A", March10), Article("budget", Budget, "B", March10), Article("own", FerryOwnReport, "C", March10),
            Article("m1", QuakeMarrow, "D", March10), Article("m2", QuakeMarrowAgain, "E", March10.AddDays(1)), Article("v", QuakeVelka, "F", March10.AddDays(3)),
        }.Select(Analyzed).ToList();

        var first = new StoryGrouper().Group(batch);
        var second = new StoryGrouper().Group(batch);

        Assert.Equal(first.Select(s => (s.Id, string.Join(',', s.ArticleIds))), second.Select(s => (s.Id, string.Join(',', s.ArticleIds))));
        Assert.Equal(4, first.Count);
    }

    [Fact]
    public void An_empty_batch_has_no_stories()
    {
        Assert.Empty(_grouper.Group([]));
    }
}
