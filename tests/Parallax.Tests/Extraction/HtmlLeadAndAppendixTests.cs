using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>
/// The standfirst between the headline and the article body is taken back into the text (but not the byline or
/// a photo caption beside it), and the appendix of a press release after a "Press contact" label is dropped.
/// </summary>
public sealed class HtmlLeadAndAppendixTests
{
    private const string Standfirst = "The island's only ferry will stay in dock until the end of the month, leaving two hundred residents to rely on a fishing boat.";

    [Fact]
    public void The_standfirst_in_the_article_header_is_kept_before_the_body()
    {
        // Given a header holding the headline, a standfirst, a byline and a captioned photo, and a body in its own container
        var article = ArticleOf(Html(Page(header: $"""
            <h1>Ferry to Gull Island stays in dock</h1>
            <p class="summary">{Standfirst}</p>
            <p class="author">By Ines Calloway, 3 March 2025 10:00</p>
            <div class="photo"><img src="ferry.jpg" alt=""><p>The ferry at its berth in Port Sorrel on a grey morning last week.</p></div>
            """)));

        // Then the standfirst opens the text, and the byline and the caption stay out
        Assert.StartsWith(Standfirst, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ines Calloway", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("grey morning", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_headline_above_the_body_nothing_before_it_is_taken_back()
    {
        // Given a promotional paragraph before the body and no headline between them
        var article = ArticleOf(Html(Page(header: $"<p class=\"summary\">{Standfirst}</p>")));

        // Then the text starts with the body
        Assert.DoesNotContain(Standfirst, article.Text, StringComparison.Ordinal);
        Assert.StartsWith("Paragraph one", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Press contact:")]
    [InlineData("Pressekontakt")]
    [InlineData("Weitere Informationen:")]
    public void The_contact_appendix_of_a_release_is_dropped(string label)
    {
        // Given a release whose body ends with a contact label and the contact lines under it
        var article = ArticleOf(Html(Page(tail: $"<p>{label}</p><p>Jane Doe, Harbour Trust, +44 20 7946 0000, press@harbour.example</p>")));

        // Then the label and the lines after it are removed as the appendix, and the body is kept whole
        Assert.DoesNotContain("Jane Doe", article.Text, StringComparison.Ordinal);
        Assert.Contains("appendix", RemovedAs(article, "Jane Doe"));
        Assert.Contains("appendix", RemovedAs(article, label));
        Assert.EndsWith("Paragraph five of the story goes on, with a comma, and more words so that it is long enough to count as prose.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_label_early_in_the_text_does_not_cut_the_article()
    {
        var article = ArticleOf(Html(Page(tail: "", early: "<p>Contact</p>")));

        Assert.Contains("Paragraph five", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Removed, r => r.Reason == "appendix");
    }

    private static string Page(string header = "", string tail = "", string early = "")
    {
        var words = new[] { "one", "two", "three", "four", "five" };
        var body = string.Concat(words.Select((w, i) =>
            (i == 1 ? early : "") + $"<p>Paragraph {w} of the story goes on, with a comma, and more words so that it is long enough to count as prose.</p>"));
        return $"""
            <html><head><title>Ferry to Gull Island stays in dock</title></head><body>
            <nav><a href="/">Home</a></nav>
            <article><header>{header}</header>
            <div class="c1">{body}{tail}</div></article>
            </body></html>
            """;
    }
}
