using Parallax.Facts;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Facts;

/// <summary>Statements: each sentence asserted in the outlet's voice, attributed to a source, or hedged; evaluative words in the outlet's voice.</summary>
public sealed class StatementTests
{
    private static Statement Only(string text) => Assert.Single(FactsTestKit.Analyze(text).Statements);

    [Fact]
    public void A_plain_report_is_asserted_in_the_outlets_voice()
    {
        // Given a sentence with no source and no hedge
        var statement = Only("The army closed the bridge on Monday.");

        // Then it is asserted by the outlet
        Assert.Equal(StatementStatus.Asserted, statement.Status);
        Assert.True(statement.OwnVoice);
        Assert.Empty(statement.Hedges);
        Assert.Null(statement.Source);
    }

    [Fact]
    public void A_sentence_with_a_named_speaker_is_attributed_to_that_speaker()
    {
        // Given indirect speech by a named person
        var result = FactsTestKit.Analyze("Mayor Anna Kovacs said the bridge would reopen on Friday.");

        // Then the statement is attributed to her, with the cue of saying
        var statement = Assert.Single(result.Statements);
        Assert.Equal(StatementStatus.Attributed, statement.Status);
        Assert.False(statement.OwnVoice);
        Assert.Equal("Anna Kovacs", statement.Source);
        Assert.Equal("said", result.Slice(statement.Cue!.Value));
    }

    [Fact]
    public void A_direct_quote_is_attributed_and_its_loaded_words_are_not_the_outlets()
    {
        // Given a quote full of loaded words
        var statement = Only("\"This reform is a disaster and a scandal,\" Senator Anna Kovacs said.");

        // Then it is attributed, and no evaluative word is marked as the outlet's
        Assert.Equal(StatementStatus.Attributed, statement.Status);
        Assert.Empty(statement.Evaluative);
    }

    [Fact]
    public void Every_sentence_of_a_long_quote_is_attributed_to_its_speaker()
    {
        // Given a quote of three sentences with its attribution at the end
        var result = FactsTestKit.Analyze("\"The water is falling. The roads are open again. Schools reopen on Monday,\" Mayor Anna Kovacs said.");

        // Then all three sentences are attributed to the mayor
        Assert.Equal(3, result.Statements.Count);
        Assert.All(result.Statements, s => Assert.Equal(StatementStatus.Attributed, s.Status));
        Assert.All(result.Statements, s => Assert.Equal("Anna Kovacs", s.Source));
    }

    [Theory]
    [InlineData("The rebels reportedly seized the town.", "reportedly")]
    [InlineData("The minister appeared to contradict her own statement.", "appeared to")]
    [InlineData("The commander is believed to have fled the country.", "is believed to")]
    [InlineData("The group allegedly planned the attack for months.", "allegedly")]
    [InlineData("The army is blamed for the surge in violence.", "is blamed for")]
    public void A_hedged_sentence_keeps_the_outlet_at_a_distance(string text, string hedge)
    {
        // Given a sentence with a hedge and no named source
        var statement = Only(text);

        // Then it is hedged, and the hedge is marked
        Assert.Equal(StatementStatus.Hedged, statement.Status);
        Assert.True(statement.OwnVoice);
        Assert.Contains(statement.Hedges, h => h.Text == hedge);
    }

    [Fact]
    public void An_unnamed_many_say_is_a_hedge_not_an_attribution()
    {
        // Given a claim put in the mouth of an unnamed "many"
        var statement = Only("Many say the occupiers have failed to bring peace to the region.");

        // Then it is hedged, in the outlet's voice, with its evaluative words marked
        Assert.Equal(StatementStatus.Hedged, statement.Status);
        Assert.Null(statement.Source);
        Assert.Contains(statement.Evaluative, e => e.Text == "occupiers");
        Assert.Contains(statement.Evaluative, e => e.Text == "failed");
    }

    [Fact]
    public void Evaluative_words_in_the_outlets_own_voice_are_marked_with_their_kind()
    {
        // Given an asserted sentence with a loaded label and an evaluative phrase
        var result = FactsTestKit.Analyze("The so-called reform was passed under the pretext of saving money.");

        // Then both are marked, the framing list's word as "loaded" and the statements list's phrase as "evaluative"
        var statement = Assert.Single(result.Statements);
        Assert.Equal(StatementStatus.Asserted, statement.Status);
        Assert.Contains(statement.Evaluative, e => e.Text == "so-called" && e.Kind == "loaded");
        Assert.Contains(statement.Evaluative, e => e.Text == "under the pretext" && e.Kind == "evaluative" && result.Slice(e.Span) == e.Text);
    }

    [Fact]
    public async Task Press_TVs_passages_on_the_2001_invasion_are_the_outlets_own_evaluative_voice()
    {
        // Given the Press TV seed, cleaned by the extraction stage
        var articles = await FactsTestKit.Extract(TestPaths.Seeds());
        var pressTv = Assert.Single(articles, a => a.Outlet?.Value == "Press TV");

        // When it is analysed
        var result = FactsTestKit.Analyzer.Analyze(pressTv, TestContext.Current.CancellationToken);

        // Then the three sentences on the invasion speak in the outlet's own voice, each with evaluative language,
        // the first two asserted outright
        Statement Of(string words) => Assert.Single(result.Statements, s => result.Slice(s.Span).Contains(words, StringComparison.Ordinal));
        var invaded = Of("invaded Afghanistan in 2001");
        var removed = Of("The invasion removed the Taliban");
        var blamed = Of("the invaders have failed");
        Assert.All([invaded, removed, blamed], s => Assert.True(s.OwnVoice));
        Assert.All([invaded, removed, blamed], s => Assert.NotEmpty(s.Evaluative));
        Assert.Equal(StatementStatus.Asserted, invaded.Status);
        Assert.Equal(StatementStatus.Asserted, removed.Status);
        Assert.Contains(invaded.Evaluative, e => e.Text == "under the pretext");
        Assert.Contains(blamed.Evaluative, e => e.Text == "invaders");

        // And the invasion is an event: the United States and NATO (agent) invaded Afghanistan (patient) in 2001
        var invasion = Assert.Single(result.Events, e => e.Text == "invaded");
        Assert.Equal("FIGHT", invasion.Category);
        Assert.Equal(["United States", "NATO"], invasion.Agent!.Entities);
        Assert.Equal(["Afghanistan"], invasion.Patient!.Entities);
        Assert.Equal("2001", invasion.Time!.Value);

        // While Shoigu's quoted words stay attributed to him
        Assert.Equal("Sergei Shoigu", Of("We continue to train qualified Tajik military personnel").Source);
    }
}
