using Parallax.Tests.TestKit;

namespace Parallax.Tests.Extraction;

/// <summary>The two real seed scrapes (../shared/seeds): outlet, title and the furniture each of them carries.</summary>
public sealed class SeedExtractionTests
{
    [Fact]
    public async Task The_outlets_and_titles_of_the_seeds_are_recognised()
    {
        // Given the seed folder as ingest reads it (outlets are not given by the sidecars)
        var articles = await InputDocuments.Extract(TestPaths.Seeds());

        // Then each seed's outlet comes from its text and its title is the headline
        var moscow = articles["000_e9edb8b32b7368a7.txt"];
        var press = articles["002_9fa24fa17f3481a3.txt"];
        Assert.Equal("The Moscow Times", moscow.Outlet?.Value);
        Assert.Equal("Russia to Boost Tajikistan Army Amid Afghanistan 'Deterioration'", moscow.Title?.Value);
        Assert.Equal("Press TV", press.Outlet?.Value);
        Assert.Equal("Russia says Daesh terrorists moving into Afghanistan, pledges to boost Tajik army", press.Title?.Value);
        Assert.All(articles.Values, a => Assert.Equal(new DateTimeOffset(2021, 7, 28, 0, 0, 0, TimeSpan.Zero), a.Published?.Value));
    }

    [Fact]
    public async Task The_seed_furniture_is_out_of_the_text_and_the_story_is_in()
    {
        var articles = await InputDocuments.Extract(TestPaths.Seeds());
        var moscow = articles["000_e9edb8b32b7368a7.txt"];
        var press = articles["002_9fa24fa17f3481a3.txt"];
        var pressText = press.Text.Replace('\u00A0', ' '); // the Press TV scrape separates words with no-break spaces

        // The Moscow Times: the donation letter, the ad-free appeal and the newsletter prompt are gone
        Assert.StartsWith("Russia will bolster Central Asian ally Tajikistan's military", moscow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enjoying ad-free content?", moscow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear readers", moscow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", moscow.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(moscow.Removed, r => r.Reason == "appeal");
        Assert.Contains(moscow.Removed, r => r.Reason == "newsletter");

        // Press TV: the breadcrumb, the other story's photo caption and the mirror-address notice are gone
        Assert.StartsWith("Russia says members of the Takfiri Daesh militant group", pressText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ilhan Omar", press.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alternate add", press.Text, StringComparison.Ordinal);
        Assert.Contains(press.Removed, r => r.Reason == "breadcrumb");
        Assert.Contains(press.Removed, r => r.Reason == "caption.other-story");

        // Both keep the quote of the defence minister they share
        Assert.All([moscow.Text, pressText], t => Assert.Contains("We continue to train qualified Tajik military personnel.", t, StringComparison.Ordinal));
    }
}
