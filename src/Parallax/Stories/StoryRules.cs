using System.Collections.Frozen;
using System.Text.Json;
using Parallax.RuleData;

namespace Parallax.Stories;

/// <summary>Loads the rule data of the Stories family (embedded <c>Parallax.Rules.Stories/*.json</c>).</summary>
public static class StoryRules
{
    private static readonly Lazy<FrozenSet<string>> DefaultStopWords = new(() => LoadWordList("Stories", "stopwords.json"));

    /// <summary>The English stop-word list shipped in <c>Rules/Stories/stopwords.json</c>.</summary>
    public static FrozenSet<string> StopWords => DefaultStopWords.Value;

    /// <summary>Reads an embedded rule file of the form <c>{"words": [...]}</c> into a lowercase set.</summary>
    internal static FrozenSet<string> LoadWordList(string family, string file)
    {
        using var stream = RuleResources.Open(family, file);
        using var document = JsonDocument.Parse(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("words").EnumerateArray())
        {
            var word = item.GetString();
            if (!string.IsNullOrWhiteSpace(word))
            {
                words.Add(word.Trim().ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
