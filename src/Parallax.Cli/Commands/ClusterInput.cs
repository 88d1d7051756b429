using System.Globalization;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>One input line of `parallax cluster`: the user's id, the article built from it and its features.</summary>
internal sealed record ClusterRecord(string Id, Article Article, StoryFeatures Features);

/// <summary>Reads the JSON Lines input of `parallax cluster`; bad lines become diagnostics.</summary>
internal static class ClusterInput
{
    public static List<ClusterRecord> Read(string path, List<Diagnostic> diagnostics)
    {
        var extractor = new StoryFeatureExtractor();
        var analyzer = new TextAnalyzer();
        var records = new List<ClusterRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
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

            var record = Parse(line, source, analyzer, extractor, diagnostics);
            if (record is not null && !seen.Add(record.Id))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "input.duplicate-id", $"id '{record.Id}' appears twice; the later line is skipped", source));
                continue;
            }

            if (record is not null)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static ClusterRecord? Parse(string line, string source, TextAnalyzer analyzer, StoryFeatureExtractor extractor, List<Diagnostic> diagnostics)
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
            var analyzed = analyzer.Analyze(article);
            return new ClusterRecord(id, article, extractor.From(analyzed));
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
