using System.Text.Json;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Reports;

/// <summary>Reads a report written by <see cref="JsonReportWriter"/> back into records (fields it does not know are ignored).</summary>
public static class JsonReportReader
{
    /// <exception cref="JsonException">The text is not JSON, or not a report object.</exception>
    public static ComparisonReport Read(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("a report is a JSON object");
        }

        var articles = Array(root, "articles").Select(a => new ReportArticle(
            Str(a, "id") ?? "",
            Str(a, "outlet"),
            Str(a, "title"),
            Str(a, "url"),
            a.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && p.TryGetDateTimeOffset(out var d) ? d : null)).ToList();
        var facts = Array(root, "facts").Select(f => new ComparedFact(
            Str(f, "id") ?? "",
            Enum.TryParse<FactKind>(Str(f, "kind"), ignoreCase: true, out var kind) ? kind : FactKind.Claim,
            Str(f, "summary") ?? "",
            Enum.TryParse<FactStatus>(Str(f, "status"), ignoreCase: true, out var status) ? status : FactStatus.Unique,
            Str(f, "value") ?? "",
            [.. Array(f, "mentions").Select(m => new FactMention(Str(m, "article") ?? "", Int(m, "start"), Int(m, "end"), Str(m, "text") ?? "", Str(m, "value") ?? ""))],
            Str(f, "note") ?? "")
        {
            Sources = Int(f, "sources"),
        }).ToList();
        var framing = Array(root, "framing").Select(m => new FramingMark(
            Str(m, "article") ?? "", Str(m, "kind") ?? "", Int(m, "start"), Int(m, "end"), Str(m, "text") ?? "", Str(m, "note") ?? "")).ToList();
        var diagnostics = Array(root, "diagnostics").Select(d => new Diagnostic(
            Enum.TryParse<Severity>(Str(d, "severity"), ignoreCase: true, out var severity) ? severity : Severity.Info,
            Str(d, "code") ?? "",
            Str(d, "message") ?? "",
            Str(d, "source"))).ToList();
        return new ComparisonReport(Str(root, "storyId"), Str(root, "storyTitle"), articles, facts, framing)
        {
            IndependentSources = root.TryGetProperty("independentSources", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
            Diagnostics = diagnostics,
        };
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;
}
