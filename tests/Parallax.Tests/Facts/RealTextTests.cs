using Parallax.Facts;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Facts;

/// <summary>
/// The analyzer on real input: the four sample articles (one fictional event told four ways) and the two
/// seed scrapes in ../shared (skipped when absent), cleaned by the extraction stage first.
/// </summary>
public sealed class RealTextTests
{
    private const string VargaQuote = "We will not leave anyone behind, and every family will have a roof tonight";

    private static async Task<Dictionary<string, AnalyzedArticle>> AnalyzeFolder(string folder)
    {
        var articles = await FactsTestKit.Extract(folder);
        return articles.ToDictionary(
            a => Path.GetFileNameWithoutExtension(a.SourceName),
            a => FactsTestKit.Analyzer.Analyze(a, TestContext.Current.CancellationToken),
            StringComparer.Ordinal);
    }

    [Fact]
    public async Task Every_sample_dates_the_release_to_Monday_10_March_however_it_is_stated()
    {
        // Given the four samples, published on 11 March 2025, saying "on Monday", "March 10" or "yesterday"
        // When they are analysed
        var results = await AnalyzeFolder(TestPaths.Samples);

        // Then each has a date mention resolving to 2025-03-10
        Assert.Equal(4, results.Count);
        Assert.All(results.Values, r => Assert.Contains(r.Times, t => t.Value == "2025-03-10" && t.Anchor == "2025-03-11"));
        Assert.Contains(results["meridian-wire"].Times, t => t.Text == "yesterday" && t.Value == "2025-03-10");
        Assert.Contains(results["coastline-daily"].Times, t => t.Text == "March 10" && t.Value == "2025-03-10");
    }

    [Fact]
    public async Task The_ministers_quote_has_the_same_speaker_in_every_sample()
    {
        var results = await AnalyzeFolder(TestPaths.Samples);

        Assert.All(results.Values, r =>
        {
            var quote = Assert.Single(r.Quotes, q => r.Slice(q.Content) == VargaQuote);
            Assert.Equal(QuoteKind.Direct, quote.Kind);
            Assert.Equal("Elena Varga", quote.Speaker);
        });
    }

    [Fact]
    public async Task The_evacuation_counts_differ_in_value_and_precision_with_their_counted_noun()
    {
        var results = await AnalyzeFolder(TestPaths.Samples);

        Assert.Contains(results["coastline-daily"].Quantities, q => q.Value == 15000 && q.Counted == "residents" && q.Approximation == Approximation.Exact);
        Assert.Contains(results["valley-courier"].Quantities, q => q.Value == 12000 && q.Counted == "people" && q.Approximation == Approximation.About);
        Assert.Contains(results["northern-ledger"].Quantities, q => q.Value == 12000 && q.Counted == "residents" && q.Approximation == Approximation.About);
        Assert.DoesNotContain(results.Values.SelectMany(r => r.Quantities), q => q.Value == 1968);
    }

    [Fact]
    public async Task Every_mention_in_the_samples_points_at_its_own_text()
    {
        var results = await AnalyzeFolder(TestPaths.Samples);

        Assert.All(results.Values, r =>
        {
            Assert.All(r.Entities, e => Assert.Equal(e.Text, r.Slice(e.Span)));
            Assert.All(r.Quantities, q => Assert.Equal(q.Text, r.Slice(q.Span)));
            Assert.All(r.Times, t => Assert.Equal(t.Text, r.Slice(t.Span)));
            Assert.All(r.Quotes, q => Assert.InRange(q.Content.End, q.Content.Start + 1, r.Article.Text.Length));
            Assert.All(r.Sentences, s => Assert.False(string.IsNullOrWhiteSpace(r.Slice(s.Span))));
        });
    }

    [Fact]
    public async Task Both_seeds_share_the_people_numbers_dates_and_quote()
    {
        // Given the two seed scrapes, both published on Wednesday 28 July 2021
        var seeds = TestPaths.Seeds();

        // When they are analysed
        var results = (await AnalyzeFolder(seeds)).Values.ToList();

        // Then both name the same people, numbers, relative dates and the same quote by the same speaker
        Assert.Equal(2, results.Count);
        Assert.All(results, r =>
        {
            var persons = r.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(["Sergei Shoigu", "Sherali Mirzo", "Sirojiddin Muhriddin"], StringComparer.Ordinal), persons);
            Assert.Contains(r.Entities, e => e.Text == "Shoigu" && e.Canonical == "Sergei Shoigu");
            Assert.Contains(r.Quantities, q => q.Value == 230000 && q.Approximation == Approximation.About);
            Assert.Contains(r.Quantities, q => q.Value == 20000 && q.Counted == "troops");
            Assert.Contains(r.Quantities, q => q.Value == 100000 && q.Counted == "refugees");
            Assert.Contains(r.Quantities, q => q.Value == 90 && q.Unit == "percent");
            Assert.Contains(r.Times, t => t.Text.Equals("last week", StringComparison.OrdinalIgnoreCase) && t.Value == "2021-W29");
            Assert.Contains(r.Times, t => t.Text == "Wednesday" && t.Value == "2021-07-28");
            Assert.Contains(r.Quotes, q => r.Slice(q.Content).StartsWith("We continue to train qualified Tajik military personnel", StringComparison.Ordinal)
                && q.Kind == QuoteKind.Direct && q.Speaker == "Sergei Shoigu");
            Assert.Contains(r.Entities, e => e.Text == "Tajik" && e.Canonical == "Tajikistan");
        });
    }

    [Fact]
    public async Task Both_seeds_name_the_same_places_with_the_same_country_and_coordinates()
    {
        // Given the two seed scrapes about Russia's help to Tajikistan
        var results = (await AnalyzeFolder(TestPaths.Seeds())).Values.ToList();

        // When the places of each are collected by canonical name
        var places = results.Select(r => r.Entities.Where(e => e.Kind == EntityKind.Place && e.Subtype != "demonym")
            .GroupBy(e => e.Canonical, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).ToList();

        // Then both name the same countries and cities, each resolved to the same country code and the cities to coordinates
        Assert.Equal(2, places.Count);
        var expected = new Dictionary<string, string>
        {
            ["Russia"] = "RU",
            ["Tajikistan"] = "TJ",
            ["Afghanistan"] = "AF",
            ["Uzbekistan"] = "UZ",
            ["Dushanbe"] = "TJ",
            ["Moscow"] = "RU",
            ["Kabul"] = "AF",
        };
        Assert.All(places, p => Assert.All(expected, kv => Assert.Equal(kv.Value, Assert.Contains(kv.Key, p).Country)));
        var dushanbe = places.Select(p => Assert.NotNull(p["Dushanbe"].Coordinates)).ToList();
        Assert.Equal(dushanbe[0], dushanbe[1]);
        Assert.InRange(dushanbe[0].Latitude, 38.4, 38.7);
        Assert.InRange(dushanbe[0].Longitude, 68.6, 68.9);
    }

    [Fact]
    public async Task The_seeds_relative_dates_resolve_against_28_July_2021()
    {
        var results = (await AnalyzeFolder(TestPaths.Seeds())).Values.ToList();
        var times = results.SelectMany(r => r.Times).Select(t => (t.Text, t.Value)).ToList();

        Assert.Contains(("next week", "2021-W31"), times);
        Assert.Contains(("last month", "2021-06"), times);
        Assert.Contains(("Tuesday", "2021-07-27"), times);
        Assert.Contains(("next month", "2021-08"), times);
        Assert.Contains(("August 5", "2021-08-05"), times);
        Assert.Contains(("10", "2021-08-10"), times);
        Assert.Contains(("2001", "2001"), times);
        Assert.Contains(("20 years", "P20Y"), times);
        Assert.Contains(("Friday", "2021-07-23"), times);
        Assert.Contains(results.SelectMany(r => r.Times), t => t.Text == "the end of August" && t.Value == "2021-08" && t.Mod == "END");
    }
}
