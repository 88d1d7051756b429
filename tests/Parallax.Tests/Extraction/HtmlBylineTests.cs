using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Bylines: JSON-LD references, dates and roles after the names, comment forms, plain "Von X" lines.</summary>
public sealed class HtmlBylineTests
{
    private static string Page(string head, string top, string afterBody = "") =>
        $"<html><head><title>Harbour wall repaired</title>{head}</head><body><h1>Harbour wall repaired</h1>{top}<article><p>{HtmlContentTests.Prose("One")}</p><p>{HtmlContentTests.Prose("Two")}</p></article>{afterBody}</body></html>";

    [Fact]
    public void A_JSON_LD_author_given_as_an_id_reference_is_resolved_to_its_name()
    {
        // Given an @graph whose Article names its author by @id and a Person node with that @id
        const string ld = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Article","headline":"Harbour wall repaired","author":{"@id":"https://example.org/#/person/1"}},
              {"@type":"Person","@id":"https://example.org/#/person/1","name":"Irmela Vogt"}]}</script>
            """;

        // When it is extracted
        var article = ArticleOf(Html(Page(ld, "")));

        // Then the byline is the person's name
        Assert.Equal("Irmela Vogt", article.Byline?.Value);
        Assert.Equal("json-ld.author", article.Byline?.Source);
    }

    [Theory]
    [InlineData("Von Tobias Kern am 21. April 2020", "Tobias Kern")]
    [InlineData("Ein Artikel von Pamela Sladek | 27.01.2022 - 12:45", "Pamela Sladek")]
    [InlineData("Redaktion: Eberhard Fuchs (Pressesprecher)", "Eberhard Fuchs")]
    [InlineData("Veröffentlicht vonChris Jung", "Chris Jung")]
    [InlineData("Sara Zimmer Stand: 12.01.2022", "Sara Zimmer")]
    public void A_byline_element_loses_its_prefix_and_what_follows_the_names(string byline, string expected)
    {
        // Given a byline element with a lead-in and a date or role after the names
        var html = Page("", $"<div class=\"byline\">{byline}</div>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then only the names are left
        Assert.Equal(expected, article.Byline?.Value);
    }

    [Fact]
    public void A_comment_form_label_is_not_a_byline()
    {
        // Given a page whose only author-classed element is the name field of the comment form
        var html = Page("", "", "<form id=\"commentform\"><label class=\"comment-author\">Name (required)</label><input name=\"author\"></form>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then there is no byline
        Assert.Null(article.Byline);
    }

    [Fact]
    public void A_plain_line_starting_with_a_byline_word_after_the_headline_gives_the_writer()
    {
        // Given a page with "par Didier Roux" in an unmarked paragraph below the headline
        var html = Page("", "<p>par Didier Roux</p>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the writer is found in the text after the title
        Assert.Equal("Didier Roux", article.Byline?.Value);
        Assert.Equal("text.after-title", article.Byline?.Source);
    }

    [Fact]
    public void A_preposition_inside_a_sentence_is_not_a_byline()
    {
        // Given a page whose text after the headline has "von" inside a sentence
        var html = Page("", "<p>Das Potenzial von Wasserstoff ist groß.</p>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then there is no byline
        Assert.Null(article.Byline);
    }
}
