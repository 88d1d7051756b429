using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Extraction;

namespace Parallax.Facts;

/// <summary>
/// Reads the embedded rule files of the facts family (<c>Rules/Facts/*.json</c>). Patterns, their timeout and
/// the JSON conventions are those of the extraction family's <see cref="RuleFiles"/>, whose reader is fixed to
/// its own folder.
/// </summary>
internal static class FactRuleFiles
{
    public static TimeSpan MatchTimeout => RuleFiles.MatchTimeout;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static T Read<T>(string file)
    {
        var name = "Parallax.Rules.Facts/" + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing embedded rule file {name}");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"empty rule file {name}");
    }

    public static Regex Pattern(string pattern, bool ignoreCase = true) => RuleFiles.Pattern(pattern, ignoreCase);

    /// <summary>A lowercase, ordinal set of <paramref name="words"/>.</summary>
    public static FrozenWords Words(IEnumerable<string> words) => new(words);
}

/// <summary>An immutable set of words compared ordinally after lowercasing (invariant).</summary>
internal sealed class FrozenWords(IEnumerable<string> words)
{
    private readonly System.Collections.Frozen.FrozenSet<string> _set =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    public bool Contains(string word) => _set.Contains(word) || (HasUpper(word) && _set.Contains(word.ToLowerInvariant()));

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
