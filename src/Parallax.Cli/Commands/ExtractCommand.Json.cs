using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Documents;
using Parallax.Pipeline;

namespace Parallax.Cli.Commands;

/// <summary>The JSON shape `parallax extract` writes for one input (stable: the eval scripts read it).</summary>
internal sealed record ArticleJson(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("modified")] string? Modified,
    [property: JsonPropertyName("site")] string? Site,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("metadataSources")] IReadOnlyDictionary<string, string>? MetadataSources,
    [property: JsonPropertyName("articleBody")] string ArticleBody,
    [property: JsonPropertyName("removed")] IReadOnlyList<RemovedJson> Removed,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<string> Diagnostics)
{
    public static ArticleJson From(ExtractionResult result)
    {
        var a = result.Article;
        var diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();
        if (a is null)
        {
            return new ArticleJson(null, null, null, null, null, null, null, null, null, null, "", [], diagnostics);
        }

        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Add(sources, "title", a.Title?.Source);
        Add(sources, "author", a.Byline?.Source);
        Add(sources, "published", a.Published?.Source);
        Add(sources, "modified", a.Modified?.Source);
        Add(sources, "site", a.Outlet?.Source);
        Add(sources, "language", a.Language?.Source);
        return new ArticleJson(
            a.Id,
            a.SourceName,
            a.Url,
            a.Title?.Value,
            a.Byline?.Value,
            Date(a.Published),
            Date(a.Modified),
            a.Outlet?.Value,
            a.Language?.Value,
            sources,
            a.Text,
            [.. a.Removed.Select(r => new RemovedJson(r.Start, r.End, r.Reason, r.Text))],
            diagnostics);
    }

    private static string? Date(Found<DateTimeOffset>? d) => d?.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Add(SortedDictionary<string, string> sources, string field, string? source)
    {
        if (source is not null)
        {
            sources[field] = source;
        }
    }
}

/// <summary>One removed stretch of the input in the JSON output.</summary>
internal sealed record RemovedJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Reads the hints a user keeps beside an input as <c>&lt;name&gt;.meta.json</c> (published, url, outlet, title, language, charset).</summary>
internal static class SidecarHints
{
    /// <summary>The hints in <paramref name="path"/>; a file that is not valid JSON gives no hints and a warning.</summary>
    public static (DocumentHints Hints, string? Warning) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (DocumentHints.None, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            return root.ValueKind != JsonValueKind.Object ? (DocumentHints.None, $"{path}: not a JSON object; ignored") : (new DocumentHints
            {
                Published = Str(root, "published") is { } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                Url = Str(root, "url"),
                Outlet = Str(root, "outlet"),
                Title = Str(root, "title"),
                Language = Str(root, "language"),
                Charset = Str(root, "charset"),
            }, null);
        }
        catch (JsonException e)
        {
            return (DocumentHints.None, $"{path}: invalid JSON ({e.Message}); ignored");
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
