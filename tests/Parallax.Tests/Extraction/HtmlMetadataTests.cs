using Parallax.Documents;
using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Page metadata: title, byline, dates, outlet and language, each with where it was found.</summary>
public sealed class HtmlMetadataTests
{
    [Fact]
    public void The_full_page_yields_every_field_from_its_best_source()
    {
        // Given a page with og:site_name, JSON-LD (in an @graph) with dates and an author array, and lang="en-GB"
        // When it is extracted
        var article = FromFixture("full-article.html");

        // Then each field has its value and its source
        Assert.Equal("Ferry service to Gull Island suspended after hull damage", article.Title?.Value);
        Assert.Equal("Ines Calloway", article.Byline?.Value);
        Assert.Equal("json-ld.author", article.Byline?.Source);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 7, 15, 0, TimeSpan.FromHours(1)), article.Published?.Value);
        Assert.Equal("json-ld.datePublished", article.Published?.Source);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.FromHours(1)), article.Modified?.Value);
        Assert.Equal("The Harbour Gazette", article.Outlet?.Value);
        Assert.Equal("og:site_name", article.Outlet?.Source);
        Assert.Equal("en", article.Language?.Value);
    }

    [Fact]
    public void A_site_suffix_is_stripped_from_the_title_when_no_headline_element_repeats_it()
    {
        // Given the full page without its <h1> and JSON-LD, so the title must come from og:title "... | The Harbour Gazette"
        var html = Fixture("full-article.html");
        html = html.Replace("<h1>Ferry service to Gull Island suspended after hull damage</h1>", "", StringComparison.Ordinal);
        html = html[..html.IndexOf("<script", StringComparison.Ordinal)] + html[(html.IndexOf("</script>", StringComparison.Ordinal) + 9)..];

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the outlet's name is gone from the title
        Assert.Equal("Ferry service to Gull Island suspended after hull damage", article.Title?.Value);
        Assert.Equal("og:title", article.Title?.Source);
    }

    [Fact]
    public void A_site_prefix_is_stripped_from_the_document_title()
    {
        // Given a page whose only title is "Orchard Times - Frost damages apple blossom across the Linden valley"
        var html = Fixture("meta-dates.html").Replace("<h1>Frost damages apple blossom across the Linden valley</h1>", "", StringComparison.Ordinal);

        var article = ArticleOf(Html(html));

        Assert.Equal("Frost damages apple blossom across the Linden valley", article.Title?.Value);
        Assert.Equal("title", article.Title?.Source);
    }

    [Fact]
    public void A_byline_of_Staff_is_not_a_person_and_is_left_empty()
    {
        var article = FromFixture("meta-dates.html");

        Assert.Null(article.Byline);
    }

    [Theory]
    [InlineData("By Maren Holt", "Maren Holt")]
    [InlineData("Written by Oskar Brandt and Ines Calloway", "Oskar Brandt and Ines Calloway")]
    [InlineData("Newsroom", null)]
    [InlineData("By staff reporter", null)]
    [InlineData("https://example.org/authors/x", null)]
    public void A_byline_element_gives_the_people_without_the_prefix(string byline, string? expected)
    {
        var html = $"<html><body><article><h1>Bridge tolls rise</h1><div class=\"byline\">{byline}</div><p>{HtmlContentTests.Prose("One")}</p><p>{HtmlContentTests.Prose("Two")}</p></article></body></html>";

        var article = ArticleOf(Html(html));

        Assert.Equal(expected, article.Byline?.Value);
    }

    [Fact]
    public void Published_and_modified_come_from_the_article_meta_tags_and_stay_apart()
    {
        var article = FromFixture("meta-dates.html");

        Assert.Equal(new DateTimeOffset(2025, 4, 14, 6, 0, 0, TimeSpan.Zero), article.Published?.Value);
        Assert.Equal(new DateTimeOffset(2025, 4, 15, 18, 30, 0, TimeSpan.Zero), article.Modified?.Value);
        Assert.Equal("meta", article.Published?.Source);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_nothing_else_does_and_its_line_leaves_the_body()
    {
        // Given a French page whose only date is <time datetime="2025-05-20T09:00:00+02:00">, with a byline paragraph "Par Claire Montel"
        var article = FromFixture("time-only.html");

        // Then the date, byline and language are read, and the byline and date lines are not body text
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(2)), article.Published?.Value);
        Assert.Equal("element.datetime", article.Published?.Source);
        Assert.Null(article.Modified);
        Assert.Equal("Claire Montel", article.Byline?.Value);
        Assert.Equal("fr", article.Language?.Value);
        Assert.StartsWith("Le marché couvert de Villebrune a rouvert", article.Text, StringComparison.Ordinal);
        Assert.Contains("byline", RemovedAs(article, "Par Claire Montel"));
        Assert.Contains("dateline", RemovedAs(article, "20 mai 2025"));
    }

    [Fact]
    public void JSON_LD_wins_over_meta_tags_for_the_publication_date()
    {
        var html = Fixture("meta-dates.html").Replace(
            "</head>",
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Frost damages apple blossom","datePublished":"2025-04-13T22:00:00Z"}</script></head>""",
            StringComparison.Ordinal);

        var article = ArticleOf(Html(html));

        Assert.Equal(new DateTimeOffset(2025, 4, 13, 22, 0, 0, TimeSpan.Zero), article.Published?.Value);
        Assert.Equal("json-ld.datePublished", article.Published?.Source);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2025-04-14T06:00:00+0200\">", "2025-04-14T04:00:00Z", "meta")]
    [InlineData("<link rel=\"canonical\" href=\"https://orchard.example/2025/04/13/frost\">", "2025-04-13T00:00:00Z", "url")]
    [InlineData("<meta name=\"date\" content=\"yesterday\"><link rel=\"canonical\" href=\"https://orchard.example/news/frost\">", null, null)]
    public void Other_date_forms_are_read_and_an_unreadable_one_gives_no_date(string head, string? expected, string? source)
    {
        // Given the frost page with its dates replaced by one other form
        var html = Fixture("meta-dates.html")
            .Replace("<meta property=\"article:published_time\" content=\"2025-04-14T06:00:00Z\">", head, StringComparison.Ordinal)
            .Replace("<meta property=\"article:modified_time\" content=\"2025-04-15T18:30:00Z\">", "", StringComparison.Ordinal);

        var article = ArticleOf(Html(html));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published?.Value);
        Assert.Equal(source, article.Published?.Source);
        Assert.Null(article.Modified);
    }

    [Fact]
    public void An_outlet_named_only_in_JSON_LD_is_the_publisher()
    {
        var html = Fixture("meta-dates.html").Replace(
            "</head>",
            """<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Frost damages apple blossom","publisher":{"@type":"Organization","name":"Orchard Times"}}}</script></head>""",
            StringComparison.Ordinal);

        var article = ArticleOf(Html(html));

        Assert.Equal(new Found<string>("Orchard Times", "json-ld.publisher"), article.Outlet);
    }

    [Fact]
    public void Without_a_site_name_in_the_metadata_the_outlet_comes_from_the_footer_signature()
    {
        // Given the frost page, which names no site in its metadata, and the same page with a copyright footer
        var plain = ArticleOf(Html(Fixture("meta-dates.html")));
        var signed = ArticleOf(Html(Fixture("meta-dates.html").Replace("</body>", "<footer><p>&copy; 2025 Orchard Times. All rights reserved.</p></footer></body>", StringComparison.Ordinal)));

        // Then the plain page has no outlet and the signed one has the footer's name, from the signature
        Assert.Null(plain.Outlet);
        Assert.Equal(new Found<string>("Orchard Times", "text.signature"), signed.Outlet);
        Assert.DoesNotContain("Orchard Times", signed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_JSON_LD_is_reported_and_the_other_sources_still_answer()
    {
        var html = Fixture("meta-dates.html").Replace("</head>", """<script type="application/ld+json">{"@type": "NewsArticle", </script></head>""", StringComparison.Ordinal);

        var result = Html(html);

        Assert.Contains(result.Diagnostics, d => d.Code == "metadata.json-ld-invalid");
        Assert.Equal(new DateTimeOffset(2025, 4, 14, 6, 0, 0, TimeSpan.Zero), ArticleOf(result).Published?.Value);
    }

    [Fact]
    public void The_language_comes_from_a_content_language_meta_when_html_has_no_lang()
    {
        var article = FromFixture("meta-dates.html");

        Assert.Equal("de", article.Language?.Value);
        Assert.Equal("meta.content-language", article.Language?.Source);
    }

    [Fact]
    public void Hints_override_what_is_detected_and_say_so()
    {
        var hints = new DocumentHints { Outlet = "Gazette (print)", Language = "cy", Published = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), Url = "https://gazette.example/ferry" };

        var article = FromFixture("full-article.html", hints);

        Assert.Equal(new Found<string>("Gazette (print)", "hint"), article.Outlet);
        Assert.Equal("cy", article.Language?.Value);
        Assert.Equal(hints.Published, article.Published?.Value);
        Assert.Equal("https://gazette.example/ferry", article.Url);
    }

    [Fact]
    public void The_same_input_always_gets_the_same_id_and_another_text_another_id()
    {
        var first = FromFixture("full-article.html");
        var again = FromFixture("full-article.html");
        var other = FromFixture("meta-dates.html");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.False(string.IsNullOrEmpty(first.Id));
    }
}
