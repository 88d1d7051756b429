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
    public void Setup() => _documents = SampleDocuments.Load();

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
