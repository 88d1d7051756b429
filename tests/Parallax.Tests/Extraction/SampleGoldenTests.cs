using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Extraction;

/// <summary>The extraction of the four samples, clean text and metadata, against reviewed golden files.</summary>
public sealed class SampleGoldenTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("northern-ledger.html")]
    [InlineData("coastline-daily.txt")]
    [InlineData("meridian-wire.html")]
    [InlineData("valley-courier.txt")]
    public async Task A_sample_extracts_to_its_golden_text_and_metadata(string sample)
    {
        // Given a sample read as ingest reads it (with its sidecar hints)
        var articles = await InputDocuments.Extract(TestPaths.Samples);

        // When it is extracted
        var article = articles[sample];

        // Then the clean text and the metadata are the reviewed ones
        var stem = Path.GetFileNameWithoutExtension(sample);
        GoldenFiles.Verify(stem + ".txt", article.Text + "\n");
        GoldenFiles.Verify(stem + ".json", JsonSerializer.Serialize(Metadata(article), Json) + "\n");
    }

    [Fact]
    public async Task Each_sample_loses_the_furniture_the_samples_README_lists()
    {
        var articles = await InputDocuments.Extract(TestPaths.Samples);

        Assert.Equal("The Northern Ledger", articles["northern-ledger.html"].Outlet?.Value);
        Assert.Equal("Coastline Daily", articles["coastline-daily.txt"].Outlet?.Value);
        Assert.Equal("Meridian Wire", articles["meridian-wire.html"].Outlet?.Value);
        Assert.Equal("The Valley Courier", articles["valley-courier.txt"].Outlet?.Value);
        Assert.Equal("Reckless delays left Eastmoor exposed, residents say", articles["valley-courier.txt"].Title?.Value);
        Assert.Equal("Harrow Dam spillway opened as 15,000 flee Eastmoor floods", articles["coastline-daily.txt"].Title?.Value);
        Assert.DoesNotContain("cookies", articles["northern-ledger.html"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("morning briefing", articles["northern-ledger.html"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("marathon", articles["coastline-daily.txt"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear readers", articles["coastline-daily.txt"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Regions", articles["coastline-daily.txt"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this story", articles["valley-courier.txt"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("app is available", articles["valley-courier.txt"].Text, StringComparison.Ordinal);
        Assert.All(articles.Values, a => Assert.Contains("We will not leave anyone behind", a.Text, StringComparison.Ordinal));
    }

    private static Dictionary<string, object?> Metadata(Article a) => new()
    {
        ["title"] = Field(a.Title),
        ["byline"] = Field(a.Byline),
        ["published"] = Date(a.Published),
        ["modified"] = Date(a.Modified),
        ["outlet"] = Field(a.Outlet),
        ["language"] = Field(a.Language),
        ["url"] = a.Url,
        ["removed"] = a.Removed.Select(r => new Dictionary<string, object> { ["reason"] = r.Reason, ["start"] = r.Start, ["end"] = r.End, ["text"] = r.Text }).ToList(),
    };

    private static Dictionary<string, string>? Field(Found<string>? f) =>
        f is null ? null : new() { ["value"] = f.Value, ["source"] = f.Source };

    private static Dictionary<string, string>? Date(Found<DateTimeOffset>? f) =>
        f is null ? null : new() { ["value"] = f.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), ["source"] = f.Source };
}
