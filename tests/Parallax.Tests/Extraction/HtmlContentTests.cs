using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>HTML main content: the article's blocks are kept with their breaks, the site furniture around them is removed with a reason.</summary>
public sealed class HtmlContentTests
{
    private static readonly Parallax.Documents.Article Full = FromFixture("full-article.html");

    [Fact]
    public void The_body_is_kept_one_paragraph_per_block_in_page_order()
    {
        // Given a page whose article has five paragraphs, a sub-heading, a list and a quote
        // When it is extracted (see the static field)
        var paragraphs = Paragraphs(Full);

        // Then the clean text starts with the first paragraph, ends with the last, and keeps the blocks apart
        Assert.StartsWith("The only ferry between Port Sorrel and Gull Island", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Islanders said the ferry had been repaired twice", paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(8, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void Headings_list_items_and_block_quotes_of_the_article_are_kept_as_their_own_paragraphs()
    {
        var paragraphs = Paragraphs(Full);

        Assert.Contains("What happens next", paragraphs);
        Assert.Contains("Urgent medical trips will be made by the coastguard launch.", paragraphs);
        Assert.Contains("Post will be carried twice a week by a fishing boat from the north quay.", paragraphs);
        Assert.Contains("We are doing everything we can to get people moving again, and we are sorry for the disruption this week.", paragraphs);
    }

    [Fact]
    public void The_headline_and_the_byline_are_metadata_not_body_text()
    {
        Assert.DoesNotContain("Ferry service to Gull Island suspended", Full.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Ines Calloway", Full.Text, StringComparison.Ordinal);
        Assert.NotEmpty(RemovedAs(Full, "Ferry service to Gull Island suspended after hull damage"));
    }

    [Theory]
    [InlineData("We use cookies so the site works.", "class:cookie")]
    [InlineData("Front page Local news Weather", "nav")]
    [InlineData("Home > Local > Transport", "class:breadcrumbs")]
    [InlineData("Share on Facebook", "class:share")]
    [InlineData("Harbour wall repairs begin next month", "aside")]
    [InlineData("Sign up for our newsletter", "class:newsletter")]
    [InlineData("Support independent local journalism", "class:donate")]
    [InlineData("This has happened every summer", "class:comments")]
    [InlineData("All rights reserved.", "footer")]
    public void Furniture_is_left_out_and_listed_with_its_reason(string furniture, string reason)
    {
        // Given the page's furniture (cookie banner, navigation, share bar, related list, appeals, comments, footer)
        // Then it is not in the clean text, and the removed spans name it with the reason
        Assert.DoesNotContain(furniture, Full.Text, StringComparison.Ordinal);
        Assert.Contains(reason, RemovedAs(Full, furniture));
    }

    [Fact]
    public void Scripts_and_styles_never_reach_the_text_or_the_removed_list()
    {
        Assert.DoesNotContain("color: red", Full.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Full.Removed, r => r.Text.Contains("schema.org", StringComparison.Ordinal));
    }

    [Fact]
    public void Removed_spans_point_at_their_text_in_the_input()
    {
        // Then every removed span lies inside the decoded input and covers its text's last word,
        // even when the first word is an entity in the input ("&copy; 2025 The Harbour Gazette")
        Assert.NotEmpty(Full.Removed);
        foreach (var removed in Full.Removed)
        {
            Assert.InRange(removed.Start, 0, removed.End);
            Assert.InRange(removed.End, removed.Start, Full.Input.Length);
            var lastWord = removed.Text.Split(' ')[^1];
            Assert.EndsWith(lastWord, Full.Input[removed.Start..removed.End], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_word_of_the_clean_text_maps_back_to_the_same_word_in_the_input()
    {
        // Given the clean text and its offset map
        var text = Full.Text;
        var checkedWords = 0;

        // When each word's start is mapped back
        for (var i = 0; i < text.Length; i++)
        {
            var startsWord = char.IsLetterOrDigit(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]));
            if (!startsWord)
            {
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var word = text[i..end];
            var at = Full.Map.ToInput(i);

            // Then the input holds the same word there
            Assert.Equal(word, Full.Input.Substring(at, word.Length));
            checkedWords++;
        }

        Assert.True(checkedWords > 150, $"only {checkedWords} words checked");
        Assert.Equal(text.Length, Full.Map.CleanLength);
    }

    [Fact]
    public void A_paragraph_break_maps_between_the_two_paragraphs_it_separates()
    {
        var text = Full.Text;
        var brk = text.IndexOf("\n\n", StringComparison.Ordinal);
        var before = Full.Map.ToInput(brk - 1);
        var after = Full.Map.ToInput(brk + 2);

        Assert.InRange(Full.Map.ToInput(brk), before, after);
    }

    [Fact]
    public void Broken_markup_is_read_like_a_browser_would_and_each_paragraph_is_kept()
    {
        // Given a page with unclosed <p>, <b>, <i>, <div> and <table> elements and no closing </html>
        var article = FromFixture("broken.html");

        // Then the three paragraphs are in the text, separated, and the unclosed emphasis does not swallow the next one
        var paragraphs = Paragraphs(article);
        Assert.StartsWith("Tolls on the Sorrel estuary bridge will rise by a fifth", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("repairs to the eastern pier.", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Drivers who cross every day", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.StartsWith("The trust's chairman, Oskar Brandt", StringComparison.Ordinal));
        Assert.Equal("Bridge tolls to rise in autumn", article.Title?.Value);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_cut_with_a_warning_and_the_shallow_text_is_kept()
    {
        // Given an article paragraph and, beside it, 5,000 nested <div>s around another paragraph
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>Deep text that no reader would ever see in the page at all.</p>" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var html = $"<html><body><article><p>{Prose("The shallow paragraph")}</p><p>{Prose("A second shallow paragraph")}</p></article>{deep}</body></html>";

        // When it is extracted
        var result = Html(html);

        // Then the shallow paragraphs are the article and the depth limit is reported, not thrown
        var article = ArticleOf(result);
        Assert.Contains("The shallow paragraph", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deep text", article.Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "html.too-deep");
    }

    [Fact]
    public void A_lower_depth_limit_from_the_options_is_obeyed()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 20)) + $"<p>{Prose("Nested twenty deep")}</p>" + string.Concat(Enumerable.Repeat("</div>", 20));
        var html = $"<html><body><article><p>{Prose("Top level paragraph")}</p><p>{Prose("Another top level paragraph")}</p>{nested}</article></body></html>";
        var shallow = new Parallax.Extraction.Extractor(new Parallax.Extraction.ExtractionOptions { MaxDepth = 10 });

        var limited = Html(html, extractor: shallow);
        var unlimited = Html(html);

        Assert.Contains(limited.Diagnostics, d => d.Code == "html.too-deep");
        Assert.DoesNotContain("Nested twenty deep", ArticleOf(limited).Text, StringComparison.Ordinal);
        Assert.Contains("Nested twenty deep", ArticleOf(unlimited).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_elements_are_removed_as_hidden()
    {
        var html = $"<html><body><article><p>{Prose("Visible paragraph")}</p><p style=\"display: none\">Secret tracking text for the robots only.</p><p>{Prose("Second visible paragraph")}</p></article></body></html>";

        var article = ArticleOf(Html(html));

        Assert.DoesNotContain("Secret tracking text", article.Text, StringComparison.Ordinal);
        Assert.Contains("hidden", RemovedAs(article, "Secret tracking text"));
    }

    /// <summary>A sentence long enough to count as a paragraph of prose, starting with <paramref name="start"/>.</summary>
    internal static string Prose(string start) =>
        $"{start} says that the council met on Tuesday, that the members voted on the harbour budget, and that the vote was close.";
}
