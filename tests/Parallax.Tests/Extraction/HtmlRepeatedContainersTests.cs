using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>A page holding several articles of the same make keeps them all, not only the one that scores best.</summary>
public sealed class HtmlRepeatedContainersTests
{
    [Fact]
    public void Sibling_articles_of_the_same_make_are_kept_with_the_best_one()
    {
        // Given a list of two releases, each an <article> with its text in a column, the first one longer
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="releases">
              <article><h2>Harbour wall repairs begin</h2><div class="c1">{Paragraphs("wall", 5)}</div></article>
              <article><h2>New ferry timetable</h2><div class="c1">{Paragraphs("timetable", 3)}</div></article>
            </div>
            <footer>All rights reserved.</footer></body></html>
            """;

        // When it is extracted
        var article = ArticleOf(Html(html));

        // Then the paragraphs of both releases are in the text, and the footer is not
        Assert.Contains("Paragraph 1 about the wall", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 3 about the timetable", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_list_beside_the_article_is_not_taken_as_a_repeat()
    {
        // Given an article and, in a sibling of the same make, a list of links to other stories
        var links = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p><a href=\"/s{i}\">Other story number {i} about the harbour and the island ferry</a></p>"));
        var html = $"""
            <html><body><div class="releases">
              <article><div class="c1">{Paragraphs("wall", 5)}</div></article>
              <article><div class="c1">{links}</div></article>
            </div></body></html>
            """;

        var article = ArticleOf(Html(html));

        Assert.Contains("Paragraph 5 about the wall", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story number", article.Text, StringComparison.Ordinal);
    }

    private static string Paragraphs(string topic, int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<p>Paragraph {i} about the {topic}, with a comma, and enough words after it, so that it reads as prose in the story.</p>"));
}
