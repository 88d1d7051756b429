using Parallax.Documents;
using Parallax.Ingest;

namespace Parallax.Tests.Extraction;

/// <summary>The documents of a folder as ingest reads them (sidecar hints included), in path order.</summary>
internal static class InputDocuments
{
    public static async Task<List<SourceDocument>> Read(string folder)
    {
        var reader = new InputReader(() => throw new InvalidOperationException("no stdin in this test"));
        var documents = new List<SourceDocument>();
        await foreach (var item in reader.ReadAsync([folder], IngestOptions.Default, TestContext.Current.CancellationToken))
        {
            Assert.True(item.IsDocument, item.Diagnostic?.ToString());
            documents.Add(item.Document);
        }

        return [.. documents.OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>The articles extracted from a folder, keyed by file name.</summary>
    public static async Task<Dictionary<string, Article>> Extract(string folder)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var document in await Read(folder))
        {
            articles[Path.GetFileName(document.Name)] = ExtractionKit.ArticleOf(ExtractionKit.Extractor.Extract(document, TestContext.Current.CancellationToken));
        }

        return articles;
    }
}
