using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Bylines: which shown names are the writers', more label and class forms, JSON-LD co-writers.</summary>
public sealed class HtmlBylineEvidenceTests
{
    private static string Page(string head, string top, string afterBody = "") =>
        $"<html><head><title>Harbour wall repaired</title>{head}</head><body><h1>Harbour wall repaired</h1>{top}<article><p>{HtmlContentTests.Prose("One")}</p>"
        + $"<p>{HtmlContentTests.Prose("Two")}</p></article>{afterBody}</body></html>";

    private static string? BylineOf(string html) => ArticleOf(Html(html)).Byline?.Value;

    [Theory]
    [InlineData("<div class=\"publication\">13 juin 2019<span class=\"authors\"><span>, </span> par <a href=\"/auteur/attac\">Attac France</a></span></div>", "Attac France")]
    [InlineData("<li class=\"submitted\">Author: <a href=\"/autoren/munier\">Gàbor Muniér</a>, Datum: 03.Mär.19</li>", "Gàbor Muniér")]
    [InlineData("<div class=\"autor\"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>", "Jacobo Betancur Peláez")]
    [InlineData("<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div>", "rasos")]
    public void Author_submitted_and_autor_elements_give_the_names_alone(string element, string expected)
    {
        // Given a byline element below the headline with punctuation, a lead-in, a date or a note around the names
        var html = Page("", element);

        // When it is extracted
        var byline = BylineOf(html);

        // Then only the names are left
        Assert.Equal(expected, byline);
    }

    [Fact]
    public void Writers_of_a_listing_away_from_the_headline_are_not_the_article_s()
    {
        // Given a listing of other articles with their writers before the article's own byline
        var html = Page("", "<p>Issue 12 | 2022</p><div class=\"article-listing\"><h3>Leading teams</h3><p class=\"article-listing__author\">von Petra Basler</p></div>"
            + "<div class=\"article__meta__authors\"><p>von <a href=\"/autoren/julia-kern\">Julia Kern</a></p></div>");

        // When it is extracted
        var byline = BylineOf(html);

        // Then the byline is the article's writer
        Assert.Equal("Julia Kern", byline);
    }

    [Fact]
    public void A_logo_marked_up_as_the_author_is_not_the_byline()
    {
        // Given a site logo marked "vcard author" that links home, and the post's own "vom Krimiblogger" line
        var html = Page("", "<h4 class=\"vcard author\">vom <span class=\"fn\">Krimiblogger</span></h4>")
            .Replace("<body>", "<body><div class=\"vcard author\"><a href=\"https://example.org/\" title=\"Home\">Krimiblog-Archiv</a></div>", StringComparison.Ordinal);

        // When it is extracted
        var byline = BylineOf(html);

        // Then the byline is the post's writer
        Assert.Equal("Krimiblogger", byline);
    }

    [Theory]
    [InlineData("<p><span>Auteur :</span> <a href=\"/anna-kubista\">Anna Kubišta</a></p>", "Anna Kubišta")]
    [InlineData("<p class=\"text-muted\">11.12.2019 - Amelie Loevenich</p>", "Amelie Loevenich")]
    public void A_french_label_or_a_date_led_line_below_the_headline_gives_the_byline(string line, string expected)
    {
        // Given a page that shows its writer only in a labelled or date-led line below the headline
        var html = Page("", line);

        // When it is extracted
        var byline = BylineOf(html);

        // Then that name is the byline
        Assert.Equal(expected, byline);
    }

    [Fact]
    public void A_magazine_named_as_author_gives_way_to_the_writer_the_page_shows()
    {
        // Given meta author "Auto Illustrierte" and a "Text & Fotos:" label before the writer's name
        var html = Page("<meta name=\"author\" content=\"Auto Illustrierte\">", "<p><b>Text &amp; Fotos:</b> Ivan Valetny</p>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the writer is the byline
        Assert.Equal("Ivan Valetny", article.Byline?.Value);
        Assert.Equal("text.labelled", article.Byline?.Source);
    }

    [Theory]
    [InlineData("""{"name":"Sadhbh O'Sullivan"}""", """["Sadhbh O'Sullivan","Elisabeth Kochan"]""", "Sadhbh O'Sullivan, Elisabeth Kochan")]
    [InlineData("""[{"@type":"Person","name":"Ariel Melgar Cabrera"}]""", """["EL DEBER"]""", "Ariel Melgar Cabrera")]
    public void JSON_LD_creators_join_the_writers_but_the_outlet_does_not(string author, string creator, string expected)
    {
        // Given a JSON-LD article on the site "EL DEBER" with an author and a creator list
        var ld = $$"""<meta property="og:site_name" content="EL DEBER"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repaired","author":{{author}},"creator":{{creator}}}</script>""";

        // When it is extracted
        var article = ArticleOf(Html(Page(ld, "")));

        // Then the byline lists the writers, not the outlet
        Assert.Equal(expected, article.Byline?.Value);
        Assert.Equal("json-ld.author", article.Byline?.Source);
    }
}
