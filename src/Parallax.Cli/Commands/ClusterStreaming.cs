using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax cluster` without --pairs: the input is grouped block by block (<see cref="StoryStream"/>); only the
/// ids and their story ids are kept to the end, when each story id is resolved (a later block may have merged
/// two stories) and one {"id","cluster"} line is written per record in input order.
/// </summary>
internal static class ClusterStreaming
{
    /// <summary>Writes the clusters; returns the number of records read.</summary>
    public static int Write(CliContext context, ClusterRequest request, ClusteringOptions clustering, TextWriter target, List<Diagnostic> diagnostics)
    {
        var stream = new StoryStream(StoryGrouperOptions.Default with { Clustering = clustering });
        var ids = new List<string>();
        var stories = new List<string>();
        foreach (var block in ClusterInput.ReadBlocks(request.Input.FullName, diagnostics, request.Block, request.Features))
        {
            if (block.Count == 0)
            {
                continue;
            }

            var grouped = stream.Add([.. block.Select(r => r.Article)], [.. block.Select(r => r.Features)]);
            ids.AddRange(block.Select(r => r.Id));
            stories.AddRange(grouped.StoryIds);
            if (request.Progress)
            {
                using var process = Process.GetCurrentProcess();
                context.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"parallax cluster: {ids.Count} articles, {stream.ActiveStories} open stories, CPU {process.TotalProcessorTime.TotalSeconds:F1} s, peak memory {process.PeakWorkingSet64 >> 20} MB, managed heap {GC.GetTotalMemory(false) >> 20} MB"));
            }
        }

        for (var i = 0; i < ids.Count; i++)
        {
            target.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = ids[i], ["cluster"] = stream.Resolve(stories[i]) }));
        }

        return ids.Count;
    }
}
