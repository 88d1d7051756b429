using Parallax.Documents;
using Parallax.Facts;
using Parallax.Ingest;
using Parallax.Pipeline;

namespace Parallax.Cli;

/// <summary>The outcome of reading and processing the inputs of one command.</summary>
internal sealed record ProcessedInputs(IReadOnlyList<AnalyzedArticle> Articles, int Failed)
{
    /// <summary>Ok when every input was processed, Partial when some failed, InputError when none came through.</summary>
    public int ExitCode => Failed == 0 ? ExitCodes.Ok : Articles.Count == 0 ? ExitCodes.InputError : ExitCodes.Partial;
}

/// <summary>Reads inputs, runs the document stages over them and prints every diagnostic to standard error.</summary>
internal sealed class Workflow(CliContext context, ParallaxEngine engine, InputReader reader)
{
    public ParallaxEngine Engine => engine;

    public async Task<ProcessedInputs> ProcessAsync(IReadOnlyList<string> paths, IngestOptions ingest, int threads, string verb, CancellationToken ct)
    {
        var failedToRead = 0;
        async IAsyncEnumerable<SourceDocument> Documents()
        {
            await foreach (var item in reader.ReadAsync(paths, ingest, ct))
            {
                if (item.Document is { } document)
                {
                    yield return document;
                }
                else if (item.Diagnostic is { } diagnostic)
                {
                    Report(diagnostic);
                    failedToRead += diagnostic.Severity == Severity.Error ? 1 : 0;
                }
            }
        }

        var outcomes = new List<DocumentOutcome>();
        using (var progress = new ProgressDisplay(context.Error, verb))
        {
            await foreach (var outcome in engine.Documents.RunAsync(Documents(), new PipelineOptions { Threads = threads }, progress, ct))
            {
                outcomes.Add(outcome);
            }
        }

        foreach (var outcome in outcomes.OrderBy(o => o.Index))
        {
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity != Severity.Info))
            {
                Report(diagnostic);
            }
        }

        var articles = outcomes.OrderBy(o => o.Index).Where(o => o.Succeeded).Select(o => o.Analysis!).ToList();
        return new ProcessedInputs(articles, failedToRead + outcomes.Count(o => !o.Succeeded));
    }

    private void Report(Diagnostic diagnostic) => context.Error.WriteLine($"parallax: {diagnostic}");
}
