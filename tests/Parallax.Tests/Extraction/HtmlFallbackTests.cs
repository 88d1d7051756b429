using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Pages whose article the first selection misses: every text box named a "widget" by a page builder (selection
/// runs again with class-named furniture counted as content), and a page caught inside an unclosed &lt;noscript&gt;.
/// </summary>
public sealed class HtmlFallbackTests
{
    [Fact]
    public void An_article_built_from_widget_boxes_is_found_on_a_second_looser_pass()
    {
        // Given an article whose every paragraph sits in its own box with a "widget" class, and a navigation bar
        var boxes = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"builder-widget text-box\"><p>Paragraph {i} of the review goes on, with a comma, and enough words after it to read as prose.</p></div>"));
        var html = $"<html><body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav><div class=\"page\">{boxes}</div></body></html>";

        // When it is extracted
        var result = Html(html);

        // Then the paragraphs are the article, and the navigation is still left out
        var article = ArticleOf(result);
        Assert.Contains("Paragraph 1 of the review", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 4 of the review", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_caught_in_an_unclosed_noscript_is_read()
    {
        // Given a <noscript> whose inner <div> is never closed, so that the parser keeps the whole page inside it
        var paragraphs = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"<p>Paragraph {i} of the park's report goes on, with a comma, and enough words after it to read as prose.</p>"));
        var html = $"<html><body><noscript><div id=\"nojs\"></noscript><div class=\"content\">{paragraphs}</div></body></html>";

        var article = ArticleOf(Html(html));

        Assert.Contains("Paragraph 30 of the park's report", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_noscript_notice_stays_out()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i} of the park's report goes on, with a comma, and enough words after it to read as prose.</p>"));
        var html = $"<html><body><article>{paragraphs}<noscript><p>Turn on scripts in your browser to read the comments under this report.</p></noscript></article></body></html>";

        var article = ArticleOf(Html(html));

        Assert.Contains("Paragraph 5", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Turn on scripts", article.Text, StringComparison.Ordinal);
    }
}
