using Parallax.Comparison;
using Parallax.Facts;

namespace Parallax.Tests.Comparison;

/// <summary>The same words quoted by several outlets, with their speakers.</summary>
public sealed class QuoteComparisonTests
{
    private const string Words = "We will not leave anyone behind, and every family will have a roof tonight";

    private static ArticleBuilder Quoting(string id, string outlet, string words, string? speaker) =>
        new ArticleBuilder(id, outlet, $"\u201C{words},\u201D {speaker ?? "an official"} said on Monday.").Quote(words, speaker);

    [Fact]
    public void The_same_quote_in_two_outlets_is_agreed_and_names_the_speaker()
    {
        var fact = Compared.Single(Compared.Run(Quoting("a", "Ledger", Words, "Elena Varga"), Quoting("b", "Wire", Words, "Elena Varga")), FactKind.Quote);

        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal(Words, fact.Value);
        Assert.StartsWith("Elena Varga:", fact.Summary, StringComparison.Ordinal);
        Assert.Contains("word for word", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_differences_in_punctuation_or_one_word_are_still_agreed()
    {
        var other = "We will not leave anybody behind - and every family will have a roof tonight";

        var fact = Compared.Single(Compared.Run(Quoting("a", "Ledger", Words, "Elena Varga"), Quoting("b", "Wire", other, "Varga")), FactKind.Quote);

        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Contains("small differences", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_words_from_different_speakers_conflict()
    {
        var fact = Compared.Single(Compared.Run(Quoting("a", "Ledger", Words, "Elena Varga"), Quoting("b", "Wire", Words, "Tomas Brenn")), FactKind.Quote);

        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Contains("Elena Varga (Ledger)", fact.Note, StringComparison.Ordinal);
        Assert.Contains("Tomas Brenn (Wire)", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_one_outlet_carries_is_unique()
    {
        var a = Quoting("a", "Ledger", Words, "Elena Varga");
        var b = new ArticleBuilder("b", "Wire", "The operator was fined last year for missed inspections.");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quote);

        Assert.Equal(FactStatus.Unique, fact.Status);
        Assert.Contains("Elena Varga", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoting_part_of_another_outlets_quote_is_consistent()
    {
        var fact = Compared.Single(Compared.Run(Quoting("a", "Ledger", Words, "Elena Varga"), Quoting("b", "Wire", "every family will have a roof tonight", "Varga")), FactKind.Quote);

        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.Contains("partial", fact.Note, StringComparison.Ordinal);
        Assert.Equal(Words, fact.Value);
    }

    [Fact]
    public void An_unanalysed_article_is_compared_line_by_line_and_the_report_says_so()
    {
        // Given articles with text only (no sentences, no quotes from the text stages)
        var a = new ArticleBuilder("a", "Ledger", "Engineers opened the Harrow Dam spillway on Monday.\nThe ageing dam was built by the province in 1968 and never repaired since.").NoSentences();
        var b = new ArticleBuilder("b", "Wire", "Engineers opened the Harrow Dam spillway on Monday morning.").NoSentences();

        var report = Compared.Run(a, b);

        // Then each line is a statement, the shared one is matched, and a diagnostic names what was missing
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Claim && f.Status != FactStatus.Unique && f.Mentions.Count == 2);
        Assert.Contains(report.Facts, f => f.Kind == FactKind.Claim && f.Status == FactStatus.Unique && f.Value.Contains("1968", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Code == "comparison.unanalyzed");
    }

    [Fact]
    public void Reported_speech_paraphrased_by_another_outlet_is_compared_as_a_claim()
    {
        // Given the fire service's statement reported in different words by two outlets
        var a = new ArticleBuilder("a", "Coastline", "Three people were killed when a footbridge collapsed near Orrin, the fire service said.")
            .Quote("Three people were killed when a footbridge collapsed near Orrin", "the fire service", QuoteKind.Indirect);
        var b = new ArticleBuilder("b", "Ledger", "Three people died when a footbridge collapsed near the village of Orrin, the Eastmoor fire service said.")
            .Quote("Three people died when a footbridge collapsed near the village of Orrin", "the Eastmoor fire service", QuoteKind.Indirect);

        // When compared
        var report = Compared.Run(a, b);

        // Then the statement is one claim both state, not two quotes each outlet alone carries
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Quote);
        var claim = Compared.Single(report, FactKind.Claim);
        Assert.NotEqual(FactStatus.Unique, claim.Status);
        Assert.Equal(["a", "b"], claim.Mentions.Select(m => m.Article).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reported_speech_no_one_else_carries_stays_a_quote_with_its_speaker_and_no_duplicate_claim()
    {
        var a = new ArticleBuilder("a", "Wire", "Eastmoor Hydro said it would appeal the fine.")
            .Quote("it would appeal the fine", "Eastmoor Hydro", QuoteKind.Indirect);
        var b = new ArticleBuilder("b", "Ledger", "Three people died when a footbridge collapsed near Orrin.");

        var report = Compared.Run(a, b);

        var quote = Compared.Single(report, FactKind.Quote);
        Assert.Equal(FactStatus.Unique, quote.Status);
        Assert.DoesNotContain(report.Facts, f => f.Kind == FactKind.Claim && f.Mentions.Any(m => m.Article == "a"));
    }
}
