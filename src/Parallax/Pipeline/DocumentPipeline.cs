using System.Threading.Channels;
using Parallax.Documents;
using Parallax.Facts;

namespace Parallax.Pipeline;

/// <summary>Options of one pipeline run; limits live here, not in statics.</summary>
public sealed record PipelineOptions
{
    /// <summary>Documents processed at once (default: one per core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents read ahead of the workers; bounds memory by the batch, not the corpus.</summary>
    public int Buffer { get; init; } = 32;
}

/// <summary>What happened to one input: its analysis, or the diagnostics that say why there is none.</summary>
public sealed record DocumentOutcome(int Index, string Name, AnalyzedArticle? Analysis, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Analysis is not null;
}

/// <summary>Progress of a run: documents finished so far, how many failed, and the last one's name.</summary>
public readonly record struct PipelineProgress(int Done, int Failed, string Last);

/// <summary>
/// Runs extraction and text analysis over a stream of documents on several cores. Input is read through a
/// bounded channel, so memory stays bounded by <see cref="PipelineOptions.Buffer"/> plus the documents in flight;
/// outcomes come out in completion order, each with its input index. A document that fails (bad input, a stage
/// that throws) becomes a diagnostic on its outcome and never stops the run.
/// </summary>
public sealed class DocumentPipeline(IExtractor extractor, ITextAnalyzer analyzer)
{
    public async IAsyncEnumerable<DocumentOutcome> RunAsync(
        IAsyncEnumerable<SourceDocument> documents,
        PipelineOptions options,
        IProgress<PipelineProgress>? progress = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var threads = Math.Clamp(options.Threads, 1, 64);
        var input = Channel.CreateBounded<(int, SourceDocument)>(new BoundedChannelOptions(Math.Max(1, options.Buffer)) { SingleWriter = true });
        var output = Channel.CreateBounded<DocumentOutcome>(new BoundedChannelOptions(Math.Max(1, options.Buffer)) { SingleReader = true });

        var producer = Task.Run(
            async () =>
            {
                var index = 0;
                try
                {
                    await foreach (var document in documents.WithCancellation(cancellationToken))
                    {
                        await input.Writer.WriteAsync((index++, document), cancellationToken);
                    }
                }
                finally
                {
                    input.Writer.Complete();
                }
            },
            cancellationToken);

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var (index, document) in input.Reader.ReadAllAsync(cancellationToken))
                {
                    await output.Writer.WriteAsync(Process(index, document, cancellationToken), cancellationToken);
                }
            },
            cancellationToken)).ToArray();

        var completion = Task.WhenAll(workers.Append(producer)).ContinueWith(
            t => output.Writer.Complete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        int done = 0, failed = 0;
        await foreach (var outcome in output.Reader.ReadAllAsync(cancellationToken))
        {
            done++;
            failed += outcome.Succeeded ? 0 : 1;
            progress?.Report(new PipelineProgress(done, failed, outcome.Name));
            yield return outcome;
        }

        await completion;
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Runs both stages on one document; failures become diagnostics.</summary>
    public DocumentOutcome Process(int index, SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var extracted = extractor.Extract(document, cancellationToken);
            if (extracted.Article is null)
            {
                return new DocumentOutcome(index, document.Name, null, WithSource(extracted.Diagnostics, document.Name));
            }

            var analysis = analyzer.Analyze(extracted.Article, cancellationToken);
            var diagnostics = WithSource([.. extracted.Diagnostics, .. analysis.Diagnostics], document.Name);
            return new DocumentOutcome(index, document.Name, analysis with { Diagnostics = diagnostics }, diagnostics);
        }
        catch (InputException e)
        {
            return new DocumentOutcome(index, document.Name, null, WithSource([e.Diagnostic], document.Name));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var crash = new Diagnostic(Severity.Error, "stage.failed", $"{e.GetType().Name}: {e.Message}", document.Name);
            return new DocumentOutcome(index, document.Name, null, [crash]);
        }
    }

    private static Diagnostic[] WithSource(IEnumerable<Diagnostic> diagnostics, string name) =>
        [.. diagnostics.Select(d => d.Source is null ? d with { Source = name } : d)];
}
