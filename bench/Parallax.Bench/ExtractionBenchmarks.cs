using BenchmarkDotNet.Attributes;
using Parallax.Documents;
using Parallax.Extraction;

namespace Parallax.Bench;

/// <summary>
/// The extractor alone on typical pages: the two shipped HTML samples, and a generated long news page with
/// navigation, JSON-LD, a byline, a kicker headline and 60 paragraphs (about 40 KB).
/// `dotnet run -c Release --project bench/Parallax.Bench -- --filter '*Extraction*' --inProcess --job short`.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly Extractor _extractor = new();
    private SourceDocument _meridian = null!;
    private SourceDocument _ledger = null!;
    private SourceDocument _long = null!;

    [GlobalSetup]
    public void Setup()
    {
        var samples = SampleDocuments.Load();
        _meridian = samples.First(d => d.Name == "meridian-wire.html");
        _ledger = samples.First(d => d.Name == "northern-ledger.html");
        _long = SourceDocument.FromText("long-news.html", ContentKind.Html, LongPage());
    }

    [Benchmark(Description = "extract meridian-wire.html (sample)")]
    public int Meridian() => _extractor.Extract(_meridian).Article?.Text.Length ?? 0;

    [Benchmark(Description = "extract northern-ledger.html (sample)")]
    public int Ledger() => _extractor.Extract(_ledger).Article?.Text.Length ?? 0;

    [Benchmark(Description = "extract a 40 KB news page")]
    public int LongNews() => _extractor.Extract(_long).Article?.Text.Length ?? 0;

    private static string LongPage()
    {
        var sb = new System.Text.StringBuilder("""
            <html lang="en"><head><title>Harbour wall repaired after two winters | The Gazette</title>
            <meta property="og:title" content="Harbour wall repaired after two winters"><meta property="og:site_name" content="The Gazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repaired after two winters",
            "datePublished":"2025-03-11T07:15:00Z","author":{"@type":"Person","name":"Ines Calloway"}}</script></head>
            <body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><article><h1><span class="kicker">Coast</span> Harbour wall repaired after two winters</h1>
            <p class="byline">By Ines Calloway · <time datetime="2025-03-11T07:15:00Z">11 March 2025</time></p>
            """);
        for (var i = 0; i < 60; i++)
        {
            sb.Append("<p>Paragraph ").Append(i).Append(" says that the council met on Tuesday, that the members voted on the harbour budget, ")
                .Append("and that the vote, after a long debate about the storms of the last two winters, was close.</p>\n");
        }

        sb.Append("""
            </article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry resumes</a></li><li><a href="/b">Storm warning</a></li></ul></aside></main>
            <footer><p>© 2025 The Gazette</p></footer></body></html>
            """);
        return sb.ToString();
    }
}
