namespace Parallax.Tests.Facts;

/// <summary>Sentence boundaries: abbreviations, initials, decimals, closing quotes, paragraphs and datelines.</summary>
public sealed class SentenceTests
{
    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. on Jan. 5 for talks. They agreed.", "Mr. Smith met Dr. Jones in the U.S. on Jan. 5 for talks.|They agreed.")]
    [InlineData("He said \"It is over.\" Then he left.", "He said \"It is over.\"|Then he left.")]
    [InlineData("He said \u201CIt is over.\u201D Then he left.", "He said \u201CIt is over.\u201D|Then he left.")]
    [InlineData("Prices rose 1.5 percent. Markets fell.", "Prices rose 1.5 percent.|Markets fell.")]
    [InlineData("J. R. Ewing arrived at 10 a.m. and left. He spoke.", "J. R. Ewing arrived at 10 a.m. and left.|He spoke.")]
    [InlineData("Flood warning\n\nRivers rose. Roads closed", "Flood warning|Rivers rose.|Roads closed")]
    [InlineData("First paragraph without a stop\n\nsecond paragraph in lowercase", "First paragraph without a stop|second paragraph in lowercase")]
    [InlineData("Is it safe? Nobody knows! We wait.", "Is it safe?|Nobody knows!|We wait.")]
    [InlineData("Talks were held in the U.S. The deal failed.", "Talks were held in the U.S.|The deal failed.")]
    public void Sentences_end_where_a_reader_would_end_them(string text, string expected)
    {
        // Given a text with a pitfall for sentence splitting
        // When it is analysed
        var result = FactsTestKit.Analyze(text);

        // Then the sentences are the expected ones
        Assert.Equal(expected, string.Join("|", result.Sentences.Select(s => result.Slice(s.Span))));
    }

    [Theory]
    [InlineData("MOSCOW, July 28 (Reuters) - Russia said on Wednesday it would help. Officials agreed.", "MOSCOW, July 28 (Reuters) - ")]
    [InlineData("KESTREL FALLS, March 11 (Harbour Post) \u2014 Engineers opened the gates.", "KESTREL FALLS, March 11 (Harbour Post) \u2014 ")]
    [InlineData("LONDON (AP) - Rain fell.", "LONDON (AP) - ")]
    public void A_dateline_is_kept_out_of_the_first_sentence(string text, string dateline)
    {
        // Given a wire story opening with a dateline
        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2021-07-28");

        // Then the dateline is reported and the first sentence starts after it
        Assert.NotNull(result.Dateline);
        Assert.Equal(dateline, result.Slice(result.Dateline.Value));
        Assert.Equal(dateline.Length, result.Sentences[0].Span.Start);
    }

    [Fact]
    public void A_headline_with_a_dash_is_not_a_dateline()
    {
        var result = FactsTestKit.Analyze("US - China talks resume. Both sides met.");

        Assert.Null(result.Dateline);
        Assert.Equal(0, result.Sentences[0].Span.Start);
    }
}
