using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax cluster --input FILE.jsonl --output FILE.jsonl`: groups clean texts into stories. Reads
/// {"id","text","title"?,"published"?,"outlet"?} per line, writes {"id","cluster"} per line in input order.
/// With --pairs PAIRS.jsonl ({"a","b"} per line) it writes {"a","b","score","same_event"} instead, same_event being
/// score >= --pair-threshold (default <see cref="ClusteringOptions.PairThreshold"/>, chosen on the ECB+ dev pairs).
/// </summary>
internal static class ClusterCommand
{
    public const int MaxLineChars = 4_000_000;

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
        var command = new Command("cluster", "Group articles (JSON Lines) into stories: duplicates, syndication, same-event clusters.")
        {
            input, output, pairs, threshold, pairThreshold,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(input)!, parsed.GetValue(output), parsed.GetValue(pairs), parsed.GetValue(threshold), parsed.GetValue(pairThreshold)));
        return command;
    }

    private static int Run(CliContext context, FileInfo input, FileInfo? output, FileInfo? pairs, double? threshold, double? pairThreshold)
    {
        if (!input.Exists)
        {
            context.Error.WriteLine($"parallax cluster: input file not found: {input.FullName}");
            return ExitCodes.Usage;
        }

        var diagnostics = new List<Diagnostic>();
        var records = ClusterInput.Read(input.FullName, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic);
        }

        if (records.Count == 0)
        {
            context.Error.WriteLine("parallax cluster: no readable records");
            return ExitCodes.InputError;
        }

        var clustering = threshold is { } t ? ClusteringOptions.Default with { Threshold = t } : ClusteringOptions.Default;
        clustering = pairThreshold is { } pt ? clustering with { PairThreshold = pt } : clustering;
        using var writer = output is null ? null : new StreamWriter(output.FullName);
        var target = writer ?? context.Out;
        if (pairs is not null)
        {
            ClusterPairs.Write(records, pairs.FullName, clustering, target, diagnostics);
        }
        else
        {
            WriteClusters(records, clustering, target);
        }

        return diagnostics.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }

    private static void WriteClusters(IReadOnlyList<ClusterRecord> records, ClusteringOptions clustering, TextWriter target)
    {
        var grouper = new StoryGrouper(StoryGrouperOptions.Default with { Clustering = clustering });
        var grouping = grouper.GroupFeatures(records.Select(r => r.Article).ToList(), records.Select(r => r.Features).ToList());
        var storyOf = grouping.Stories
            .SelectMany(s => s.ArticleIds.Select(id => (id, s.Id)))
            .ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
        foreach (var record in records)
        {
            target.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = record.Id, ["cluster"] = storyOf[record.Article.Id] }));
        }
    }
}
