using Parallax.Facts;
using Parallax.Facts.Quotes;

namespace Parallax.Tests.Facts;

/// <summary>
/// Quote sources beyond "X said": dashes, appositions, brackets, inverted and participle attributions, transcript
/// labels, relative pronouns; and how quotes group into one speaker's turn (split, continued, multi-paragraph).
/// </summary>
public sealed class QuoteTurnTests
{
    private static QuoteMention Only(AnalyzedArticle result, string content) =>
        Assert.Single(result.Quotes, q => result.Slice(q.Content) == content);

    [Theory]
    [InlineData("\u201CThe bridge will hold.\u201D \u2015 Anna Kovacs\n\u201CThe river is high.\u201D \u2015 Mark Doyle", "The bridge will hold.", "Anna Kovacs")]
    [InlineData("\"The bridge will hold,\" Kovacs, the city's chief engineer, said on Monday.", "The bridge will hold", "Kovacs")]
    [InlineData("\"The bridge will hold,\" Rep. Anna Kovacs (D-Ore.) said on Monday.", "The bridge will hold", "Rep. Anna Kovacs (D-Ore.)")]
    [InlineData("Said Kovacs: \"The bridge will hold.\"", "The bridge will hold.", "Kovacs")]
    [InlineData("According to Kovacs, \"the bridge will hold.\"", "the bridge will hold.", "Kovacs")]
    [InlineData("Kovacs then defended the plan, saying, \"The bridge will hold.\"", "The bridge will hold.", "Kovacs")]
    [InlineData("Anna Kovacs, at a later briefing, said, \"The bridge will hold.\"", "The bridge will hold.", "Anna Kovacs")]
    [InlineData("\"The bridge will hold,\" Kovacs demanded.", "The bridge will hold", "Kovacs")]
    [InlineData("\"The bridge will hold,\" the report read.", "The bridge will hold", "the report")]
    public void A_direct_quote_finds_its_source_in_less_usual_attributions(string text, string content, string source)
    {
        // Given a quote attributed by a dash, an apposition, a bracket, an inverted verb, "according to", a participle,
        // an adverbial in commas, or a less common verb
        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the quote's source is the speaker's words
        Assert.Equal(source, result.Slice(Only(result, content).Source!.Value));
    }

    [Fact]
    public void A_transcript_label_names_the_speaker_of_its_paragraph()
    {
        // Given an interview transcript with speaker labels in capitals
        var text = "WALLACE: Will the bridge reopen this week?\n\nKOVACS: We expect it to reopen on Friday after the inspection.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then each paragraph is a statement by its label
        Assert.Equal("KOVACS", result.Slice(Only(result, "We expect it to reopen on Friday after the inspection.").Source!.Value));
        Assert.Equal("WALLACE", result.Slice(Only(result, "Will the bridge reopen this week?").Source!.Value));
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_and_its_antecedent_the_speaker()
    {
        // Given "X, who in 2010 said ..."
        var text = "The plan was drafted by Mayor Anna Kovacs, who in 2010 said the old bridge was unsafe.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the source is "who" and the speaker the person it refers to
        var quote = Only(result, "the old bridge was unsafe");
        Assert.Equal("who", result.Slice(quote.Source!.Value));
        Assert.Equal("Anna Kovacs", quote.Speaker);
    }

    [Fact]
    public void A_split_quote_and_a_quote_after_the_attribution_form_one_turn()
    {
        // Given "A," she said, "B." C. in one paragraph, then another speaker
        var text = "Mayor Anna Kovacs spoke on Monday. \"The water is falling,\" she said, \"but the danger remains.\" \"We stay ready.\"\n\n"
            + "\"The road is closed,\" Mark Doyle said.";

        // When it is analysed and grouped into turns
        var result = FactsTestKit.Analyze(text);
        var turns = QuoteTurns.Group(result.Quotes);

        // Then the three quotes of the first paragraph are one turn by Anna Kovacs, and Doyle's quote is its own
        var first = Assert.Single(turns, turn => result.Slice(turn[0].Content) == "The water is falling");
        Assert.Equal(["The water is falling", "but the danger remains.", "We stay ready."], first.Select(q => result.Slice(q.Content)));
        Assert.All(first, q => Assert.Equal("Anna Kovacs", q.Speaker));
        Assert.Single(Assert.Single(turns, turn => result.Slice(turn[0].Content) == "The road is closed"));
    }

    [Fact]
    public void An_attribution_opening_the_next_quote_is_not_the_previous_quotes()
    {
        // Given a quote, then on the next line another speaker introducing his own quote
        var text = "\"It will not work,\" Kovacs said. \"Nobody believes it.\"\nCity engineer Mark Doyle added, \"It will work.\"";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the second quote stays Kovacs's turn and the third is Doyle's
        Assert.Equal("Kovacs", result.Slice(Only(result, "Nobody believes it.").Source!.Value));
        Assert.Equal("City engineer Mark Doyle", result.Slice(Only(result, "It will work.").Source!.Value));
    }

    [Fact]
    public void A_quote_over_two_paragraphs_is_one_turn_of_the_speaker_named_before_it()
    {
        // Given "X reports:" and a quotation whose first paragraph is left open and the next opens with a mark again
        var text = "The Daily Ledger reports:\n\n\"Only a quarter of the donors gave less than $200.\n\n\"Without this network the campaign would struggle.\"";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);
        var turns = QuoteTurns.Group(result.Quotes);

        // Then both paragraphs are quotes by the Daily Ledger, grouped as one turn
        var first = Only(result, "Only a quarter of the donors gave less than $200.");
        var second = Only(result, "Without this network the campaign would struggle.");
        Assert.Equal("The Daily Ledger", result.Slice(first.Source!.Value));
        Assert.Equal(first.Source, second.Source);
        Assert.Equal(2, Assert.Single(turns, t => t.Contains(first)).Count);
    }

    [Fact]
    public void A_partial_quote_inside_an_indirect_statement_joins_its_turn_but_stays_a_quote()
    {
        // Given an indirect statement with quoted words inside it
        var text = "Mark Doyle said the repairs were \"far too slow\" for the town.";

        // When it is analysed and grouped
        var result = FactsTestKit.Analyze(text);
        var turns = QuoteTurns.Group(result.Quotes);

        // Then the quoted words are still a partial quote, grouped with the indirect statement that holds them
        var partial = Only(result, "far too slow");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        var turn = Assert.Single(turns, t => t.Contains(partial));
        Assert.Equal(QuoteKind.Indirect, turn[0].Kind);
    }

    [Fact]
    public void A_quote_inside_a_quote_in_the_same_marks_does_not_end_it()
    {
        // Given curly quotes nested in curly quotes
        var text = "\u201CI would rather live in what he calls \u201Chell\u201D than give up,\u201D Kovacs said.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the outer quote is whole and attributed
        Assert.Equal("Kovacs", result.Slice(Only(result, "I would rather live in what he calls \u201Chell\u201D than give up").Source!.Value));
    }

    [Theory]
    [InlineData("After the vote, the council has continued to work on the road.", "to work on the road")]
    [InlineData("The council rated 32% of the claims as false.", "as false")]
    public void Verbs_of_saying_that_report_nothing_give_no_statement(string text, string notContent)
    {
        // Given "continued to" and a noun that looks like a verb of saying
        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then neither is a statement
        Assert.DoesNotContain(result.Quotes, q => result.Slice(q.Content).Contains(notContent, StringComparison.Ordinal));
    }
}
