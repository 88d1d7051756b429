using Parallax.Documents;
using Parallax.Extraction;
using Parallax.Facts;
using Parallax.Ingest;

namespace Parallax.Tests.Facts;

/// <summary>Builds articles for the text-analysis tests: from a literal text, or from real files through ingest and extraction.</summary>
internal static class FactsTestKit
{
    public static readonly TextAnalyzer Analyzer = new();

    public static Article Article(string text, string? published = null, string id = "a1") => new()
    {
        Id = id,
        SourceName = "test",
        Text = text,
        Published = published is null ? null : new Found<DateTimeOffset>(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "test"),
    };

    public static AnalyzedArticle Analyze(string text, string? published = null) =>
        Analyzer.Analyze(Article(text, published), TestContext.Current.CancellationToken);

    /// <summary>Every article the ingest and extraction stages make of the files in <paramref name="folder"/>.</summary>
    public static async Task<List<Article>> Extract(string folder)
    {
        var reader = new InputReader(() => throw new InvalidOperationException("no stdin in this test"));
        var extractor = new Extractor();
        var articles = new List<Article>();
        await foreach (var item in reader.ReadAsync([folder], IngestOptions.Default, TestContext.Current.CancellationToken))
        {
            if (item.Document is not { } document)
            {
                throw new InvalidOperationException("ingest failed: " + item);
            }

            // The extraction stage's 250 ms pattern timeout can fire on a loaded machine: try again a few times.
            var result = extractor.Extract(document, TestContext.Current.CancellationToken);
            for (var attempt = 0; attempt < 3 && result.Article is null && result.Diagnostics.Any(d => d.Code == "extraction.timeout"); attempt++)
            {
                result = extractor.Extract(document, TestContext.Current.CancellationToken);
            }

            articles.Add(result.Article ?? throw new InvalidOperationException(
                $"extraction failed for {document.Name}: {string.Join("; ", result.Diagnostics)}"));
        }

        return articles;
    }
}
