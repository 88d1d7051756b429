using System.Text;
using Parallax.Documents;
using Parallax.Extraction;
using Parallax.Pipeline;

namespace Parallax.Tests.Extraction;

/// <summary>Runs the extractor over the fixtures of this folder (copied beside the test binaries) and over strings.</summary>
internal static class ExtractionKit
{
    public static readonly Extractor Extractor = new();

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name), Encoding.UTF8);

    public static ExtractionResult Html(string html, DocumentHints? hints = null, Extractor? extractor = null) =>
        (extractor ?? Extractor).Extract(SourceDocument.FromText("page.html", ContentKind.Html, html, hints));

    public static ExtractionResult HtmlBytes(byte[] bytes, DocumentHints? hints = null) =>
        Extractor.Extract(SourceDocument.FromBytes("page.html", ContentKind.Html, bytes, hints));

    public static ExtractionResult Text(string text, DocumentHints? hints = null) =>
        Extractor.Extract(SourceDocument.FromText("page.txt", ContentKind.Text, text, hints));

    /// <summary>The article of a fixture file, read as bytes the way ingest hands it over; fails the test when none.</summary>
    public static Article FromFixture(string name, DocumentHints? hints = null)
    {
        var kind = name.EndsWith(".txt", StringComparison.Ordinal) ? ContentKind.Text : ContentKind.Html;
        var result = Extractor.Extract(SourceDocument.FromBytes(name, kind, File.ReadAllBytes(FixturePath(name)), hints));
        return ArticleOf(result);
    }

    public static Article ArticleOf(ExtractionResult result)
    {
        Assert.True(result.Article is not null, "no article: " + string.Join("; ", result.Diagnostics));
        return result.Article!;
    }

    /// <summary>The reasons under which <paramref name="text"/> was removed (empty when it was not).</summary>
    public static IReadOnlyList<string> RemovedAs(Article article, string text) =>
        [.. article.Removed.Where(r => r.Text.Contains(text, StringComparison.Ordinal)).Select(r => r.Reason)];

    public static string[] Paragraphs(Article article) => article.Text.Split("\n\n");
}
