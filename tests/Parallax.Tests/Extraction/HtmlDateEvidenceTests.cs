using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Which date wins when the page's declarations, its URL and the dates it shows disagree, and where shown dates are found.</summary>
public sealed class HtmlDateEvidenceTests
{
    private static string Page(string head, string top, string afterBody = "") =>
        $"<html><head><title>Harbour wall repaired</title>{head}</head><body>{top}<article><p>{HtmlContentTests.Prose("One")}</p>"
        + $"<p>{HtmlContentTests.Prose("Two")}</p></article>{afterBody}</body></html>";

    private static string JsonLd(string published) =>
        $"<script type=\"application/ld+json\">{{\"@type\":\"Article\",\"datePublished\":\"{published}\"}}</script>";

    private static DateOnly Day(string html) => DateOnly.FromDateTime(ArticleOf(Html(html)).Published!.Value.Date);

    [Theory]
    [InlineData("<figure class=\"teaser\"><span class=\"date\">02.02.2022</span><h1>Harbour wall repaired</h1></figure>")]
    [InlineData("<h1>Harbour wall repaired</h1><div class=\"teaser-small__metadata\">By Ann Lee on 02.02.2022</div>")]
    public void A_header_styled_as_a_teaser_around_or_below_the_headline_still_gives_the_date(string top)
    {
        // Given a page whose only date sits in a teaser-classed element that holds or directly follows the headline
        var html = Page("", top, "<div class=\"teaser\"><span class=\"date\">03.03.2021</span></div>");

        // When it is extracted
        var day = Day(html);

        // Then the header's date is the published date, not the teaser's further down
        Assert.Equal(new DateOnly(2022, 2, 2), day);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2020-04-29T11:52:23\">", 28)]
    [InlineData("<meta property=\"article:published_time\" content=\"2020-04-29T11:52:23Z\">", 29)]
    public void A_date_below_the_headline_wins_over_a_meta_name_that_does_not_say_which_date_it_is(string meta, int expectedDay)
    {
        // Given a meta date of 29 April and "Stand: 28.04.2020" written below the headline
        var html = Page(meta, "<h1>Harbour wall repaired</h1><p>Stand: 28.04.2020 18:00 Uhr</p>");

        // When it is extracted
        var day = Day(html);

        // Then a bare "date" meta gives way to the written day, an article:published_time does not
        Assert.Equal(new DateOnly(2020, 4, expectedDay), day);
    }

    [Fact]
    public void A_declared_date_on_the_day_the_page_shows_wins_over_an_earlier_declared_one()
    {
        // Given JSON-LD of 4 January, article:published_time of 6 January and "06.01.2022" shown by the headline
        var html = Page(
            JsonLd("2022-01-04T07:29:00Z") + "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34Z\">",
            "<h1>Harbour wall repaired</h1><div class=\"article-info\">06.01.2022</div>");

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!;

        // Then the meta tag that agrees with the page gives the date
        Assert.Equal(new DateTimeOffset(2022, 1, 6, 8, 29, 34, TimeSpan.Zero), published.Value);
        Assert.Equal("meta", published.Source);
    }

    [Theory]
    [InlineData("https://example.org/2023/11/08/harbour-wall/", "2023-11-09T05:30:59Z", "2023-11-08")]
    [InlineData("https://example.org/home/2017/7/12/harbour-wall", "2019-06-17T18:28:00+02:00", "2017-07-12")]
    [InlineData("https://example.org/2022/05/02/harbour-wall/", "2022-05-08T12:00:00Z", "2022-05-08")]
    [InlineData("https://example.org/2022/05/02/harbour-wall/", "2022-05-03T12:00:00Z", "2022-05-03")]
    public void The_day_in_the_URL_wins_over_a_stamp_near_midnight_one_day_off_or_a_much_later_one(string url, string declared, string expected)
    {
        // Given a page whose URL carries a day and whose JSON-LD declares another
        var html = Page($"<link rel=\"canonical\" href=\"{url}\">" + JsonLd(declared), "<h1>Harbour wall repaired</h1>");

        // When it is extracted
        var day = Day(html);

        // Then the URL's day wins for a near-midnight stamp one day off or a republication months later; else the declaration stands
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Fact]
    public void A_URL_that_names_its_month_gives_the_date()
    {
        // Given a page with no other date than its URL "/2020/oct/02/" and "02/10/2020" shown on an English page
        var html = Page(
            "<link rel=\"canonical\" href=\"https://example.org/education/2020/oct/02/harbour-wall-repaired\">",
            "<h1>Harbour wall repaired</h1><span class=\"time\">02/10/2020</span>");

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!;

        // Then the URL's day is the date
        Assert.Equal(new DateOnly(2020, 10, 2), DateOnly.FromDateTime(published.Value.Date));
        Assert.Equal("url", published.Source);
    }

    [Fact]
    public void A_date_in_the_line_above_the_headline_wins_over_dates_in_the_standfirst()
    {
        // Given "24. April 2020 | Pressemitteilungen" above the headline and other dates in the standfirst below it
        var html = Page(
            "",
            "<div><p class=\"category\"> 24. April 2020 | <a href=\"/presse\">Pressemitteilungen</a></p><h1>Harbour wall repaired</h1>"
            + "<h2>Offer open from 9.1. to 10.2.2023</h2></div>");

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!;

        // Then the line above the headline gives the date
        Assert.Equal(new DateOnly(2020, 4, 24), DateOnly.FromDateTime(published.Value.Date));
        Assert.Equal("text.before-title", published.Source);
    }

    [Theory]
    [InlineData("<p>Veröffentlicht am 16.08.2019<br>\nDauer: 1 Stunde</p>\n", 2019, 8, 16)]
    [InlineData("<ul><li><p>Mise en ligne</p>\n<p>23 mai 2019</p></li></ul>\n", 2019, 5, 23)]
    public void A_date_labelled_as_published_in_the_text_wins_over_a_time_element_in_the_comments(string labelled, int y, int m, int d)
    {
        // Given a labelled publication date below the article and a <time datetime> in a comment
        var html = Page("", "<h1>Harbour wall repaired</h1>", labelled
            + "<div class=\"comments\"><p>Nice! <time datetime=\"2019-08-24T03:36:11+02:00\">24 August</time></p></div>");

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!;

        // Then the labelled date is the published date
        Assert.Equal("text.published", published.Source);
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(published.Value.Date));
    }

    [Fact]
    public void A_submitted_line_gives_the_date()
    {
        // Given a Drupal-style "submitted" line after the article and a different date in the standfirst
        var html = Page(
            "",
            "<h1>Harbour wall repaired</h1><p>Works ran from 26.08.2017 to the end of the month.</p>",
            "<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div>");

        // When it is extracted
        var day = Day(html);

        // Then the submitted line's day is the date
        Assert.Equal(new DateOnly(2017, 7, 24), day);
    }
}
