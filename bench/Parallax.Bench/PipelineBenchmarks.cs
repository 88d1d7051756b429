using BenchmarkDotNet.Attributes;
using Parallax.Documents;
using Parallax.Pipeline;

namespace Parallax.Bench;

/// <summary>
/// Whole-pipeline throughput on the shipped samples: extraction, text analysis, grouping and comparison of the
/// four articles (about 7 KB of input). `dotnet run -c Release --project bench/Parallax.Bench -- --filter '*Pipeline*'`.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly ParallaxEngine _engine = ParallaxDefaults.Builder().Build();
    private SourceDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        _documents = [.. Directory.EnumerateFiles(samples)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => SourceDocument.FromBytes(
                Path.GetFileName(p),
                p.EndsWith(".html", StringComparison.Ordinal) ? ContentKind.Html : ContentKind.Text,
                File.ReadAllBytes(p),
                new DocumentHints { Published = new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero) }))];
    }

    [Benchmark(Description = "extract + analyze + group + compare, 4 samples")]
    public int WholePipeline()
    {
        var analyzed = _documents
            .Select((d, i) => _engine.Documents.Process(i, d).Analysis)
            .OfType<Facts.AnalyzedArticle>()
            .ToList();
        return _engine.CompareStories(analyzed).Sum(s => s.Report.Facts.Count);
    }
}
