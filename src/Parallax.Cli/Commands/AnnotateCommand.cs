using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Parallax.Documents;
using Parallax.Facts;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax annotate --input FILE.jsonl --output FILE.jsonl [--threads N]`: runs the text analyzer over
/// `{"id","text","dct"?}` lines and writes one <see cref="AnnotationJson"/> line per good input line, in input
/// order. Lines are streamed: at most a few per thread are held at once, whatever the size of the file.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON Lines of {id, text, dct?} (dct: document creation time, ISO 8601)", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "JSON Lines of {id, entities, timexes, quantities, attributions, sentences} (stdout when absent)" };
        var threads = new Option<int?>("--threads") { Description = "How many lines to analyse at once (default: all cores)" };
        var profile = new Option<bool>("--profile") { Description = "Print the time and allocations of each analysis stage to stderr at the end" };
        var layers = new Option<string>("--layers")
        {
            Description = "all (default), basic (entities, timexes, quantities, sentences), or basic plus a comma list of quotes, statements, events; layers left out are neither found nor written",
            DefaultValueFactory = _ => "all",
        };
        layers.Validators.Add(r =>
        {
            if (ParseLayers(r.GetValueOrDefault<string>()) is null)
            {
                r.AddError("--layers takes all, basic, or a comma list of quotes, statements, events");
            }
        });
        var command = new Command("annotate", "Annotate texts (JSON Lines) with entities, TIMEX3 times, quantities, quotes and sentences, as JSON Lines")
        {
            input, output, threads, profile, layers,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            context,
            parsed.GetValue(input)!,
            parsed.GetValue(output),
            parsed.GetValue(threads),
            new TextAnalyzerOptions { Layers = ParseLayers(parsed.GetValue(layers)) ?? AnalysisLayers.All },
            parsed.GetValue(profile) ? new StageProfile() : null,
            cancellationToken));
        return command;
    }

    /// <summary>"all", "basic", or a comma list of second-part layers; null when a name is unknown.</summary>
    internal static AnalysisLayers? ParseLayers(string? value)
    {
        var layers = AnalysisLayers.Basic;
        foreach (var name in (value ?? "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            layers |= name.ToLowerInvariant() switch
            {
                "all" => AnalysisLayers.All,
                "basic" => AnalysisLayers.Basic,
                "quotes" => AnalysisLayers.Quotes,
                "statements" => AnalysisLayers.Statements,
                "events" => AnalysisLayers.Events,
                _ => (AnalysisLayers)(-1),
            };
        }

        return layers is < AnalysisLayers.Basic or > AnalysisLayers.All ? null : layers;
    }

    private static async Task<int> RunAsync(
        CliContext context, FileInfo input, FileInfo? output, int? threads, TextAnalyzerOptions options, StageProfile? profile, CancellationToken cancellationToken)
    {
        if (!input.Exists)
        {
            context.Error.WriteLine($"annotate: input file not found: {input.FullName}");
            return ExitCodes.Usage;
        }

        StreamWriter? file;
        try
        {
            file = output is null ? null : new StreamWriter(output.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"annotate: cannot write {output!.FullName}: {e.Message}");
            return ExitCodes.Usage;
        }

        await using (file)
        {
            var workers = threads is > 0 ? threads.Value : Environment.ProcessorCount;
            AnnotateStats stats;
            try
            {
                stats = await new AnnotatePipeline(context, new TextAnalyzer(options), workers, profile)
                    .RunAsync(input.FullName, file ?? context.Out, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"annotate: {input.Name}: {e.Message}");
                return ExitCodes.InputError;
            }

            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"annotate: {stats.Lines} lines, {stats.Annotated} annotated, {stats.Failed} failed, {stats.TextChars / 1e6:F2} M chars of text in {stats.Seconds:F2} s, {stats.TextChars / 1e6 / Math.Max(stats.Seconds, 1e-9):F2} M chars/s on {workers} thread(s)"));
            if (profile is not null)
            {
                context.Error.WriteLine(profile.Describe());
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"gc: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections (gen 0 / 1 / 2), {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused, {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated"));
            }

            return stats.Lines == 0 ? ExitCodes.InputError
                : stats.Annotated == 0 ? ExitCodes.InputError
                : stats.Failed > 0 ? ExitCodes.Partial
                : ExitCodes.Ok;
        }
    }
}

/// <summary>What one run did.</summary>
internal sealed record AnnotateStats(int Lines, int Annotated, int Failed, long TextChars, double Seconds);

/// <summary>
/// Reader, N analyser tasks and one writer joined by bounded channels. Every line enters the ordered queue
/// (with a completion it will be given) before it enters the work queue, and the writer drains the ordered
/// queue, so output keeps input order while the bound on the ordered queue caps the lines in memory.
/// Only the writer touches the output and error writers.
/// </summary>
internal sealed class AnnotatePipeline(CliContext context, TextAnalyzer analyzer, int workers, StageProfile? profile = null)
{
    /// <summary>Lines read ahead per thread; bounds memory to about this many lines times the threads.</summary>
    private const int LinesPerThread = 8;

    private const int ProgressEvery = 1000;

    private sealed record Item(string Line, int Number)
    {
        public TaskCompletionSource<Result> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Result(string? Output, IReadOnlyList<Diagnostic> Diagnostics, int TextChars);

    public async Task<AnnotateStats> RunAsync(string path, TextWriter target, CancellationToken cancellationToken)
    {
        var capacity = Math.Max(2, workers * LinesPerThread);
        var ordered = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(path, ordered.Writer, work.Writer, stop.Token), stop.Token);
        var analysers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => AnalyseAsync(work.Reader, Path.GetFileName(path), stop.Token), stop.Token)).ToList();
        int lines = 0, annotated = 0, failed = 0;
        long chars = 0;
        try
        {
            await foreach (var item in ordered.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var result = await item.Done.Task.WaitAsync(stop.Token).ConfigureAwait(false);
                lines++;
                chars += result.TextChars;
                foreach (var d in result.Diagnostics)
                {
                    context.Error.WriteLine(d.ToString());
                }

                if (result.Output is null)
                {
                    failed++;
                }
                else
                {
                    annotated++;
                    await target.WriteLineAsync(result.Output.AsMemory(), stop.Token).ConfigureAwait(false);
                }

                if (lines % ProgressEvery == 0)
                {
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annotate: {lines} lines, {clock.Elapsed.TotalSeconds:F1} s"));
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll([reader, .. analysers]).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        await target.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new AnnotateStats(lines, annotated, failed, chars, clock.Elapsed.TotalSeconds);
    }

    private static async Task ReadAsync(string path, ChannelWriter<Item> ordered, ChannelWriter<Item> work, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            using var stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var number = 0;
            while (await stream.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var item = new Item(line, number);
                await ordered.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e;
            throw;
        }
        finally
        {
            ordered.TryComplete(error);
            work.TryComplete();
        }
    }

    private async Task AnalyseAsync(ChannelReader<Item> work, string fileName, CancellationToken cancellationToken)
    {
        await foreach (var item in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            item.Done.TrySetResult(Annotate(item, fileName, cancellationToken));
        }
    }

    private Result Annotate(Item item, string fileName, CancellationToken cancellationToken)
    {
        var parsed = AnnotateInput.Parse(item.Line, item.Number, fileName);
        if (parsed.Article is not { } article || parsed.Id is not { } id)
        {
            return new Result(null, parsed.Error is { } e ? [e] : [], 0);
        }

        try
        {
            var analyzed = analyzer.Analyze(article, profile, cancellationToken);
            var diagnostics = parsed.Warnings.Concat(analyzed.Diagnostics.Where(d => d.Severity >= Severity.Warning)).ToList();
            return new Result(AnnotationJson.From(id, analyzed, analyzer.Options.Layers).ToLine(), diagnostics, article.Text.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result(null, [new Diagnostic(Severity.Error, "annotate.failed", $"{e.GetType().Name}: {e.Message}", parsed.Source)], article.Text.Length);
        }
    }
}
