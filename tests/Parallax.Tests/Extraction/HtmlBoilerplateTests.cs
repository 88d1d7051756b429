using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>
/// The article spread over several sibling columns is kept whole, and each kind of boilerplate inside it
/// (captions, datelines, related-content headings, appeals, likes, author boxes, tag lists) is dropped with its reason.
/// </summary>
public sealed class HtmlBoilerplateTests
{
    private static readonly Parallax.Documents.Article Page = FromFixture("boilerplate-kinds.html");

    [Theory]
    [InlineData("The harbour trust said on Tuesday")]
    [InlineData("The keepers, who ran a guest house")]
    [InlineData("The trust expects the first keepers")]
    public void Paragraphs_in_every_column_of_the_article_are_kept(string paragraph)
    {
        // Given an article body split over three sibling columns, none of which holds most of the text
        // Then the container is widened to hold all three
        Assert.Contains(paragraph, Page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_in_the_article_header_is_body_text()
    {
        // A class saying "header" or "teaser" marks the article's own header here, not site furniture
        Assert.StartsWith("After forty years of automation", Page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The tower at Skerry Point seen from the south beach", "figcaption")]
    [InlineData("Photo: Harbour Trust archive", "class:image-description")]
    [InlineData("Updated 09:12 GMT, 18 March 2025", "dateline")]
    [InlineData("From our archive", "orphan-heading")]
    [InlineData("Never miss a story: sign up to our morning briefing.", "newsletter")]
    [InlineData("Like this:", "class:sharedaddy")]
    [InlineData("Ada Penrose covers the coast", "class:author-bio")]
    [InlineData("lighthouses harbour", "class:post-tags")]
    public void Boilerplate_inside_the_article_is_dropped_with_its_reason(string text, string reason)
    {
        Assert.DoesNotContain(text, Page.Text, StringComparison.Ordinal);
        Assert.Contains(reason, RemovedAs(Page, text));
    }

    [Theory]
    [InlineData("<p>Posted on Monday, 3 February 2025 at 14:05</p>", "dateline")]
    [InlineData("<p>Mehr zum Thema</p>", "related-heading")]
    [InlineData("<p>À lire aussi</p>", "related-heading")]
    [InlineData("<p>Read also</p>", "related-heading")]
    [InlineData("<p>Folgen Sie uns auf Instagram</p>", "newsletter")]
    [InlineData("<p>Anzeige</p>", "advertising")]
    [InlineData("<p>*Werbung: Dieser Beitrag enthält Produktplatzierung</p>", "advertising")]
    [InlineData("<p>About the author</p>", "author-heading")]
    [InlineData("<p>Continue reading</p>", "share")]
    [InlineData("<p>Foto: Stadtarchiv</p>", "credit")]
    [InlineData("<p>Share this article</p>", "share")]
    [InlineData("<p>Gefällt mir Wird geladen …</p>", "share")]
    [InlineData("<p>Bild anzeigen Bild schließen</p>", "share")]
    [InlineData("<p>Advert</p>", "advertising")]
    [InlineData("<p>Teilen Sie dies mit:</p>", "share")]
    [InlineData("<p>For the latest news download the Harbour Gazette app for iOS and Android.</p>", "app-promo")]
    [InlineData("<p>This slideshow requires JavaScript.</p>", "script-notice")]
    [InlineData("<p>Annual report 2024 PDF | 38 KB</p>", "download")]
    [InlineData("<p>Back to Gallery</p>", "gallery-control")]
    [InlineData("<p>Get the latest updates in your inbox. Subscribe to our newsletters.</p>", "newsletter")]
    [InlineData("<p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>", "dateline")]
    [InlineData("<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>", "dateline")]
    public void Short_lines_of_a_boilerplate_kind_are_dropped(string line, string reason)
    {
        // Given a short boilerplate line between two paragraphs of an article
        var html = $"<html><body><article><p>{Prose("first")}</p>{line}<p>{Prose("second")}</p></article></body></html>";
        var article = ArticleOf(Html(html));

        // Then the line is removed under its kind and both paragraphs stay
        var text = line[3..^4];
        Assert.DoesNotContain(text, article.Text, StringComparison.Ordinal);
        Assert.Contains(reason, RemovedAs(article, text));
        Assert.Equal(2, Paragraphs(article).Length);
    }

    [Theory]
    [InlineData("<p>286,35 €</p>")]
    [InlineData("<p>12 of 40</p>")]
    [InlineData("<h3>March was the wettest month</h3><p>It rained on twenty-six days, the county weather station reported on its website yesterday.</p>")]
    public void Numbers_without_a_date_and_headings_with_their_own_text_stay(string block)
    {
        var html = $"<html><body><article><p>{Prose("first")}</p>{block}<p>{Prose("second")}</p></article></body></html>";
        var article = ArticleOf(Html(html));

        Assert.DoesNotContain(article.Removed, r => r.Reason is "dateline" or "orphan-heading");
    }

    private static string Prose(string which) =>
        $"This is the {which} paragraph of the story, long enough to be prose, with a comma or two, and it goes on for a while so that it counts as body text.";
}
