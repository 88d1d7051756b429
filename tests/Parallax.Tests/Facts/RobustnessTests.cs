using System.Diagnostics;
using Parallax.Documents;
using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Limits, cancellation, hostile input, missing anchors and concurrent use.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void A_text_over_the_limit_is_analysed_up_to_the_limit_with_a_warning()
    {
        // Given an analyzer limited to 1,000 characters and a longer text
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { MaxTextLength = 1_000 });
        var text = string.Concat(Enumerable.Repeat("About 12,000 people left on Monday. ", 100));

        // When it is analysed
        var result = analyzer.Analyze(FactsTestKit.Article(text, "2025-03-11"), TestContext.Current.CancellationToken);

        // Then a warning names the limit and only mentions inside it are reported
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "facts.text-too-long");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.NotEmpty(result.Quantities);
        Assert.All(result.Quantities, q => Assert.True(q.Span.End <= 1_000));
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FactsTestKit.Analyzer.Analyze(FactsTestKit.Article("Some text."), cancel.Token));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("1,")]
    [InlineData("A ")]
    [InlineData("(")]
    [InlineData("said \"")]
    [InlineData("MOSCOW ")]
    [InlineData("Jan. ")]
    [InlineData("Minister Ann Lee said, \"Yes,\" she said. ")]
    [InlineData("on Monday 12 ")]
    [InlineData("According to ")]
    public void Hostile_repetition_is_analysed_in_linear_time(string unit)
    {
        // Given 400,000 characters of one repeated pattern
        var text = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length));

        // When it is analysed
        var watch = Stopwatch.StartNew();
        var result = FactsTestKit.Analyze(text, "2021-07-28");

        // Then it finishes quickly without an error
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Without_a_publication_date_relative_values_stay_relative_and_a_diagnostic_says_so()
    {
        var result = FactsTestKit.Analyze("The dam opened yesterday and the town votes next week.");

        Assert.Contains(result.Diagnostics, d => d.Code == "facts.no-anchor");
        Assert.Equal(["REF-P1D", "REF+P1W"], result.Times.Select(t => t.Value));
        Assert.All(result.Times, t => Assert.Null(t.Anchor));
    }

    [Theory]
    [InlineData("The file is dated 2021-13-45 and 0000-00-00.")]
    [InlineData("It happened 99999999 days ago, or 99999999999 years ago.")]
    [InlineData("It happened on February 30 and on 31 April 2021.")]
    [InlineData("It will happen in 9999999 weeks from now.")]
    public void Impossible_dates_are_left_out_without_an_error(string text)
    {
        // Given dates outside the calendar
        // When they are analysed
        var result = FactsTestKit.Analyze(text, "2021-07-28");

        // Then no calendar value is invented and nothing throws
        Assert.DoesNotContain(result.Times, t => t.Type == TimexType.Date && t.Value.Length == 10);
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_not_a_quantity()
    {
        var result = FactsTestKit.Analyze(new string('9', 400) + " trillion trillion people and 5 cars.");

        Assert.All(result.Quantities, q => Assert.True(double.IsFinite(q.Value)));
        Assert.Contains(result.Quantities, q => q.Value == 5 && q.Counted == "cars");
    }

    [Fact]
    public void An_empty_text_gives_an_empty_analysis()
    {
        var result = FactsTestKit.Analyze("", "2021-07-28");

        Assert.Empty(result.Sentences);
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void One_analyzer_gives_the_same_result_on_many_threads()
    {
        // Given one analyzer and one article
        var article = FactsTestKit.Article(
            "Water Minister Elena Varga said on Monday that about 12,000 people left. \"We are ready,\" Varga said.", "2025-03-11");
        var expected = Describe(FactsTestKit.Analyzer.Analyze(article, TestContext.Current.CancellationToken));

        // When it analyses the article on many threads at once
        var results = new string[32];
        Parallel.For(0, results.Length, i => results[i] = Describe(FactsTestKit.Analyzer.Analyze(article, TestContext.Current.CancellationToken)));

        // Then every result is the same
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Describe(AnalyzedArticle a) => string.Join(
        "\n",
        a.Sentences.Select(s => s.Span.ToString())
            .Concat(a.Entities.Select(e => e.ToString()))
            .Concat(a.Quantities.Select(q => q.ToString()))
            .Concat(a.Times.Select(t => t.ToString()))
            .Concat(a.Quotes.Select(q => q.ToString())));
}
