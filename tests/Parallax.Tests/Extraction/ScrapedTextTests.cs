using Parallax.Documents;
using Parallax.Extraction;
using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Pages scraped to plain text: line rules remove the furniture, keep the article and its sub-headings, and name the outlet.</summary>
public sealed class ScrapedTextTests
{
    private static readonly Article Report = FromFixture("scraped-report.txt");

    [Fact]
    public void The_headline_is_the_title_and_the_body_starts_after_it()
    {
        // Given a scrape that opens with a skip link and a breadcrumb before the headline
        // Then the headline is the title (not the skip link) and the body is the article's paragraphs
        Assert.Equal("Ferry service to Gull Island suspended after hull damage", Report.Title?.Value);
        Assert.StartsWith("The only ferry between Port Sorrel and Gull Island", Report.Text, StringComparison.Ordinal);
        Assert.EndsWith("but it could not say when it would arrive.", Report.Text, StringComparison.Ordinal);
        Assert.Equal(4, Paragraphs(Report).Length);
    }

    [Fact]
    public void A_sub_heading_between_paragraphs_is_kept()
    {
        Assert.Contains("What happens next", Paragraphs(Report));
    }

    [Theory]
    [InlineData("Skip to main content", "ui")]
    [InlineData("News  >  Local  >  Transport", "breadcrumb")]
    [InlineData("The Tern ferry in the harbour at Port Sorrel", "caption")]
    [InlineData("Fans cheer during the regional rowing final", "caption.other-story")]
    [InlineData("Share this story: Facebook | X | Email", "read-more")]
    [InlineData("Read more: Harbour wall repairs begin next month", "read-more")]
    [InlineData("Sign up for our morning newsletter", "newsletter")]
    [InlineData("Subscribers agree to the Privacy Policy.", "newsletter")]
    [InlineData("Dear readers,", "appeal")]
    [InlineData("please support us with a monthly contribution", "appeal")]
    [InlineData("Not now", "ui")]
    [InlineData("© 2025 The Harbour Gazette", "platform-notice")]
    public void Furniture_lines_are_removed_with_their_reason(string line, string reason)
    {
        Assert.DoesNotContain(line, Report.Text, StringComparison.Ordinal);
        Assert.Contains(reason, RemovedAs(Report, line));
    }

    [Fact]
    public void The_outlet_is_recognised_from_its_signature_in_the_furniture()
    {
        Assert.Equal(new Found<string>("The Harbour Gazette", "text.signature"), Report.Outlet);
    }

    [Theory]
    [InlineData("Copyright © 2019-2025 Kestrel Evening Post. All rights reserved.", "Kestrel Evening Post")]
    [InlineData("Support The Orrin Observer today.", "The Orrin Observer")]
    [InlineData("Sorrel Radio's app is available for Android and iOS.", "Sorrel Radio")]
    [InlineData("© 2025 Gull.news", "Gull.news")]
    [InlineData("We use cookies. Read our Privacy Policy.", null)]
    public void The_outlet_comes_from_the_furniture_line_that_signs_it(string furniture, string? outlet)
    {
        // Given an article whose only furniture is one closing line
        var text = "Gull Island ferry back in service\n\n" + HtmlContentTests.Prose("The ferry") + "\n\n" + furniture + "\n";

        // When it is extracted
        var article = ArticleOf(Text(text));

        // Then the outlet is the name the line gives, or none when the line names no outlet
        Assert.Equal(outlet, article.Outlet?.Value);
        Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_of_the_story_can_be_kept_by_option_and_one_of_another_story_never_is()
    {
        var keeping = new Parallax.Extraction.Extractor(new ExtractionOptions { KeepOwnCaptions = true });
        var document = SourceDocument.FromText("report.txt", ContentKind.Text, Fixture("scraped-report.txt"));

        var article = ArticleOf(keeping.Extract(document, TestContext.Current.CancellationToken));

        Assert.Contains("The Tern ferry in the harbour at Port Sorrel", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fans cheer during the regional rowing final", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paragraph_maps_back_to_the_same_characters_of_the_input()
    {
        var start = 0;
        foreach (var paragraph in Paragraphs(Report))
        {
            var at = Report.Map.ToInput(start);
            Assert.Equal(paragraph, Report.Input.Substring(at, paragraph.Length));
            Assert.Equal(at + paragraph.Length - 1, Report.Map.ToInput(start + paragraph.Length - 1));
            start += paragraph.Length + 2;
        }
    }

    [Fact]
    public void Removed_spans_hold_exactly_the_input_they_cover()
    {
        Assert.All(Report.Removed, r => Assert.Equal(Report.Input[r.Start..r.End], r.Text));
    }

    [Fact]
    public void Windows_line_ends_give_the_same_text_as_unix_ones()
    {
        var crlf = ArticleOf(Text(Fixture("scraped-report.txt").Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(Report.Text, crlf.Text);
        Assert.Equal(Report.Title?.Value, crlf.Title?.Value);
    }

    [Fact]
    public void A_masthead_line_with_the_outlets_name_is_not_taken_for_the_headline()
    {
        // Given a scrape that opens with the outlet's name, which its furniture signs ("Harbour Gazette's app")
        var text = "Harbour Gazette\nMenu\n\nGull Island ferry back in service\n\n"
            + HtmlContentTests.Prose("The ferry") + "\n\nThe Harbour Gazette's app is available for Android and iOS.\n";

        // When it is extracted
        var article = ArticleOf(Text(text));

        // Then the masthead is removed as such, the headline is the title, and the app notice is furniture
        Assert.Equal("Gull Island ferry back in service", article.Title?.Value);
        Assert.Contains("masthead", RemovedAs(article, "Harbour Gazette"));
        Assert.Equal("The Harbour Gazette", article.Outlet?.Value);
        Assert.DoesNotContain("app is available", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_a_headline_line_is_extracted_and_says_it_found_no_title()
    {
        var text = HtmlContentTests.Prose("The first line is already prose") + "\n\n" + HtmlContentTests.Prose("And so is the second");

        var result = Text(text);

        Assert.Null(ArticleOf(result).Title);
        Assert.Contains(result.Diagnostics, d => d.Code == "text.no-title");
        Assert.Equal(text, ArticleOf(result).Text);
    }
}
