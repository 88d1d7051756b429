using System.Globalization;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>One input line of `parallax cluster`: the user's id, the article built from it and its features.</summary>
internal sealed record ClusterRecord(string Id, Article Article, StoryFeatures Features);

/// <summary>How `parallax cluster` builds an article's features.</summary>
internal enum ClusterFeatures
{
    /// <summary>The text stages (entities, places, resolved dates): what tells two similar events apart.</summary>
    Full,

    /// <summary>Words and capitalised names only, without the text stages: several times faster, for large streams.</summary>
    Light,
}

/// <summary>Reads the JSON Lines input of `parallax cluster`; bad lines become diagnostics.</summary>
internal static class ClusterInput
{
    public static List<ClusterRecord> Read(string path, List<Diagnostic> diagnostics, ClusterFeatures features = ClusterFeatures.Full) =>
        [.. ReadBlocks(path, diagnostics, int.MaxValue, features).SelectMany(b => b)];

    /// <summary>
    /// The records in blocks of at most <paramref name="blockSize"/> lines, read lazily: only one block's texts are
    /// held at a time. Lines of a block are analysed in parallel; records and diagnostics keep the input order.
    /// </summary>
    public static IEnumerable<List<ClusterRecord>> ReadBlocks(string path, List<Diagnostic> diagnostics, int blockSize, ClusterFeatures features)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        var extractor = new StoryFeatureExtractor();
        var analyzer = features == ClusterFeatures.Full ? new TextAnalyzer() : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<(string Line, string Source)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var source = $"{Path.GetFileName(path)}:{number}";
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > ClusterCommand.MaxLineChars)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "input.too-large", $"line longer than {ClusterCommand.MaxLineChars} characters", source));
                continue;
            }

            lines.Add((line, source));
            if (lines.Count >= blockSize)
            {
                yield return Block(lines, seen, analyzer, extractor, diagnostics);
                lines.Clear();
            }
        }

        if (lines.Count > 0)
        {
            yield return Block(lines, seen, analyzer, extractor, diagnostics);
        }
    }

    private static List<ClusterRecord> Block(List<(string Line, string Source)> lines, HashSet<string> seen, TextAnalyzer? analyzer, StoryFeatureExtractor extractor, List<Diagnostic> diagnostics)
    {
        var parsed = new ClusterRecord?[lines.Count];
        var problems = new List<Diagnostic>?[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            var found = new List<Diagnostic>();
            parsed[i] = Parse(lines[i].Line, lines[i].Source, analyzer, extractor, found);
            problems[i] = found.Count > 0 ? found : null;
        });
        var records = new List<ClusterRecord>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            diagnostics.AddRange(problems[i] ?? []);
            if (parsed[i] is not { } record)
            {
                continue;
            }

            if (!seen.Add(record.Id))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "input.duplicate-id", $"id '{record.Id}' appears twice; the later line is skipped", lines[i].Source));
                continue;
            }

            records.Add(record);
        }

        return records;
    }

    private static ClusterRecord? Parse(string line, string source, TextAnalyzer? analyzer, StoryFeatureExtractor extractor, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "input.not-object", "line is not a JSON object", source));
                return null;
            }

            var id = Text(root, "id");
            var text = Text(root, "text");
            if (id is null || text is null)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "input.missing-field", "each line needs string fields \"id\" and \"text\"", source));
                return null;
            }

            var title = Text(root, "title");
            var outlet = Text(root, "outlet");
            DateTimeOffset? published = DateTimeOffset.TryParse(Text(root, "published"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) ? p : null;
            var article = new Article
            {
                Id = id,
                SourceName = source,
                Text = text,
                Title = title is null ? null : new Found<string>(title, "input"),
                Outlet = outlet is null ? null : new Found<string>(outlet, "input"),
                Published = published is { } date ? new Found<DateTimeOffset>(date, "input") : null,
                Map = OffsetMap.Identity(text.Length),
                Input = text,
            };
            // Entities, places and resolved dates of the text stages are what tell two similar events apart.
            var features = analyzer is null
                ? extractor.FromText(id, text, title, outlet, published)
                : extractor.From(analyzer.Analyze(article));
            return new ClusterRecord(id, article, features);
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "input.json", e.Message, source));
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
