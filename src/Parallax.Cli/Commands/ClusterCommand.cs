using System.CommandLine;
using System.Globalization;
using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax cluster --input FILE.jsonl --output FILE.jsonl`: groups clean texts into stories. Reads
/// {"id","text","title"?,"published"?,"outlet"?} per line, writes {"id","cluster"} per line in input order.
/// With --pairs PAIRS.jsonl ({"a","b"} per line) it writes {"a","b","score","same_event"} instead, same_event being
/// score >= --pair-threshold (default <see cref="ClusteringOptions.PairThreshold"/>, chosen on the ECB+ dev pairs).
/// Clusters are formed as the input is read, --block lines at a time (<see cref="StoryStream"/>): memory holds one
/// block's texts and the open stories, not the whole input; an input of one block is grouped as a batch.
/// </summary>
internal static class ClusterCommand
{
    public const int MaxLineChars = 4_000_000;

    public const int DefaultBlock = 20_000;

    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON Lines of {id, text, title?, published?, outlet?}", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "JSON Lines of {id, cluster} (stdout when absent)" };
        var pairs = new Option<FileInfo?>("--pairs") { Description = "score these {a, b} pairs instead of writing clusters" };
        var threshold = new Option<double?>("--threshold") { Description = "similarity needed to join a story" };
        var pairThreshold = new Option<double?>("--pair-threshold")
        {
            Description = $"with --pairs: similarity needed for same_event (default {ClusteringOptions.Default.PairThreshold.ToString(CultureInfo.InvariantCulture)})",
        };
        var features = new Option<ClusterFeatures>("--features")
        {
            Description = "full: the text stages (entities, places, dates); light: words and capitalised names only (faster)",
            DefaultValueFactory = _ => ClusterFeatures.Full,
        };
        var block = new Option<int>("--block")
        {
            Description = $"lines grouped together before the next are read (default {DefaultBlock})",
            DefaultValueFactory = _ => DefaultBlock,
        };
        var refine = new Option<int?>("--refine-passes")
        {
            Description = $"refinement passes over each block (default {ClusteringOptions.Default.RefinePasses}); fewer is faster on large streams",
        };
        var progress = new Option<bool>("--progress") { Description = "after each block, print the articles read, the stories open, CPU time and memory (stderr)" };
        var command = new Command("cluster", "Group articles (JSON Lines) into stories: duplicates, syndication, same-event clusters.")
        {
            input, output, pairs, threshold, pairThreshold, features, block, refine, progress,
        };
        command.SetAction(parsed => Run(
            context,
            new ClusterRequest(parsed.GetValue(input)!, parsed.GetValue(output), parsed.GetValue(pairs), parsed.GetValue(features), parsed.GetValue(block), parsed.GetValue(progress)),
            parsed.GetValue(threshold),
            parsed.GetValue(pairThreshold),
            parsed.GetValue(refine)));
        return command;
    }

    private static int Run(CliContext context, ClusterRequest request, double? threshold, double? pairThreshold, int? refinePasses)
    {
        if (!request.Input.Exists)
        {
            context.Error.WriteLine($"parallax cluster: input file not found: {request.Input.FullName}");
            return ExitCodes.Usage;
        }

        if (request.Block < 1 || refinePasses < 0)
        {
            context.Error.WriteLine("parallax cluster: --block must be at least 1 and --refine-passes at least 0");
            return ExitCodes.Usage;
        }

        var clustering = threshold is { } t ? ClusteringOptions.Default with { Threshold = t } : ClusteringOptions.Default;
        clustering = pairThreshold is { } pt ? clustering with { PairThreshold = pt } : clustering;
        clustering = refinePasses is { } passes ? clustering with { RefinePasses = passes } : clustering;
        var diagnostics = new List<Diagnostic>();
        using var writer = request.Output is null ? null : new StreamWriter(request.Output.FullName);
        var target = writer ?? context.Out;
        int count;
        if (request.Pairs is not null)
        {
            var records = ClusterInput.Read(request.Input.FullName, diagnostics, request.Features);
            count = records.Count;
            if (count > 0)
            {
                ClusterPairs.Write(records, request.Pairs.FullName, clustering, target, diagnostics);
            }
        }
        else
        {
            count = ClusterStreaming.Write(context, request, clustering, target, diagnostics);
        }

        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic);
        }

        if (count == 0)
        {
            context.Error.WriteLine("parallax cluster: no readable records");
            return ExitCodes.InputError;
        }

        return diagnostics.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}

/// <summary>What `parallax cluster` was asked to read and write.</summary>
internal sealed record ClusterRequest(FileInfo Input, FileInfo? Output, FileInfo? Pairs, ClusterFeatures Features, int Block, bool Progress);
