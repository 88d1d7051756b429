using Parallax.Documents;
using Parallax.Facts;
using Parallax.Pipeline;

namespace Parallax.Tests.Pipeline;

public sealed class DocumentPipelineTests
{
    private sealed class UpperExtractor : IExtractor
    {
        public ExtractionResult Extract(SourceDocument document, CancellationToken cancellationToken = default)
        {
            var text = document.Text ?? "";
            if (text.Length == 0)
            {
                return ExtractionResult.Failed(new Diagnostic(Severity.Error, "input.empty", "empty"));
            }

            if (text == "boom")
            {
                throw new InvalidOperationException("stage bug");
            }

            return new ExtractionResult(new Article { Id = document.Name, SourceName = document.Name, Text = text.ToUpperInvariant() }, []);
        }
    }

    private sealed class CountingAnalyzer : ITextAnalyzer
    {
        private int _inFlight;

        public int MaxInFlight { get; private set; }

        public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _inFlight);
            lock (this)
            {
                MaxInFlight = Math.Max(MaxInFlight, now);
            }

            Thread.Sleep(2);
            Interlocked.Decrement(ref _inFlight);
            return new AnalyzedArticle(article, [], [], [], [], []);
        }
    }

    private static async IAsyncEnumerable<SourceDocument> Docs(params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            await Task.Yield();
            yield return SourceDocument.FromText($"doc{i}", ContentKind.Text, texts[i]);
        }
    }

    [Fact]
    public async Task Every_input_gets_an_outcome_and_failures_become_diagnostics()
    {
        // Given a stream with a good, an empty and a crashing document
        var pipeline = new DocumentPipeline(new UpperExtractor(), new CountingAnalyzer());

        // When it runs on two threads
        var outcomes = new List<DocumentOutcome>();
        await foreach (var o in pipeline.RunAsync(Docs("a b", "", "boom"), new PipelineOptions { Threads = 2 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            outcomes.Add(o);
        }

        // Then each input has one outcome, in input index order once sorted, with its reason
        var sorted = outcomes.OrderBy(o => o.Index).ToList();
        Assert.Equal(3, sorted.Count);
        Assert.Equal("A B", sorted[0].Analysis!.Article.Text);
        Assert.Equal("input.empty", Assert.Single(sorted[1].Diagnostics).Code);
        Assert.Equal("doc1", sorted[1].Diagnostics[0].Source);
        Assert.Equal("stage.failed", Assert.Single(sorted[2].Diagnostics).Code);
    }

    [Fact]
    public async Task Work_is_spread_over_the_requested_threads()
    {
        var analyzer = new CountingAnalyzer();
        var pipeline = new DocumentPipeline(new UpperExtractor(), analyzer);
        var texts = Enumerable.Range(0, 40).Select(i => $"text {i}").ToArray();

        var count = 0;
        var progress = new List<PipelineProgress>();
        await foreach (var _ in pipeline.RunAsync(Docs(texts), new PipelineOptions { Threads = 2, Buffer = 4 }, new SyncProgress(progress), TestContext.Current.CancellationToken))
        {
            count++;
        }

        Assert.Equal(40, count);
        Assert.InRange(analyzer.MaxInFlight, 1, 2);
        Assert.Equal(40, progress[^1].Done);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        var pipeline = new DocumentPipeline(new UpperExtractor(), new CountingAnalyzer());
        using var cts = new CancellationTokenSource();
        var texts = Enumerable.Range(0, 1000).Select(i => $"text {i}").ToArray();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Docs(texts), new PipelineOptions { Threads = 2 }, cancellationToken: cts.Token))
            {
                await cts.CancelAsync();
            }
        });
    }

    private sealed class SyncProgress(List<PipelineProgress> sink) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => sink.Add(value);
    }
}
