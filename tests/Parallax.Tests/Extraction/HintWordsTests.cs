using Parallax.Extraction.Html;

namespace Parallax.Tests.Extraction;

/// <summary>Class-and-id word lists: where a word counts, and which word names the verdict when several match.</summary>
public sealed class HintWordsTests
{
    private static readonly HintWords Furniture = new(new HintWordsFile("-_ ", ["share", "comment", "comment-respond", "related-posts", "related"]));
    private static readonly HintWords Ads = new(new HintWordsFile(" _", ["ad-", "dfp-"], Prefix: true));

    [Theory]
    [InlineData("share", "share")]
    [InlineData("post share-bar", "share")]
    [InlineData("post_share", "share")]
    [InlineData("related-posts main", "related-posts")]
    [InlineData("widget comment-respond", "comment")]
    [InlineData("sidebar related-posts", "related-posts")]
    [InlineData("entry-content shared", null)]
    [InlineData("preshare", null)]
    [InlineData("sharebar", null)]
    [InlineData("", null)]
    public void A_word_counts_only_between_separators_and_the_leftmost_then_first_listed_wins(string hints, string? expected)
    {
        Assert.Equal(expected, Furniture.First(hints));
    }

    [Fact]
    public void A_longer_listed_word_is_found_where_the_shorter_does_not_end_at_a_separator()
    {
        var words = new HintWords(new HintWordsFile("-_ ", ["related-posts", "posts"]));
        Assert.Equal("related-posts", words.First("x related-posts"));
        Assert.Equal("posts", words.First("related posts"));
    }

    [Theory]
    [InlineData("ad-slot-3", true)]
    [InlineData("banner dfp-top", true)]
    [InlineData("x_ad-unit", true)]
    [InlineData("head-ad-unit", false)]
    [InlineData("adapt", false)]
    public void Prefix_words_need_only_start_at_a_separator(string hints, bool expected)
    {
        Assert.Equal(expected, Ads.IsMatch(hints));
    }

    [Fact]
    public void An_empty_word_in_the_rules_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new HintWords(new HintWordsFile("-", ["nav", ""])));
    }
}
