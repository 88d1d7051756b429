using Parallax.Facts;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Facts;

/// <summary>
/// Every statement in the two seed scrapes (../shared/seeds, skipped when absent) carries its speaker: the Russian
/// defence minister's quotes (named later, or reached through a news agency), the Tajik foreign minister's
/// statements, and the emergencies official, named in one article and described in the other.
/// </summary>
public sealed class QuoteSeedTests
{
    private const string MoscowTimes = "000_e9edb8b32b7368a7";
    private const string PressTv = "002_9fa24fa17f3481a3";

    private static async Task<Dictionary<string, AnalyzedArticle>> Seeds()
    {
        var articles = await FactsTestKit.Extract(TestPaths.Seeds());
        return articles.ToDictionary(
            a => Path.GetFileNameWithoutExtension(a.SourceName),
            a => FactsTestKit.Analyzer.Analyze(a, TestContext.Current.CancellationToken),
            StringComparer.Ordinal);
    }

    private static QuoteMention Starting(AnalyzedArticle r, string start, QuoteKind kind) =>
        Assert.Single(r.Quotes, q => q.Kind == kind && r.Slice(q.Content).StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task The_defence_ministers_statements_are_Shoigus_in_both_seeds()
    {
        // Given the two seeds
        // When they are analysed
        var seeds = await Seeds();

        // Then the Moscow Times's "Moscow's defense minister said" (named only later) is Shoigu's
        var mt = seeds[MoscowTimes];
        var bolster = Starting(mt, "Russia will bolster Central Asian ally", QuoteKind.Indirect);
        Assert.Equal("Moscow's defense minister", mt.Slice(bolster.Source!.Value));
        Assert.Equal("Sergei Shoigu", bolster.Speaker);
        Assert.Equal("Sergei Shoigu", Starting(mt, "Moscow had organized additional supplies", QuoteKind.Indirect).Speaker);
        Assert.Equal("Sergei Shoigu", Starting(mt, "We continue to train qualified Tajik military personnel", QuoteKind.Direct).Speaker);
        Assert.Equal("Sergei Shoigu", Starting(mt, "Moscow was ready to offer", QuoteKind.Indirect).Speaker);
        Assert.Equal("Sergei Shoigu", Assert.Single(mt.Quotes, q => mt.Slice(q.Content) == "hasty").Speaker);

        // And Press TV's "Interfax news agency quoted Shoigu as saying" is Shoigu's, not the agency's
        var ptv = seeds[PressTv];
        var supplies = Starting(ptv, "Moscow had organized additional supplies", QuoteKind.Indirect);
        Assert.Equal("Shoigu", ptv.Slice(supplies.Source!.Value));
        Assert.Equal("Sergei Shoigu", supplies.Speaker);
        Assert.Equal("Sergei Shoigu", Starting(ptv, "We continue to train qualified Tajik military personnel", QuoteKind.Direct).Speaker);
        Assert.Equal("Sergei Shoigu", Starting(ptv, "Moscow was ready to offer", QuoteKind.Indirect).Speaker);
        Assert.Equal("Sergei Shoigu", Assert.Single(ptv.Quotes, q => ptv.Slice(q.Content) == "deteriorating").Speaker);
    }

    [Fact]
    public async Task The_foreign_ministers_statements_are_Muhriddins_however_he_is_named()
    {
        var seeds = await Seeds();

        // Moscow Times: "Muhriddin said Tajikistan was "not yet ready ..."" (the indirect statement and its quoted words)
        var mt = seeds[MoscowTimes];
        Assert.Equal("Sirojiddin Muhriddin", Starting(mt, "Tajikistan was \"not yet ready", QuoteKind.Indirect).Speaker);
        Assert.Equal("Sirojiddin Muhriddin", Starting(mt, "not yet ready to name the exact number", QuoteKind.Partial).Speaker);

        // Press TV: "Meanwhile, Tajik Foreign Minister ... has said", the direct quote, and "The Tajik foreign minister said"
        var ptv = seeds[PressTv];
        var notReady = Starting(ptv, "his country is not yet ready to state", QuoteKind.Indirect);
        Assert.Equal("Sirojiddin Muhriddin", notReady.Speaker);
        Assert.DoesNotContain("Meanwhile", ptv.Slice(notReady.Source!.Value), StringComparison.Ordinal);
        Assert.Equal("Sirojiddin Muhriddin", Starting(ptv, "We need to create certain conditions for refugees", QuoteKind.Direct).Speaker);
        var feared = Starting(ptv, "his country feared that", QuoteKind.Indirect);
        Assert.Equal("The Tajik foreign minister", ptv.Slice(feared.Source!.Value));
        Assert.Equal("Sirojiddin Muhriddin", feared.Speaker);
    }

    [Fact]
    public async Task The_emergencies_official_is_named_in_one_seed_and_described_in_the_other()
    {
        var seeds = await Seeds();

        // Moscow Times: unnamed, the description is the speaker
        var mt = seeds[MoscowTimes];
        Assert.Equal("A Tajik official from the emergencies committee", Starting(mt, "Tajikistan was ready to accept 100,000 refugees", QuoteKind.Indirect).Speaker);

        // Press TV: named before a long apposition ("Imomali Ibrohimzoda, the first deputy chief of ..., had said")
        var ptv = seeds[PressTv];
        var accept = Starting(ptv, "the country was ready to accept 100,000 refugees", QuoteKind.Indirect);
        Assert.StartsWith("Imomali Ibrohimzoda, the first deputy chief", ptv.Slice(accept.Source!.Value), StringComparison.Ordinal);
        Assert.Equal("Imomali Ibrohimzoda", accept.Speaker);
    }

    [Fact]
    public async Task Governments_and_groups_speak_for_themselves()
    {
        var seeds = await Seeds();

        // "Russia says ...": the country is the source; "... where the Taliban has made gains and claims to control ...": the Taliban
        var ptv = seeds[PressTv];
        Assert.Equal("Russia", Starting(ptv, "members of the", QuoteKind.Indirect).Speaker);
        var mt = seeds[MoscowTimes];
        Assert.All(mt.Quotes.Where(q => mt.Slice(q.Content).StartsWith("to control 90%", StringComparison.Ordinal)),
            q => Assert.Equal("the taliban", q.Speaker!.ToLowerInvariant()));
        Assert.DoesNotContain(mt.Quotes, q => mt.Slice(q.Content).StartsWith("to make gains", StringComparison.Ordinal));
    }
}
