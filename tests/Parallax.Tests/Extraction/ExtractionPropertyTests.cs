using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Parallax.Documents;
using Parallax.Extraction;
using Parallax.Pipeline;
using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Hostile input: random bytes, random tag soup, deep nesting and a 10 MB page never make the extractor throw;
/// each comes back as an article or as a clear error diagnostic, and no rule pattern runs out its time budget
/// (which the extractor reports as "extraction.timeout").
/// </summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] SoupTokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<h2 class=\"kicker\">", "</h2>", "<span class=\"byline\">",
        "</span>", "By ", "Von ", "Autor:", "Harbour", " wall ", "repaired", ", ", ". ", "<time datetime=\"2025-03-11T23:59:00Z\">",
        "</time>", "7. Mai 2019", "02/10/2020", "<script type=\"application/ld+json\">", "{\"@type\":\"Article\",\"author\":",
        "[{\"@id\":\"#a\"}]", "}", "</script>", "<!--", "-->", "<table><tr><td>", "</td></tr></table>", "&amp;", "&#x0;", "&#",
        "<title>", "</title>", "<meta property=\"og:title\" content=\"x | y\">", "<meta name=\"twitter:label1\" content=\"Written by\">",
        "\u00ad", "\u200b", "\uFFFD", "<a href=\"/\">", "</a>", "<br>", "<h1><a href=\"https://example.org/\">Site</a></h1>",
        "<![CDATA[", "]]>", "<svg><title>", "</svg>", "<", ">", "\"", "'", "=", "\n", "Aktualisiert am 17.01.2021",
    ];

    [Fact]
    public void Random_bytes_never_throw_and_come_back_as_an_article_or_an_error()
    {
        var bytes = ArbMap.Default.GeneratorFor<byte[]>();
        Prop.ForAll(bytes.ToArbitrary(), data =>
        {
            var html = ExtractionKit.Extractor.Extract(SourceDocument.FromBytes("random.html", ContentKind.Html, data));
            var text = ExtractionKit.Extractor.Extract(SourceDocument.FromBytes("random.txt", ContentKind.Text, data));
            return Settled(html) && Settled(text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_tag_soup_never_throws_and_its_metadata_is_clean()
    {
        var soup = Gen.Elements(SoupTokens).ArrayOf().Select(tokens => string.Concat(tokens));
        Prop.ForAll(soup.ToArbitrary(), html =>
        {
            var result = Html(html);
            var article = result.Article;
            return Settled(result)
                && (article is null || (NotBlank(article.Title?.Value) && NotBlank(article.Byline?.Value)
                    && (article.Byline is null || !article.Byline.Value.Contains('\u00ad', StringComparison.Ordinal))));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_time_element_whose_text_cleans_to_nothing_is_not_cut_out_of_lines()
    {
        // Given a page whose <time> holds only a soft hyphen (its cleaned text is empty), beside short lines
        // (random tag soup once made such a page, and cutting an empty string out of a line threw)
        var html = "<html><body><article><h1>Harbour works begin</h1><p>Short line.</p><time datetime=\"2025-03-11\">\u00ad</time>"
            + "<p>" + string.Concat(Enumerable.Repeat("The harbour works began on Monday after years of planning by the port authority. ", 6)) + "</p></article></body></html>";

        // When it is extracted, then it settles with its article
        var result = Html(html);
        Assert.True(Settled(result));
        Assert.NotNull(result.Article);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    [InlineData(20_000)]
    [InlineData(200_000)]
    public void Deeply_nested_markup_is_read_to_the_depth_limit_and_reported(int depth)
    {
        // Given an article paragraph at the top and then markup nested `depth` elements deep, alternating tags
        var sb = new StringBuilder("<html><head><title>Harbour wall repaired</title></head><body><h1>Harbour wall repaired</h1>");
        sb.Append("<p>").Append(HtmlContentTests.Prose("One")).Append("</p><p>").Append(HtmlContentTests.Prose("Two")).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append(i % 3 == 0 ? "<div class=\"date\">" : i % 3 == 1 ? "<span>" : "<section>");
        }

        sb.Append("deep text 7. Mai 2019</body></html>");

        // When it is extracted
        var result = Html(sb.ToString());

        // Then it settles; past the depth limit a warning says the deepest part was not read
        Assert.True(Settled(result), string.Join("; ", result.Diagnostics));
        if (depth > ExtractionOptions.Default.MaxDepth)
        {
            Assert.Contains(result.Diagnostics, d => d.Code is "html.too-deep" or "input.too-deep");
        }
    }

    [Fact]
    public void Thousands_of_unclosed_paragraphs_and_line_breaks_are_not_taken_for_deep_nesting()
    {
        // Given a long page whose paragraphs, list items and line breaks are never closed
        var sb = new StringBuilder("<html><head><title>Harbour wall repaired</title></head><body><h1>Harbour wall repaired</h1><article>");
        for (var i = 0; i < 6_000; i++)
        {
            sb.Append("<p>").Append(HtmlContentTests.Prose("Paragraph " + i)).Append("<br><img src=x.png><li>item\n");
        }

        // When it is extracted
        var result = Html(sb.Append("</article></body></html>").ToString());

        // Then it is read as an article, not refused as too deep
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "input.too-deep");
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void A_10_MB_page_comes_back_as_an_article_without_a_timeout()
    {
        // Given a 10 MB page: a headline, a byline, and paragraphs until the size is reached
        var sb = new StringBuilder("<html lang=\"en\"><head><title>Harbour wall repaired | Gazette</title></head><body><h1>Harbour wall repaired</h1><p class=\"byline\">By Ines Calloway</p><article>");
        for (var i = 0; sb.Length < 10 * 1024 * 1024; i++)
        {
            sb.Append("<p>").Append(HtmlContentTests.Prose("Paragraph " + i)).Append("</p>\n");
        }

        sb.Append("</article></body></html>");

        // When it is extracted from its UTF-8 bytes
        var result = HtmlBytes(Encoding.UTF8.GetBytes(sb.ToString()));

        // Then the article and its metadata are there, and no rule timed out
        var article = ArticleOf(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "extraction.timeout");
        Assert.Equal("Harbour wall repaired", article.Title?.Value);
        Assert.Equal("Ines Calloway", article.Byline?.Value);
        Assert.True(article.Text.Length > 5 * 1024 * 1024);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_with_a_clear_error()
    {
        var bytes = new byte[(int)ExtractionOptions.Default.MaxInputBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var result = HtmlBytes(bytes);

        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == "input.too-large" && d.Severity == Severity.Error);
    }

    /// <summary>An article, or no article with an error that says why; never a rule timeout.</summary>
    private static bool Settled(ExtractionResult result) =>
        (result.Article is not null || result.Diagnostics.Any(d => d.Severity == Severity.Error))
        && result.Diagnostics.All(d => d.Code != "extraction.timeout");

    private static bool NotBlank(string? value) => value is null || !string.IsNullOrWhiteSpace(value);
}
