using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parallax.RuleData;

/// <summary>
/// The rule files embedded from <c>src/Parallax/Rules/&lt;family&gt;/*.json</c> (resource names
/// <c>Parallax.Rules.&lt;family&gt;/&lt;file&gt;</c>), read with one set of JSON conventions: property names in any
/// case, comments and trailing commas allowed, enums as strings.
/// </summary>
internal static class RuleResources
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Opens one embedded rule file, or throws naming the missing resource.</summary>
    public static Stream Open(string family, string file)
    {
        var name = $"Parallax.Rules.{family}/{file}";
        return typeof(RuleResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded rule file '{name}' is missing from {typeof(RuleResources).Assembly.GetName().Name}");
    }

    /// <summary>Deserialises one embedded rule file.</summary>
    public static T Read<T>(string family, string file)
    {
        using var stream = Open(family, file);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"empty rule file Rules/{family}/{file}");
    }
}
