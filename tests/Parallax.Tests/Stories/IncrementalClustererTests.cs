using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>Online story clustering: an article joins the story it matches, starts a new one otherwise, and time and place keep similar events apart.</summary>
public sealed class IncrementalClustererTests
{
    /// <summary>A clusterer that has learnt document frequencies from all the kit's texts (as the grouper does with a batch).</summary>
    private static IncrementalClusterer Trained()
    {
        var clusterer = new IncrementalClusterer();
        var texts = new[] { FerryWire, FerryOwnReport, Budget, QuakeMarrow, QuakeMarrowAgain, QuakeVelka };
        for (var i = 0; i < texts.Length; i++)
        {
            clusterer.Observe(Features("background" + i, texts[i]));
        }

        return clusterer;
    }

    [Fact]
    public void A_second_report_of_the_same_event_joins_the_first_ones_story()
    {
        // Given a story started by the wire report of the ferry accident
        var clusterer = Trained();
        var first = clusterer.Assign(Features("wire", FerryWire, March10));

        // When another outlet's own report of the accident arrives the same day
        var second = clusterer.Assign(Features("own", FerryOwnReport, March10.AddHours(3)));

        // Then it joins that story
        Assert.Equal(first, second);
        var story = Assert.Single(clusterer.Stories);
        Assert.Equal(["wire", "own"], story.Members.Select(m => m.Id));
        Assert.Equal(March10, story.First);
        Assert.Equal(March10.AddHours(3), story.Last);
    }

    [Fact]
    public void An_article_about_something_else_starts_a_new_story()
    {
        var clusterer = Trained();
        var ferry = clusterer.Assign(Features("wire", FerryWire, March10));

        var budget = clusterer.Assign(Features("budget", Budget, March10));

        Assert.NotEqual(ferry, budget);
        Assert.Equal(2, clusterer.Stories.Count);
        Assert.Equal(IncrementalClusterer.StoryIdFor("budget"), budget);
    }

    [Fact]
    public void A_copy_forced_into_a_story_joins_it_whatever_its_text()
    {
        // Given the ferry story with two reports and the budget story
        var clusterer = Trained();
        var ferry = clusterer.Assign(Features("wire", FerryWire, March10));
        clusterer.Assign(Features("own", FerryOwnReport, March10));
        var budget = clusterer.Assign(Features("budget", Budget, March10));

        // When a copy is put into the ferry story whatever its text (a syndicated copy follows its original)
        clusterer.AssignTo(ferry, Features("copy", Budget, March10.AddDays(1)));

        // Then the ferry story holds three members and its range reaches the copy's date, and the budget story is unchanged
        var story = clusterer.Stories.Single(s => s.Id == ferry);
        Assert.Equal(["wire", "own", "copy"], story.Members.Select(m => m.Id));
        Assert.Equal(March10.AddDays(1), story.Last);
        Assert.Equal(["budget"], clusterer.Stories.Single(s => s.Id == budget).Members.Select(m => m.Id));
    }

    [Fact]
    public void An_article_that_bridges_two_stories_merges_them_into_the_older_one()
    {
        // Given two stories with no feature in common: the grounding (a1) and the salvage (b1) of a ferry
        var clusterer = new IncrementalClusterer();
        var a1 = Terms("a1", "harbour", "ferry", "reef", "fog");
        var b1 = Terms("b1", "tug", "refloat", "divers", "hull");
        var c = Terms("c", "harbour", "ferry", "reef", "fog", "tug", "refloat", "divers", "hull");
        foreach (var f in new[] { a1, b1, c })
        {
            clusterer.Observe(f);
        }

        var storyA = clusterer.Assign(a1);
        var storyB = clusterer.Assign(b1);
        Assert.NotEqual(storyA, storyB);

        // When an article that tells both arrives
        var joined = clusterer.Assign(c);

        // Then the two stories are one, under the older story's id, and the other id redirects to it
        Assert.Equal(storyA, joined);
        var story = Assert.Single(clusterer.Stories);
        Assert.Equal(["a1", "b1", "c"], story.Members.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(storyA, clusterer.Resolve(storyB));

        // And a copy sent to the merged-away id lands in the surviving story
        clusterer.AssignTo(storyB, Terms("copy", "tug"));
        Assert.Contains("copy", story.Members.Select(m => m.Id));
    }

    [Fact]
    public void Without_merging_a_bridging_article_joins_one_story_and_both_remain()
    {
        var clusterer = new IncrementalClusterer(ClusteringOptions.Default with { MergeThreshold = 1.1 });
        var a1 = Terms("a1", "harbour", "ferry", "reef", "fog");
        var b1 = Terms("b1", "tug", "refloat", "divers", "hull");
        var c = Terms("c", "harbour", "ferry", "reef", "fog", "tug", "refloat", "divers", "hull");
        foreach (var f in new[] { a1, b1, c })
        {
            clusterer.Observe(f);
        }

        clusterer.Assign(a1);
        clusterer.Assign(b1);
        clusterer.Assign(c);

        Assert.Equal(2, clusterer.Stories.Count);
        Assert.Equal(3, clusterer.Stories.Sum(s => s.Members.Count));
    }

    private static StoryFeatures Terms(string id, params string[] terms) =>
        new(id, id, null, null, terms.ToDictionary(t => t, _ => 1, StringComparer.Ordinal), [], []);

    [Fact]
    public void Two_reports_of_one_earthquake_join_and_an_earthquake_elsewhere_stays_apart()
    {
        // Given two reports of the Marrowby earthquake and one of the Velka earthquake, days apart, with shared vocabulary
        var clusterer = Trained();
        var marrow = clusterer.Assign(Features("marrow1", QuakeMarrow, March10));
        var again = clusterer.Assign(Features("marrow2", QuakeMarrowAgain, March10.AddDays(1)));

        // When the Velka report arrives
        var velka = clusterer.Assign(Features("velka", QuakeVelka, March10.AddDays(3)));

        // Then the Marrowby reports are one story and Velka another
        Assert.Equal(marrow, again);
        Assert.NotEqual(marrow, velka);
        Assert.True(
            clusterer.Similarity(Features("marrow1", QuakeMarrow), Features("marrow2", QuakeMarrowAgain))
            > 2 * clusterer.Similarity(Features("marrow1", QuakeMarrow), Features("velka", QuakeVelka)));
    }

    [Fact]
    public void The_same_kind_of_report_a_year_later_starts_a_new_story()
    {
        // Given the ferry story of 10 March 2025
        var clusterer = Trained();
        var ferry = clusterer.Assign(Features("wire", FerryWire, March10));

        // When an almost identical report is published a year later (the same ferry grounds on the same reef again)
        var later = clusterer.Assign(Features("next-year", FerryOwnReport, March10.AddYears(1)));

        // Then time decay keeps it out of the old story, although the texts are similar
        Assert.NotEqual(ferry, later);
        var undated = clusterer.Similarity(Features("a", FerryWire), Features("b", FerryOwnReport));
        var yearApart = clusterer.Similarity(Features("a", FerryWire, March10), Features("b", FerryOwnReport, March10.AddYears(1)));
        Assert.True(undated >= ClusteringOptions.Default.Threshold, $"undated similarity {undated}");
        Assert.True(yearApart < undated / 100, $"a year apart {yearApart} vs {undated}");
    }

    [Fact]
    public void Within_the_grace_period_dates_do_not_lower_the_similarity()
    {
        var clusterer = Trained();

        var sameDay = clusterer.Similarity(Features("a", FerryWire, March10), Features("b", FerryOwnReport, March10));
        var twoDays = clusterer.Similarity(Features("a", FerryWire, March10), Features("b", FerryOwnReport, March10.AddDays(2)));
        var twoWeeks = clusterer.Similarity(Features("a", FerryWire, March10), Features("b", FerryOwnReport, March10.AddDays(16)));

        Assert.Equal(sameDay, twoDays, 10);
        Assert.Equal(sameDay / 4, twoWeeks, 6);
    }

    [Fact]
    public void Event_dates_that_are_far_apart_lower_the_similarity()
    {
        var clusterer = Trained();
        var a = Features("a", FerryWire) with { EventDates = [new DateOnly(2025, 3, 11)] };
        var near = Features("b", FerryOwnReport) with { EventDates = [new DateOnly(2025, 3, 12)] };
        var far = Features("c", FerryOwnReport) with { EventDates = [new DateOnly(2024, 3, 11)] };

        Assert.Equal(clusterer.Similarity(a, near) * ClusteringOptions.Default.EventDateMismatch, clusterer.Similarity(a, far), 10);
    }

    [Fact]
    public void The_same_arrivals_give_the_same_stories_every_time()
    {
        static List<string> Run()
        {
            var clusterer = Trained();
            return
            [
                clusterer.Assign(Features("wire", FerryWire, March10)),
                clusterer.Assign(Features("marrow1", QuakeMarrow, March10)),
                clusterer.Assign(Features("own", FerryOwnReport, March10)),
                clusterer.Assign(Features("budget", Budget, March10)),
                clusterer.Assign(Features("marrow2", QuakeMarrowAgain, March10)),
            ];
        }

        var first = Run();

        Assert.Equal(first, Run());
        Assert.Equal(IncrementalClusterer.StoryIdFor("wire"), first[0]);
        Assert.Equal(3, first.Distinct().Count());
    }

    [Fact]
    public void Two_first_articles_with_the_same_id_get_distinct_story_ids()
    {
        var clusterer = Trained();

        var one = clusterer.Assign(Features("x", FerryWire));
        var two = clusterer.Assign(Features("x", Budget));

        Assert.NotEqual(one, two);
        Assert.StartsWith(one, two, StringComparison.Ordinal);
    }
}
