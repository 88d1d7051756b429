using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Documents;
using Parallax.Extraction;
using Parallax.Pipeline;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax extract FILE` prints one article as JSON; `parallax extract --input-dir DIR --output-dir OUT`
/// writes OUT/&lt;name&gt;.json for every DIR/**/&lt;name&gt;.html (and .htm, .txt), on all cores.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo?>("file") { Description = "An HTML page (.html, .htm) or a scraped text (.txt) to extract", Arity = ArgumentArity.ZeroOrOne };
        var inputDir = new Option<DirectoryInfo?>("--input-dir") { Description = "Extract every .html/.htm/.txt file under this folder" };
        var outputDir = new Option<DirectoryInfo?>("--output-dir") { Description = "Where batch mode writes <name>.json" };
        var threads = new Option<int?>("--threads") { Description = "Batch mode: how many files at once (default: all cores)" };
        var url = new Option<string?>("--url") { Description = "The page's URL, when known (single-file mode)" };
        var command = new Command("extract", "Extract the article text and metadata from HTML pages or scraped texts, as JSON")
        {
            file, inputDir, outputDir, threads, url,
        };
        command.SetAction(parse =>
        {
            var extractor = new Extractor();
            if (parse.GetValue(inputDir) is { } dir)
            {
                if (parse.GetValue(outputDir) is not { } outDir)
                {
                    context.Error.WriteLine("extract: --input-dir needs --output-dir");
                    return ExitCodes.Usage;
                }

                return Batch(context, extractor, dir, outDir, parse.GetValue(threads));
            }

            if (parse.GetValue(file) is not { } single)
            {
                context.Error.WriteLine("extract: give a FILE, or --input-dir DIR --output-dir OUT");
                return ExitCodes.Usage;
            }

            return Single(context, extractor, single, parse.GetValue(url));
        });
        return command;
    }

    private static int Single(CliContext context, Extractor extractor, FileInfo file, string? url)
    {
        if (!file.Exists)
        {
            context.Error.WriteLine($"extract: no such file: {file.FullName}");
            return ExitCodes.Usage;
        }

        var (document, warning) = Load(file, url);
        var result = WithWarning(extractor.Extract(document), warning);
        foreach (var d in result.Diagnostics)
        {
            context.Error.WriteLine(d.ToString());
        }

        context.Out.WriteLine(JsonSerializer.Serialize(ArticleJson.From(result), Json));
        return result.Article is null ? ExitCodes.InputError : ExitCodes.Ok;
    }

    private static int Batch(CliContext context, Extractor extractor, DirectoryInfo dir, DirectoryInfo outDir, int? threads)
    {
        if (!dir.Exists)
        {
            context.Error.WriteLine($"extract: no such folder: {dir.FullName}");
            return ExitCodes.Usage;
        }

        outDir.Create();
        var files = dir.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => KindOf(f) is not null).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        var done = 0;
        var failed = 0;
        var gate = new Lock();

        // One small page first, outside the timing, as the peer extractors' speed runs do (../shared/eval/extraction/peers):
        // the rate printed below is that of the extraction loop; the whole command's time includes start-up as well.
        extractor.Extract(SourceDocument.FromBytes("warm-up.html", ContentKind.Html, "<html><body><article><p>warm up text</p></article></body></html>"u8.ToArray()));
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads is > 0 ? threads.Value : Environment.ProcessorCount };
        Parallel.ForEach(files, parallel, f =>
        {
            var (document, warning) = Load(f, null);
            var result = WithWarning(extractor.Extract(document), warning);
            var target = Path.Combine(outDir.FullName, Path.GetFileNameWithoutExtension(f.Name) + ".json");
            File.WriteAllText(target, JsonSerializer.Serialize(ArticleJson.From(result), Json));
            lock (gate)
            {
                done++;
                failed += result.Article is null ? 1 : 0;
                foreach (var d in result.Diagnostics.Where(d => d.Severity >= Severity.Warning))
                {
                    context.Error.WriteLine(d.ToString());
                }

                if (done % 100 == 0)
                {
                    context.Error.WriteLine($"extract: {done}/{files.Count} files");
                }
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"extract: {files.Count} files, {files.Count - failed} articles, {failed} without article, {seconds:F2} s ({cpuSeconds:F2} s CPU), {files.Count / Math.Max(seconds, 1e-9):F1} pages/s on {parallel.MaxDegreeOfParallelism} thread(s)"));
        return files.Count == 0 || failed == files.Count ? ExitCodes.InputError : failed > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }

    private static ExtractionResult WithWarning(ExtractionResult result, Diagnostic? warning) =>
        warning is null ? result : result with { Diagnostics = [warning, .. result.Diagnostics] };

    private static ContentKind? KindOf(FileInfo f) => f.Extension.ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".xhtml" => ContentKind.Html,
        ".txt" => ContentKind.Text,
        _ => null,
    };

    /// <summary>Reads a file and the hints in a sibling <c>&lt;name&gt;.meta.json</c>, if there is one.</summary>
    private static (SourceDocument Document, Diagnostic? Warning) Load(FileInfo f, string? url)
    {
        var (hints, warning) = SidecarHints.Read(Path.ChangeExtension(f.FullName, ".meta.json"));
        if (url is not null)
        {
            hints = hints with { Url = url };
        }

        var document = SourceDocument.FromBytes(f.FullName, KindOf(f) ?? ContentKind.Text, File.ReadAllBytes(f.FullName), hints);
        return (document, warning is null ? null : new Diagnostic(Severity.Warning, "hints.invalid", warning, f.FullName));
    }
}
