using System.Text.RegularExpressions;
using Parallax.Extraction;
using Parallax.RuleData;

namespace Parallax.Facts;

/// <summary>
/// Reads the embedded rule files of the facts family (<c>Rules/Facts/*.json</c>); patterns and their timeout are
/// those of the extraction family's <see cref="RuleFiles"/>.
/// </summary>
internal static class FactRuleFiles
{
    public static TimeSpan MatchTimeout => RuleFiles.MatchTimeout;

    public static T Read<T>(string file) => RuleResources.Read<T>("Facts", file);

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

    /// <summary>The words, lower case.</summary>
    public IEnumerable<string> Words => _set;

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
