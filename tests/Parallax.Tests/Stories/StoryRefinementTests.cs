using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>Places and time keys from the text stages, and the refinement pass that undoes single-pass order effects.</summary>
public sealed class StoryRefinementTests
{
    [Theory]
    [InlineData("2008-12-06", new[] { "2008", "2008-12", "12-06" })]
    [InlineData("2008-12", new[] { "2008", "2008-12" })]
    [InlineData("2008", new[] { "2008" })]
    [InlineData("XXXX-12-06", new[] { "12-06" })]
    [InlineData("PRESENT_REF", new string[0])]
    public void A_TIMEX3_date_gives_its_year_month_and_day_keys(string timex, string[] expected)
    {
        // Given a TIMEX3 date value (fully resolved, partial, or with an unresolved year)
        // When its time keys are taken
        var keys = StoryFeatureExtractor.TimeKeys(timex).ToList();

        // Then the resolved parts give keys and the unresolved ones none
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Places_and_dates_of_the_text_stages_become_story_features()
    {
        // Given an analysed article with a person, a place and a resolved date
        var article = Article("quake", QuakeMarrow);
        var analyzed = new AnalyzedArticle(
            article,
            [],
            [
                new EntityMention(new Span("quake", 0, 5), "Paulo Verano", EntityKind.Person, "Paulo Verano"),
                new EntityMention(new Span("quake", 6, 10), "Marrowby", EntityKind.Place, "Marrowby"),
            ],
            [],
            [new TimeMention(new Span("quake", 11, 18), "Tuesday", TimexType.Date, "2025-03-11", "2025-03-10")],
            []);

        // When the story features are built
        var features = new StoryFeatureExtractor().From(analyzed);

        // Then the place is a place feature (not an entity), and the date gives time keys and an event date
        Assert.Equal(["paulo verano"], features.Entities);
        Assert.Equal(["marrowby"], features.Places);
        Assert.Equal(["2025", "2025-03", "03-11"], features.Times);
        Assert.Equal([new DateOnly(2025, 3, 11)], features.EventDates);
    }

    [Fact]
    public void Reassignment_moves_a_misplaced_article_to_the_story_of_its_event()
    {
        // Given a story of the Marrowby earthquake, a ferry story, and a Marrowby report forced into the ferry story
        var clusterer = new IncrementalClusterer();
        var all = new[] { Features("quake2", QuakeMarrowAgain), Features("ferry", FerryWire), Features("quake1", QuakeMarrow), Features("budget", Budget) };
        foreach (var f in all)
        {
            clusterer.Observe(f);
        }

        var quakeStory = clusterer.Assign(all[0]);
        var ferryStory = clusterer.Assign(all[1]);
        clusterer.AssignTo(ferryStory, all[2]);

        // When the misplaced report is reconsidered
        var story = clusterer.Reassign(all[2]);

        // Then it joins the earthquake story and the ferry story keeps only the ferry report
        Assert.Equal(quakeStory, story);
        Assert.Equal(["quake2", "quake1"], clusterer.Stories.Single(s => s.Id == quakeStory).Members.Select(m => m.Id));
        Assert.Equal(["ferry"], clusterer.Stories.Single(s => s.Id == ferryStory).Members.Select(m => m.Id));
    }

    [Fact]
    public void Reassignment_keeps_an_article_whose_story_still_fits_best()
    {
        // Given two reports of the ferry accident in one story and an unrelated budget story
        var clusterer = new IncrementalClusterer();
        var all = new[] { Features("wire", FerryWire), Features("own", FerryOwnReport), Features("budget", Budget) };
        foreach (var f in all)
        {
            clusterer.Observe(f);
        }

        var ferry = clusterer.Assign(all[0]);
        Assert.Equal(ferry, clusterer.Assign(all[1]));
        var budget = clusterer.Assign(all[2]);

        // When every article is reconsidered
        var again = all.Select(clusterer.Reassign).ToList();

        // Then none moves and both stories stay
        Assert.Equal([ferry, ferry, budget], again);
        Assert.Equal(2, clusterer.Stories.Count);
    }

    [Fact]
    public void Reassigning_an_article_never_assigned_assigns_it()
    {
        // Given an empty clusterer
        var clusterer = new IncrementalClusterer();
        var features = Features("wire", FerryWire);
        clusterer.Observe(features);

        // When an unseen article is reconsidered
        var story = clusterer.Reassign(features);

        // Then it starts its own story
        Assert.Equal(IncrementalClusterer.StoryIdFor("wire"), story);
        Assert.Single(clusterer.Stories);
    }

    [Fact]
    public void Single_pairs_are_judged_with_their_own_lower_threshold()
    {
        // Given the default options
        var options = ClusteringOptions.Default;

        // Then the pair threshold (article against article) is below the story threshold (article against a centroid)
        Assert.InRange(options.PairThreshold, 0.0, options.Threshold);
    }
}
