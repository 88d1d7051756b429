using System.Globalization;
using System.Text.Json;
using Parallax.Documents;

namespace Parallax.Cli.Commands;

/// <summary>
/// One input line of `parallax annotate`: the user's id and the article built from it, or the error that
/// kept the line from being read; <see cref="Warnings"/> are problems that did not stop it (a bad dct).
/// </summary>
internal sealed record AnnotateLine(int Number, string Source, string? Id, Article? Article, Diagnostic? Error)
{
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}

/// <summary>Reads one `{"id", "text", "dct"?}` line; a bad line becomes an error diagnostic naming file:line.</summary>
internal static class AnnotateInput
{
    /// <summary>Longer lines are refused (about 8 MB of text).</summary>
    public const int MaxLineChars = 4_000_000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static AnnotateLine Parse(string line, int number, string fileName)
    {
        var source = $"{fileName}:{number}";
        if (line.Length > MaxLineChars)
        {
            return Failed($"line longer than {MaxLineChars} characters", "input.too-large");
        }

        try
        {
            using var document = JsonDocument.Parse(line, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed("line is not a JSON object", "input.not-object");
            }

            var id = Text(root, "id");
            var text = Text(root, "text");
            if (id is null || text is null)
            {
                return Failed("each line needs string fields \"id\" and \"text\"", "input.missing-field");
            }

            var warnings = new List<Diagnostic>();
            var dct = Dct(root, source, warnings);
            var article = new Article
            {
                Id = id,
                SourceName = source,
                Text = text,
                Published = dct is { } d ? new Found<DateTimeOffset>(d, "dct") : null,
                Map = OffsetMap.Identity(text.Length),
                Input = text,
            };
            return new AnnotateLine(number, source, id, article, null) { Warnings = warnings };
        }
        catch (JsonException e)
        {
            return Failed(e.Message, "input.json");
        }

        AnnotateLine Failed(string message, string code) =>
            new(number, source, null, null, new Diagnostic(Severity.Error, code, message, source));
    }

    /// <summary>The document creation time: an ISO 8601 date or date-time ("1998-02-27", "1998-02-27T08:00"), UTC when no offset is given.</summary>
    private static DateTimeOffset? Dct(JsonElement root, string source, List<Diagnostic> warnings)
    {
        if (!root.TryGetProperty("dct", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (raw is not null && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dct))
        {
            return dct;
        }

        warnings.Add(new Diagnostic(Severity.Warning, "input.bad-dct", $"dct '{value.GetRawText()}' is not an ISO 8601 date; relative dates stay unresolved", source));
        return null;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
