using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Publication dates written for readers, and the headline element chosen among several headings.</summary>
public sealed class HtmlDateAndHeadlineTests
{
    private static string Page(string head, string top, string afterBody = "") =>
        $"<html><head>{head}</head><body>{top}<article><p>{HtmlContentTests.Prose("One")}</p><p>{HtmlContentTests.Prose("Two")}</p></article>{afterBody}</body></html>";

    [Theory]
    [InlineData("<span class=\"entry-date\">7. Mai 2019</span>", 2019, 5, 7)]
    [InlineData("<div class=\"article-meta\">Lübeck, 31.03.2003</div>", 2003, 3, 31)]
    [InlineData("<p class=\"post-date\">March 4th, 2021</p>", 2021, 3, 4)]
    [InlineData("<abbr class=\"published\" title=\"2009-08-06T14:12:32+0200\">6 August</abbr>", 2009, 8, 6)]
    [InlineData("<span data-testid=\"story-date\">12 janvier 2022</span>", 2022, 1, 12)]
    public void A_date_element_in_the_page_gives_the_published_date(string element, int y, int m, int d)
    {
        // Given a page that declares no date in its head, with a date element above the article
        var html = Page("<title>Harbour wall repaired</title>", "<h1>Harbour wall repaired</h1>" + element);

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the published day is the one the element shows
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(article.Published!.Value.Date));
    }

    [Fact]
    public void Dates_in_comments_sidebars_and_update_notes_are_not_the_publication_date()
    {
        // Given a page whose only dates are in a sidebar, an "updated" note and a comment
        var html = Page(
            "<title>Harbour wall repaired</title>",
            "<aside><span class=\"date\">01.02.2020</span></aside><h1>Harbour wall repaired</h1><span class=\"updated-date\">2 March 2020</span>",
            "<div class=\"comments\"><span class=\"comment-date\">3 March 2020</span></div>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then no published date is found
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_date_written_just_below_the_headline_is_the_publication_date()
    {
        // Given a page with "Published May 7, 2019" in a plain paragraph after the headline
        var html = Page("<title>Harbour wall repaired</title>", "<h1>Harbour wall repaired</h1><p>Published May 7, 2019</p>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then that day is the published date, found in the text after the title
        Assert.Equal(new DateTimeOffset(2019, 5, 7, 0, 0, 0, TimeSpan.Zero), article.Published?.Value);
        Assert.Equal("text.after-title", article.Published?.Source);
    }

    [Fact]
    public void The_modified_date_stands_in_when_nothing_else_gives_a_date()
    {
        // Given a page whose only date is its article:modified_time
        var html = Page("<title>Harbour wall repaired</title><meta property=\"article:modified_time\" content=\"2021-10-18T08:00:00Z\">", "<h1>Harbour wall repaired</h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the published date is that day
        Assert.Equal(new DateTimeOffset(2021, 10, 18, 8, 0, 0, TimeSpan.Zero), article.Published?.Value);
    }

    [Fact]
    public void An_h1_holding_the_site_name_is_not_the_headline()
    {
        // Given a page whose first <h1> is the site's logo and whose title names the article and the site
        var html = Page("<title>Tobacco duty law announced - Customs</title>", "<h1>Customs</h1><h2>Tobacco duty law announced</h2>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the title is the article's, from the document title without the site
        Assert.Equal("Tobacco duty law announced", article.Title?.Value);
    }

    [Fact]
    public void An_h1_that_a_declared_title_holds_with_a_kicker_is_the_headline()
    {
        // Given an og:title "Climate: Drilling until it gets hot" and an <h1> with the headline alone
        var html = Page("<meta property=\"og:title\" content=\"Climate: Drilling until it gets hot\">", "<h1>Drilling until it gets hot</h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the headline is the <h1>'s
        Assert.Equal("Drilling until it gets hot", article.Title?.Value);
        Assert.Equal("h1", article.Title?.Source);
    }

    [Fact]
    public void Title_parts_naming_the_site_by_its_host_go_at_both_ends()
    {
        // Given a page at disfunctions.de titled "Disfunctions.de » Blog Archive » Podcasts in Plex" (no og:title)
        var html = Page(
            "<title>Disfunctions.de » Podcasts in Plex » Disfunctions</title><link rel=\"canonical\" href=\"https://www.disfunctions.de/podcasts-in-plex/\">",
            "<div class=\"logo\">Disfunctions</div>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the parts that name the site are gone
        Assert.Equal("Podcasts in Plex", article.Title?.Value);
    }

    [Fact]
    public void An_og_title_keeps_its_short_first_part_when_the_page_names_its_site()
    {
        // Given og:title "Firefox – Less advertising, more speed on Android" on a page whose site is "Tech Notes"
        var html = Page(
            "<meta property=\"og:site_name\" content=\"Tech Notes\"><meta property=\"og:title\" content=\"Firefox – Less advertising, more speed on Android\">",
            "");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the title is whole: the first part is not the site's name
        Assert.Equal("Firefox – Less advertising, more speed on Android", article.Title?.Value);
    }

    [Fact]
    public void An_h1_that_the_document_title_repeats_wins_over_a_different_og_title()
    {
        // Given og:title "Join our community today" while the <h1> and the <title> both give the article's headline
        var html = Page(
            "<title>Dry shampoo tested in every situation | Beauty Notes</title><meta property=\"og:title\" content=\"Join our community today\">",
            "<h1>Dry shampoo tested in every situation</h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the headline is the <h1>'s
        Assert.Equal("Dry shampoo tested in every situation", article.Title?.Value);
    }

    [Fact]
    public void A_blog_name_in_the_h1_and_the_document_title_is_not_the_headline()
    {
        // Given a blog whose <h1> is its name, which the <title> "New year notes | Literary Whispers" also holds
        var html = Page(
            "<title>New year notes | Literary Whispers</title><meta property=\"og:title\" content=\"New year notes\">",
            "<h1>Literary Whispers</h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the headline is the og:title
        Assert.Equal("New year notes", article.Title?.Value);
    }

    [Fact]
    public void The_kicker_inside_the_h1_is_not_part_of_the_headline()
    {
        // Given an <h1> whose first span is a kicker, and an og:title that carries it too
        var html = Page(
            "<meta property=\"og:title\" content=\"Climate: Drilling until it gets hot\">",
            "<h1><span class=\"article-heading__kicker\">Climate</span><span class=\"visually-hidden\">: </span><span>Drilling until it gets hot</span></h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the headline is the <h1>'s without the kicker
        Assert.Equal("Drilling until it gets hot", article.Title?.Value);
        Assert.Equal("h1", article.Title?.Source);
    }

    [Fact]
    public void The_h1_the_reader_sees_wins_over_a_differently_worded_og_title()
    {
        // Given an og:title written for sharing and an <h1> that words the story another way
        var html = Page(
            "<meta property=\"og:title\" content=\"Harbour: wall fixed at last\"><title>Harbour: wall fixed at last | Gazette</title>",
            "<h1>The harbour wall is repaired after two winters of storms</h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the title is the <h1>'s
        Assert.Equal("The harbour wall is repaired after two winters of storms", article.Title?.Value);
    }

    [Fact]
    public void An_h1_holding_a_declared_title_after_a_plain_kicker_gives_the_declared_title()
    {
        // Given an <h1> "Investments in security Cyber attacks: spend 20 percent" around the og:title's words
        var html = Page(
            "<meta property=\"og:title\" content=\"Cyber attacks: spend 20 percent of the budget on security\">",
            "<h1><span>Investments in security</span> <span>Cyber attacks: spend 20 percent of the budget on security</span></h1>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the kicker is left out
        Assert.Equal("Cyber attacks: spend 20 percent of the budget on security", article.Title?.Value);
    }

    [Fact]
    public void An_h1_that_links_home_is_the_logo_and_its_name_leaves_the_document_title()
    {
        // Given a blog whose <h1> is a link to its home page and whose title is "Time for talks » Blog Archive » Headline"
        var html = Page(
            "<title>Time for talks » Blog Archive » Cinemas go digital</title>",
            "<h1><a href=\"https://web.archive.org/web/2014/http://www.time4talks.example/\">Time for talks</a></h1><h2>Elsewhere</h2>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the title is the post's alone
        Assert.Equal("Cinemas go digital", article.Title?.Value);
    }

    [Fact]
    public void A_UTC_time_stamp_is_read_in_the_zone_of_the_page_locale()
    {
        // Given a German page whose JSON-LD gives 23:30 UTC on 6 November (00:30 on the 7th in Berlin)
        var html = "<html lang=\"de\"><head><title>Hafenmauer repariert</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Hafenmauer repariert\",\"datePublished\":\"2022-11-06T23:30:00Z\"}</script>"
            + $"</head><body><h1>Hafenmauer repariert</h1><article><p>{HtmlContentTests.Prose("One")}</p><p>{HtmlContentTests.Prose("Two")}</p></article></body></html>";

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!.Value;

        // Then it is the same instant, in Berlin's offset, on the reader's day
        Assert.Equal(new DateTimeOffset(2022, 11, 6, 23, 30, 0, TimeSpan.Zero), published);
        Assert.Equal(TimeSpan.FromHours(1), published.Offset);
        Assert.Equal(7, published.Day);
    }

    [Theory]
    [InlineData("en-GB", 10, 2)]
    [InlineData("en-US", 2, 10)]
    public void A_numeric_slash_date_is_read_in_the_order_of_the_page_locale(string locale, int month, int day)
    {
        // Given a page in the locale whose only date is "02/10/2020"
        var html = $"<html lang=\"{locale}\"><head><title>Harbour wall repaired</title></head><body><h1>Harbour wall repaired</h1>"
            + $"<span class=\"time\">02/10/2020</span><article><p>{HtmlContentTests.Prose("One")}</p><p>{HtmlContentTests.Prose("Two")}</p></article></body></html>";

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!.Value;

        // Then day and month are read the locale's way
        Assert.Equal((2020, month, day), (published.Year, published.Month, published.Day));
    }

    [Theory]
    [InlineData("2022-05-04T02:41:00Z", "May 3, 2022", 3)]
    [InlineData("2022-01-25T12:02:53Z", "January 26, 2022", 25)]
    public void A_shown_day_one_off_the_declared_one_wins_only_near_midnight(string declared, string shown, int expectedDay)
    {
        // Given a JSON-LD time stamp and a date element one day off, on a page with no locale
        var html = Page(
            $"<title>Harbour wall repaired</title><script type=\"application/ld+json\">{{\"@type\":\"Article\",\"datePublished\":\"{declared}\"}}</script>",
            $"<h1>Harbour wall repaired</h1><span class=\"date\">{shown}</span>");

        // When it is extracted
        var published = ArticleOf(Html(html)).Published!.Value;

        // Then a stamp near midnight takes the shown day (a zone shift), one at noon keeps its own
        Assert.Equal(expectedDay, published.Day);
    }

    [Fact]
    public void An_updated_date_written_in_the_page_stands_in_when_there_is_no_other()
    {
        // Given a page whose only date is written "Aktualisiert am 17.01.2021" below the article
        var more = string.Concat(Enumerable.Range(0, 4).Select(i => $"<p>{HtmlContentTests.Prose("More" + i)}</p>"));
        var html = Page("<title>Harbour wall repaired</title>", "<h1>Harbour wall repaired</h1>", more + "<p><b>Aktualisiert am </b>17.01.2021.</p>");

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then that day is the date
        Assert.Equal(new DateOnly(2021, 1, 17), DateOnly.FromDateTime(article.Published!.Value.Date));
        Assert.Equal("text.updated", article.Published?.Source);
    }
}
