using System.Text.Json;

namespace Parallax.Tests.Facts;

/// <summary>One spec case: an input, its anchor and the expected mentions as JSON (compared field by field).</summary>
public sealed record SpecCase(string Text, string? Anchor, string ExpectJson)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static TheoryData<SpecCase> Load(string json)
    {
        var data = new TheoryData<SpecCase>();
        using var doc = JsonDocument.Parse(json);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var anchor = item.TryGetProperty("anchor", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            data.Add(new SpecCase(item.GetProperty("text").GetString()!, anchor, item.GetProperty("expect").GetRawText()));
        }

        return data;
    }

    public List<T> Expected<T>() => JsonSerializer.Deserialize<List<T>>(ExpectJson, Options)!;

    /// <summary>The text and anchor, so a failing case names itself in the test list.</summary>
    public override string ToString() => $"{Text} @{Anchor ?? "none"}";
}
