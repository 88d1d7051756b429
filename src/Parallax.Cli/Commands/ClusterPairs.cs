using System.Text.Json;
using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>`parallax cluster --pairs`: the clusterer's article-to-article similarity for given pairs.</summary>
internal static class ClusterPairs
{
    public static void Write(IReadOnlyList<ClusterRecord> records, string pairsPath, ClusteringOptions clustering, TextWriter target, List<Diagnostic> diagnostics)
    {
        var clusterer = new IncrementalClusterer(clustering);
        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var record in records)
        {
            clusterer.Observe(record.Features);
        }

        var number = 0;
        foreach (var line in File.ReadLines(pairsPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (a, b) = ReadPair(line);
            if (a is null || b is null || !byId.TryGetValue(a, out var left) || !byId.TryGetValue(b, out var right))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "pairs.unknown", "pair line needs ids \"a\" and \"b\" present in the input", $"{Path.GetFileName(pairsPath)}:{number}"));
                continue;
            }

            var score = Math.Clamp(clusterer.Similarity(left.Features, right.Features), 0, 1);
            target.WriteLine(JsonSerializer.Serialize(new { a, b, score = Math.Round(score, 4), same_event = score >= clustering.PairThreshold }));
        }
    }

    private static (string? A, string? B) ReadPair(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.String
                && root.TryGetProperty("b", out var b) && b.ValueKind == JsonValueKind.String
                ? (a.GetString(), b.GetString())
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
