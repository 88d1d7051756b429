using Parallax.Documents;
using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Pages and inputs that are not articles are refused with a specific reason, never with a crash or a silent empty article.</summary>
public sealed class NotAnArticleTests
{
    [Theory]
    [InlineData("listing.html", "page.listing")]
    [InlineData("error-page.html", "page.error")]
    [InlineData("paywall.html", "page.paywall")]
    public void A_page_that_is_not_an_article_is_refused_with_its_reason(string fixture, string code)
    {
        // Given a front-page listing, a 404 page or a paywall stub
        // When it is extracted
        var result = Html(Fixture(fixture));

        // Then there is no article, and one error diagnostic names why
        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void A_page_with_a_body_but_no_text_is_refused()
    {
        var result = Html("<html><head><title>Gallery</title></head><body><img src=a.jpg><img src=b.jpg></body></html>");

        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == "page.no-article");
    }

    [Theory]
    [InlineData("", "input.empty")]
    [InlineData("   \n\t  ", "input.empty")]
    [InlineData("\0\0\0\0PNG\0\0\u0001\u0002\0\0", "input.binary")]
    public void Empty_and_binary_inputs_are_refused(string text, string code)
    {
        var result = Text(text);

        Assert.Null(result.Article);
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_input_over_the_size_limit_is_refused_before_it_is_read()
    {
        var small = new Parallax.Extraction.Extractor(new Parallax.Extraction.ExtractionOptions { MaxInputBytes = 1000 });
        var bytes = new byte[5000];

        var result = small.Extract(SourceDocument.FromBytes("big.html", ContentKind.Html, bytes), TestContext.Current.CancellationToken);

        Assert.Null(result.Article);
        Assert.Equal("input.too-large", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_scraped_text_that_is_all_furniture_has_no_body()
    {
        var result = Text("Home / News / World\nShare this story: Facebook | X | Email\nSign up for our weekly newsletter\n");

        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == "text.no-body");
    }
}
