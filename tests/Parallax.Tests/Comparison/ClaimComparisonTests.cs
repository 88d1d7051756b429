using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>Sentence-level claims matched by their content words; what only one outlet says is unique.</summary>
public sealed class ClaimComparisonTests
{
    [Fact]
    public void The_same_claim_in_nearly_the_same_words_is_agreed()
    {
        var a = new ArticleBuilder("a", "Ledger", "A footbridge collapsed near Orrin during the flood.");
        var b = new ArticleBuilder("b", "Wire", "The footbridge collapsed near Orrin during the flood.");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Claim);

        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal(2, fact.Sources);
        Assert.Equal("a footbridge collapsed near orrin during the flood", fact.Value);
    }

    [Fact]
    public void The_same_claim_in_different_words_is_consistent()
    {
        var a = new ArticleBuilder("a", "Ledger", "Eastmoor Hydro said the reservoir rose sharply after heavy rain in the hills.");
        var b = new ArticleBuilder("b", "Wire", "Heavy rain made the reservoir rise quickly, the operator Eastmoor Hydro said.");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Claim);

        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.Contains("different words", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_only_one_outlet_makes_is_unique()
    {
        // Given a shared claim and one that only the Wire makes
        var a = new ArticleBuilder("a", "Ledger", "A footbridge collapsed near Orrin during the flood.");
        var b = new ArticleBuilder("b", "Wire", "A footbridge collapsed near Orrin during the flood. Eastmoor Hydro was fined last year for skipped safety inspections.");

        var claims = Compared.Of(Compared.Run(a, b), FactKind.Claim);

        // Then the Wire's extra sentence is a unique claim pointing at its offsets
        var unique = Assert.Single(claims, f => f.Status == FactStatus.Unique);
        var mention = Assert.Single(unique.Mentions);
        Assert.Equal("b", mention.Article);
        Assert.Equal(b.Find("Eastmoor Hydro was fined last year for skipped safety inspections.").Start, mention.Start);
        Assert.Equal("only Wire reports this", unique.Note);
    }

    [Fact]
    public void A_claim_one_outlet_denies_is_a_conflict()
    {
        var a = new ArticleBuilder("a", "Ledger", "The regional government was warned about the cracks in the dam wall.");
        var b = new ArticleBuilder("b", "Wire", "The regional government was never warned about the cracks in the dam wall.");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Claim);

        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Contains("negated by Wire", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_that_carry_a_shared_quote_are_not_claims_again()
    {
        const string words = "We will not leave anyone behind, and every family will have a roof tonight";
        var a = new ArticleBuilder("a", "Ledger", $"\u201C{words},\u201D Elena Varga said.").Quote(words, "Elena Varga");
        var b = new ArticleBuilder("b", "Wire", $"\u201C{words},\u201D Elena Varga said.").Quote(words, "Elena Varga");

        var report = Compared.Run(a, b);

        Assert.Empty(Compared.Of(report, FactKind.Claim));
        Assert.Single(Compared.Of(report, FactKind.Quote));
    }

    [Fact]
    public void Too_many_sentences_are_capped_with_a_diagnostic()
    {
        // Given two long articles and a cap of 100 sentence pairs
        static ArticleBuilder Long(string id, string outlet) => new(id, outlet, string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Sentence number {i} describes flooding damage in district {i} today.")));
        var comparer = new StoryComparer(new ComparisonOptions { MaxClaimPairs = 100 });

        // When compared
        var report = comparer.Compare(null, [Long("a", "Ledger"), Long("b", "Wire")]);

        // Then the comparison stops at the cap and says so
        var capped = Assert.Single(report.Diagnostics, d => d.Code == "comparison.claims-capped");
        Assert.Contains("first 10 ", capped.Message, StringComparison.Ordinal);
        Assert.Equal(20, Compared.Of(report, FactKind.Claim).Sum(f => f.Mentions.Count));
    }

    [Fact]
    public void Too_many_quantities_are_capped_with_a_diagnostic()
    {
        var a = new ArticleBuilder("a", "Ledger", "Officials said 12,000 people left and 3 people died.").Quantity("12,000", 12000, "people").Quantity("3", 3, "people");
        var b = new ArticleBuilder("b", "Wire", "Officials said 12,000 people left.").Quantity("12,000", 12000, "people");

        var report = new StoryComparer(new ComparisonOptions { MaxMentionsPerKind = 2 }).Compare(null, [a, b]);

        Assert.Contains(report.Diagnostics, d => d.Code == "comparison.mentions-capped" && d.Message.Contains("3 quantity", StringComparison.Ordinal));
        Assert.Equal(2, Compared.Of(report, FactKind.Quantity).Sum(f => f.Mentions.Count));
    }

    [Theory]
    [InlineData(new[] { 10, 10 }, 100L, null)]
    [InlineData(new[] { 10, 10 }, 99L, 9)]
    [InlineData(new[] { 100, 3, 100 }, 1000L, 28)]
    public void The_per_article_cap_keeps_the_pairs_under_the_limit(int[] counts, long max, int? expected) =>
        Assert.Equal(expected, ClaimAligner.PerArticleLimit(counts, max));
}
