using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Parallax.Stories;

/// <summary>Loads the rule data of the Stories family (embedded <c>Parallax.Rules.Stories/*.json</c>).</summary>
public static class StoryRules
{
    private static readonly Lazy<FrozenSet<string>> DefaultStopWords = new(() => LoadWordList("Parallax.Rules.Stories/stopwords.json"));

    /// <summary>The English stop-word list shipped in <c>Rules/Stories/stopwords.json</c>.</summary>
    public static FrozenSet<string> StopWords => DefaultStopWords.Value;

    /// <summary>Reads an embedded JSON file of the form <c>{"words": [...]}</c> into a lowercase set.</summary>
    public static FrozenSet<string> LoadWordList(string resourceName)
    {
        using var stream = OpenResource(resourceName);
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

    /// <summary>Opens an embedded rule resource of the Parallax assembly, or throws naming the missing resource.</summary>
    public static Stream OpenResource(string resourceName) =>
        typeof(StoryRules).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"embedded rule resource '{resourceName}' is missing from {typeof(StoryRules).Assembly.GetName().Name}");

    internal static Assembly RuleAssembly => typeof(StoryRules).Assembly;
}
