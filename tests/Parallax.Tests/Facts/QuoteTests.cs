using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Quotes: direct (straight and curly, split, pre- and post-posed), partial and indirect, each with its resolved speaker.</summary>
public sealed class QuoteTests
{
    private static QuoteMention Only(AnalyzedArticle result, string content) =>
        Assert.Single(result.Quotes, q => result.Slice(q.Content) == content);

    [Theory]
    [InlineData("\"We will rebuild the bridge,\" Mayor Anna Kovacs said.", "We will rebuild the bridge", "said", "Mayor Anna Kovacs")]
    [InlineData("\u201CWe will rebuild the bridge,\u201D Mayor Anna Kovacs said on Tuesday.", "We will rebuild the bridge", "said", "Mayor Anna Kovacs")]
    [InlineData("Mayor Anna Kovacs said: \"We will rebuild the bridge.\"", "We will rebuild the bridge.", "said", "Mayor Anna Kovacs")]
    [InlineData("\"We will rebuild the bridge,\" said Mayor Anna Kovacs.", "We will rebuild the bridge", "said", "Mayor Anna Kovacs")]
    public void A_direct_quote_gets_its_cue_source_and_speaker(string text, string content, string cue, string source)
    {
        // Given a direct quote with its attribution before or after it
        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the quote's content, cue, source and speaker are found
        var quote = Only(result, content);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(cue, result.Slice(quote.Cue!.Value));
        Assert.Equal(source, result.Slice(quote.Source!.Value));
        Assert.Equal("Anna Kovacs", quote.Speaker);
    }

    [Fact]
    public void Both_halves_of_a_split_quote_belong_to_the_speaker_a_pronoun_refers_to()
    {
        // Given a named person and a split quote attributed to "she"
        var text = "Mayor Anna Kovacs visited the site on Monday. \"The water is falling,\" she said, \"but the danger remains.\"";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then both halves are direct quotes by Anna Kovacs
        Assert.Equal("Anna Kovacs", Only(result, "The water is falling").Speaker);
        var second = Only(result, "but the danger remains.");
        Assert.Equal(QuoteKind.Direct, second.Kind);
        Assert.Equal("Anna Kovacs", second.Speaker);
    }

    [Fact]
    public void A_name_before_a_role_in_commas_is_the_speaker_not_the_role()
    {
        // Given a name followed by its role in commas before "said"
        var text = "Senator Anna Kovacs, Democrat of Eastmoor, said the bill was flawed.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the speaker is the person and the source covers the name and the role
        var quote = Only(result, "the bill was flawed");
        Assert.Equal("Anna Kovacs", quote.Speaker);
        Assert.Equal("Senator Anna Kovacs, Democrat of Eastmoor", quote.Source!.Value.Slice(text));
    }

    [Fact]
    public void A_source_named_in_an_apposition_before_said_reports_the_clause_after_it()
    {
        // Given a role and a name set off by commas before "said" and a reported clause
        var text = "The council met on Monday.\n\nThe city's transport chief, Anna Kovacs, said the bridge will reopen next week.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the clause is an indirect quote by Anna Kovacs
        var quote = Only(result, "the bridge will reopen next week");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Anna Kovacs", quote.Speaker);
    }

    [Fact]
    public void Doubled_apostrophes_mark_a_direct_quote()
    {
        // Given a quote written with doubled apostrophes, as some wire texts write double quotation marks
        var text = "The council met on Monday. ''We will rebuild the bridge,'' Mayor Anna Kovacs said.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the text between the marks is a direct quote by Anna Kovacs
        var quote = Only(result, "We will rebuild the bridge");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Anna Kovacs", quote.Speaker);
    }

    [Fact]
    public void A_scare_quote_without_a_verb_of_saying_belongs_to_the_subject_of_its_clause()
    {
        // Given a quote inside a clause whose subject names a person after a fronted phrase with another person
        var text = "At a dinner with singer Paula Verdi, Mayor Anna Kovacs called the plan a \"reckless gamble\" on Monday.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the partial quote's source is the clause subject, not the person in the fronted phrase
        var quote = Only(result, "reckless gamble");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Anna Kovacs", quote.Speaker);
    }

    [Fact]
    public void A_quote_paragraph_without_a_cue_continues_the_last_speaker_and_new_cue_verbs_count()
    {
        // Given a quote by a named speaker, a following quote paragraph with no cue of its own, and a quote after "tweeted:"
        var text = "Mayor Anna Kovacs spoke on Monday. \"The water is falling,\" Kovacs said.\n\n"
            + "\"We will reopen the bridge next week.\"\n\nHealth Minister Tomas Berg tweeted: \"Stay home tonight.\"";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the bare paragraph is Anna Kovacs's and the tweet is Tomas Berg's
        Assert.Equal("Anna Kovacs", Only(result, "We will reopen the bridge next week.").Speaker);
        Assert.Equal("Tomas Berg", Only(result, "Stay home tonight.").Speaker);
    }

    [Fact]
    public void A_surname_and_a_role_noun_resolve_to_the_full_name()
    {
        // Given a person introduced with a role, then quoted by surname and by role
        var text = "Health Minister Tomas Berg toured the hospital. \"It is safe,\" Berg said. "
            + "Later, Mayor Anna Kovacs arrived. \"We are ready,\" said the minister.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the surname resolves to the full name and "the minister" to the person whose role has "Minister"
        Assert.Equal("Tomas Berg", Only(result, "It is safe").Speaker);
        Assert.Equal("Tomas Berg", Only(result, "We are ready").Speaker);
    }

    [Fact]
    public void A_quote_inside_a_clause_is_partial_and_takes_the_sentence_speaker()
    {
        // Given a short quoted phrase inside reported speech
        var text = "Police chief Mark Doyle said the plan was \"a disaster\" for the town.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then it is a partial quote by the speaker of the sentence, and the sentence is indirect speech too
        var partial = Only(result, "a disaster");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Mark Doyle", partial.Speaker);
        Assert.Contains(result.Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker == "Mark Doyle");
    }

    [Theory]
    [InlineData("Police chief Mark Doyle said that the road would reopen.", "the road would reopen", "Mark Doyle")]
    [InlineData("Police chief Mark Doyle told reporters the road was safe.", "the road was safe", "Mark Doyle")]
    [InlineData("According to the fire service, two houses burned.", "two houses burned", "the fire service")]
    [InlineData("Two houses burned, according to the fire service.", "Two houses burned", "the fire service")]
    [InlineData("The road will reopen on Friday, the transport office said.", "The road will reopen on Friday", "the transport office")]
    [InlineData("The road will reopen, Mark Doyle said on a visit to the site.", "The road will reopen", "Mark Doyle")]
    [InlineData("Mark Doyle, who leads the police, said the road was safe.", "the road was safe", "Mark Doyle")]
    [InlineData("The agency quoted Mark Doyle as saying that the road was safe.", "the road was safe", "Mark Doyle")]
    public void Indirect_speech_gets_its_content_and_speaker(string text, string content, string speaker)
    {
        // Given reported speech without quotation marks
        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the content is the reported clause and the speaker its source
        var quote = Only(result, content);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_scare_quote_inside_a_relative_clause_belongs_to_the_subject_before_it()
    {
        // Given a quoted word inside "X, who ..., said ..."
        var text = "Police chief Mark Doyle, who blamed the \"hasty\" plan, said the town was ready.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the partial quote's speaker is the subject, not the clause after the verb
        Assert.Equal("Mark Doyle", Only(result, "hasty").Speaker);
    }

    [Fact]
    public void A_surname_opening_a_sentence_still_resolves_to_the_full_name()
    {
        var text = "Defence Minister Ivan Petrov arrived. Petrov, who criticised the \"rushed\" exit, said aid would come.";

        var result = FactsTestKit.Analyze(text);

        Assert.Equal("Ivan Petrov", Only(result, "rushed").Speaker);
        Assert.Equal("Ivan Petrov", Only(result, "aid would come").Speaker);
    }

    [Fact]
    public void A_capitalised_verb_form_inside_a_name_is_not_a_cue()
    {
        var result = FactsTestKit.Analyze("The United States and its allies invaded the country in 2001.");

        Assert.Empty(result.Quotes);
    }
}
