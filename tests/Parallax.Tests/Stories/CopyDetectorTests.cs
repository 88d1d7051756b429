using Parallax.Stories;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Stories;

/// <summary>Copies among articles: exact duplicates, near duplicates with their similarity, and syndicated copies that count once.</summary>
public sealed class CopyDetectorTests
{
    private readonly CopyDetector _detector = new();

    [Fact]
    public void Copies_that_differ_only_in_case_spacing_and_punctuation_are_exact_duplicates()
    {
        // Given the wire text and a copy re-typeset (upper case, doubled spaces, no commas, line breaks for sentence ends)
        var copy = FerryWire.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(". ", "\n", StringComparison.Ordinal);
        var articles = new[] { Article("a", FerryWire), Article("b", copy), Article("c", Budget) };

        // When copies are detected
        var groups = _detector.Detect(articles);

        // Then the two are one exact group, led by the first, and the budget story is alone
        Assert.Equal("a", groups.Exact["b"]);
        Assert.Equal("a", groups.Exact["a"]);
        Assert.Equal("c", groups.Exact["c"]);
        var pair = Assert.Single(_detector.NearDuplicatePairs(articles));
        Assert.Equal((0, 1, 1.0), pair);
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_near_duplicate_with_a_similarity_below_one()
    {
        // Given the wire text and a copy with one word in forty changed
        var edited = EditEvery(FerryWire, 40);
        var articles = new[] { Article("wire", FerryWire), Article("edited", edited), Article("own", FerryOwnReport) };

        // When copies are detected
        var groups = _detector.Detect(articles);
        var pairs = _detector.NearDuplicatePairs(articles);

        // Then the edited copy is a near duplicate (not an exact one), with a Jaccard estimate between the threshold and 1
        Assert.Equal("edited", groups.Exact["edited"]);
        Assert.Equal("wire", groups.NearDuplicate["edited"]);
        var (a, b, jaccard) = Assert.Single(pairs);
        Assert.Equal((0, 1), (a, b));
        Assert.InRange(jaccard, 0.8, 0.99);

        // And the outlet's own report of the same accident is no copy at all
        Assert.Equal("own", groups.Syndication["own"]);
    }

    [Fact]
    public void A_heavily_edited_copy_is_not_a_near_duplicate()
    {
        var articles = new[] { Article("wire", FerryWire), Article("rewritten", EditEvery(FerryWire, 4)) };

        Assert.Empty(_detector.NearDuplicatePairs(articles));
    }

    [Fact]
    public void A_reprint_inside_a_longer_page_is_syndicated_and_the_group_counts_as_one_source()
    {
        // Given the wire story, a page that carries it after an intro line and another story and before a closing line
        // of its own, and an independent report of the same accident
        var reprint = "Islanders woke to sirens on Tuesday. " + Budget + " " + FerryWire + " Our reporter on the quay saw the tug arrive at noon.";
        var articles = new[] { Article("wire", FerryWire), Article("reprint", reprint), Article("own", FerryOwnReport) };

        // When copies are detected
        var groups = _detector.Detect(articles);

        // Then the reprint is too different overall to be a near duplicate, but it is a syndicated copy of the wire
        Assert.Equal("reprint", groups.NearDuplicate["reprint"]);
        Assert.Equal("wire", groups.Syndication["reprint"]);

        // And the three articles are two independent sources
        Assert.Equal(2, groups.IndependentSources(["wire", "reprint", "own"]));
        Assert.Equal(1, groups.IndependentSources(["wire", "reprint"]));
    }

    [Fact]
    public void Every_level_of_grouping_contains_the_one_before()
    {
        var articles = new[]
        {
            Article("wire", FerryWire), Article("exact", FerryWire + " "), Article("near", EditEvery(FerryWire, 40)),
            Article("reprint", "Islanders woke to sirens on Tuesday. " + FerryWire), Article("budget", Budget),
        };

        var groups = _detector.Detect(articles);

        foreach (var article in articles)
        {
            var id = article.Id;
            Assert.Equal(groups.NearDuplicate[groups.Exact[id]], groups.NearDuplicate[id]);
            Assert.Equal(groups.Syndication[groups.NearDuplicate[id]], groups.Syndication[id]);
        }

        Assert.Equal(4, groups.Exact.Values.Distinct().Count());
        Assert.Equal(2, groups.IndependentSources(articles.Select(a => a.Id)));
    }

    [Fact]
    public void Detection_is_deterministic_across_runs_and_instances()
    {
        var articles = new[] { Article("wire", FerryWire), Article("near", EditEvery(FerryWire, 60)), Article("own", FerryOwnReport), Article("budget", Budget) };

        var first = new CopyDetector().NearDuplicatePairs(articles);
        var second = new CopyDetector().NearDuplicatePairs(articles);

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Fact]
    public void Empty_and_tiny_texts_do_not_break_detection()
    {
        var articles = new[] { Article("empty", ""), Article("tiny", "Fog."), Article("tiny2", "fog"), Article("wire", FerryWire) };

        var groups = _detector.Detect(articles);

        Assert.Equal("tiny", groups.Exact["tiny2"]);
        Assert.Equal("empty", groups.Syndication["empty"]);
        Assert.Equal("wire", groups.Syndication["wire"]);
    }

    [Fact]
    public void Options_whose_bands_do_not_fit_the_signature_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CopyDetector(new CopyDetectionOptions { SignatureSize = 64, Bands = 16, Rows = 8 }));
    }
}
