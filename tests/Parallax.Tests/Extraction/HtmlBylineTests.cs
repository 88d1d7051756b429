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

    [Fact]
    public void A_declared_author_that_is_the_site_gives_way_to_the_byline_the_page_shows()
    {
        // Given JSON-LD naming the outlet as author, and a byline element naming the writer
        const string head = """
            <meta property="og:site_name" content="Harbour Gazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repaired","author":{"@type":"Organization","name":"Harbour Gazette"}}</script>
            """;
        var html = Page(head, "<div class=\"byline\">Von Tobias Kern</div>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the byline is the writer's
        Assert.Equal("Tobias Kern", article.Byline?.Value);
        Assert.Equal("byline.class", article.Byline?.Source);
    }

    [Fact]
    public void A_declared_login_handle_gives_way_to_the_name_the_page_shows_and_stands_without_one()
    {
        // Given JSON-LD whose author is a login handle, with and without a rel=author link that shows the name
        const string head = """<script type="application/ld+json">{"@type":"Article","headline":"Harbour wall repaired","author":{"@type":"Person","name":"tobias.kern"}}</script>""";

        // When each is extracted
        var shown = ArticleOf(Html(Page(head, "<a rel=\"author\" href=\"/u/tk\">Tobias Kern</a>")));
        var alone = ArticleOf(Html(Page(head, "")));

        // Then the shown name wins, and the handle is kept when it is all there is
        Assert.Equal("Tobias Kern", shown.Byline?.Value);
        Assert.Equal("tobias.kern", alone.Byline?.Value);
    }

    [Theory]
    [InlineData("<p><strong>Text:</strong> Klara Berg</p>", "Klara Berg")]
    [InlineData("<div><h4>Autor</h4><p>Nikolas Hahn</p></div>", "Nikolas Hahn")]
    [InlineData("<div><span>Datum:</span> 19.11.2021<br><span>Autor:</span> Fritz Imholz<br><span>Quelle:</span> Agentur</div>", "Fritz Imholz")]
    public void A_name_after_a_byline_label_is_the_byline(string element, string expected)
    {
        // Given a page whose only byline is a label ("Text:", "Autor") with the name beside it, well below the headline
        var more = string.Concat(Enumerable.Range(0, 4).Select(i => $"<p>{HtmlContentTests.Prose("More" + i)}</p>"));
        var html = Page("", "", more + element);

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the name is the byline
        Assert.Equal(expected, article.Byline?.Value);
        Assert.Equal("text.labelled", article.Byline?.Source);
    }

    [Fact]
    public void The_twitter_written_by_pair_gives_the_byline()
    {
        // Given only the twitter:label1 "Geschrieben von" / twitter:data1 pair that blog software writes
        var html = Page("<meta name=\"twitter:label1\" content=\"Geschrieben von\"><meta name=\"twitter:data1\" content=\"Redaktion\">", "");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the byline is its data, an editorial team being a valid byline
        Assert.Equal("Redaktion", article.Byline?.Value);
        Assert.Equal("meta.twitter:data1", article.Byline?.Source);
    }

    [Theory]
    [InlineData("Richard Prechtel im Gespräch mit Karin Fischbach", "Richard Prechtel, Karin Fischbach")]
    [InlineData("Von Volkmar Kabel, Jan Strozek und Bene Strunk, NDR", "Volkmar Kabel, Jan Strozek, Bene Strunk, NDR")]
    [InlineData("Von Jelko Duren und Jutta Klauke", "Jelko Duren und Jutta Klauke")]
    [InlineData("Martin Junkers Alles von Martin Junkers Kontakt", "Martin Junkers")]
    public void Names_joined_in_a_byline_are_split_only_where_the_byline_lists_them(string byline, string expected)
    {
        // Given a byline element with a conversation, a list ending in "und", a pair, or an author box's links
        var html = Page("", $"<div class=\"byline\">{byline}</div>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the names come out as a comma list where the byline lists them
        Assert.Equal(expected, article.Byline?.Value);
    }
}
