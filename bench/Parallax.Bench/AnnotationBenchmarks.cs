using System.Text;
using BenchmarkDotNet.Attributes;
using Parallax.Documents;
using Parallax.Extraction;
using Parallax.Facts;

namespace Parallax.Bench;

/// <summary>
/// Text-analysis throughput on clean text (tokens, sentences, times, entities, quantities, quotes): the four
/// samples as extracted, and one long article made of them repeated to about 1 MB. Divide the clean text's
/// UTF-8 size (printed by the setup) by the mean time for MB/s.
/// `dotnet run -c Release --project bench/Parallax.Bench -- --filter '*Annotation*' --inProcess`.
/// </summary>
[MemoryDiagnoser]
public class AnnotationBenchmarks
{
    private readonly TextAnalyzer _analyzer = new();
    private Article[] _samples = [];
    private Article _long = null!;

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new Extractor();
        _samples = [.. SampleDocuments.Load()
            .Select(d => extractor.Extract(d).Article)
            .OfType<Article>()];
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            foreach (var a in _samples)
            {
                text.Append(a.Text).Append("\n\n");
            }
        }

        _long = _samples[0] with { Text = text.ToString() };
        Console.WriteLine($"// samples: {_samples.Length} articles, {_samples.Sum(a => Encoding.UTF8.GetByteCount(a.Text))} bytes; long: {Encoding.UTF8.GetByteCount(_long.Text)} bytes");
    }

    [Benchmark(Description = "analyze the 4 samples")]
    public int Samples() => _samples.Sum(a => Count(_analyzer.Analyze(a)));

    [Benchmark(Description = "analyze one 1 MB article")]
    public int LongArticle() => Count(_analyzer.Analyze(_long));

    private static int Count(AnalyzedArticle a) => a.Sentences.Count + a.Entities.Count + a.Quantities.Count + a.Times.Count + a.Quotes.Count;
}
