using System.Globalization;
using System.Text.Json;
using Parallax.Documents;

namespace Parallax.Ingest;

/// <summary>
/// Reads the hint fields shared by sidecars and JSON Lines records: url, outlet, published (or "dct", the
/// document creation time of TimeML corpora), title, language, charset.
/// </summary>
internal static class HintFields
{
    public static DocumentHints Read(JsonElement obj, string source, string badValueCode, List<Diagnostic> problems)
    {
        string? Text(string field)
        {
            if (!obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                problems.Add(new Diagnostic(Severity.Warning, badValueCode, $"\"{field}\" should be a string, not {Describe(value.ValueKind)}; ignored", source));
                return null;
            }

            var text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        DateTimeOffset? published = null;
        var publishedText = Text("published") ?? Text("dct");
        if (publishedText is not null)
        {
            if (IsoDates.TryParse(publishedText, out var date))
            {
                published = date;
            }
            else
            {
                problems.Add(new Diagnostic(Severity.Warning, badValueCode, $"\"published\" value \"{Shorten(publishedText)}\" is not an ISO 8601 date (2021-07-28 or 2021-07-28T10:15:00+03:00); ignored", source));
            }
        }

        return new DocumentHints
        {
            Url = Text("url"),
            Outlet = Text("outlet"),
            Published = published,
            Title = Text("title"),
            Language = Text("language"),
            Charset = Text("charset"),
        };
    }

    /// <summary>The text of a string or number field ("id": "a1" or "id": 17), else null.</summary>
    public static string? Identifier(JsonElement obj, string field) =>
        obj.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
