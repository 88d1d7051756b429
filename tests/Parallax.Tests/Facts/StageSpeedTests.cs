using Parallax.Facts;
using Parallax.Facts.Tokens;

namespace Parallax.Tests.Facts;

/// <summary>The speed devices of the analyzer: start-word filters in front of rule cascades, and the per-stage profile.</summary>
public sealed class StageSpeedTests
{
    private static IReadOnlyList<Token> Tokens(string text) =>
        new Tokenizer(AbbreviationRules.Load()).Tokenize(text, TestContext.Current.CancellationToken);

    [Fact]
    public void Start_words_let_through_numbers_listed_words_their_abbreviations_and_hyphenated_forms_only()
    {
        // Given start words of a time rule family
        var starts = new StartWords(["march", "twenty", "third", "last"]);

        // When the tokens of a sentence are tested
        var allowed = Tokens("Last March the mayor said twenty-five cars came in 2001, in Mar. and the third-quarter report")
            .Where(starts.Allows).Select(t => t.Text).ToList();

        // Then numbers, listed words in any case, "Mar." only when "mar" is listed (it is not), and hyphenated words by their first part pass
        Assert.Equal(["Last", "March", "twenty-five", "2001", "third-quarter"], allowed);
    }

    [Fact]
    public void A_listed_word_with_a_full_stop_passes()
    {
        var starts = new StartWords(["aug"]);
        Assert.Contains(Tokens("on Aug. 5"), t => t.Text == "Aug." && starts.Allows(t));
    }

    [Fact]
    public void The_profile_counts_every_stage_of_every_article()
    {
        // Given a profile and two articles with times, names, numbers and a quote
        var profile = new StageProfile();
        var text = "Russian Defence Minister Sergei Shoigu said on Wednesday that 3,000 troops would arrive. \"We are ready,\" he said.";

        // When both are analysed with it
        FactsTestKit.Analyzer.Analyze(FactsTestKit.Article(text, "2021-07-28"), profile, TestContext.Current.CancellationToken);
        FactsTestKit.Analyzer.Analyze(FactsTestKit.Article(text, "2021-07-28", "a2"), profile, TestContext.Current.CancellationToken);

        // Then every stage has allocated something (each makes its result list) and the summary names the articles and characters
        Assert.All(Enum.GetValues<AnalysisStage>(), stage => Assert.True(profile.BytesOf(stage) > 0, stage.ToString()));
        var summary = profile.Describe();
        Assert.Contains($"2 articles, {2 * text.Length / 1e6:F2} M chars", summary, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<AnalysisStage>(), stage => Assert.Contains(stage.ToString(), summary, StringComparison.Ordinal));
    }
}
