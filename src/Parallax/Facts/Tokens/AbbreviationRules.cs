namespace Parallax.Facts.Tokens;

/// <summary>Abbreviations that keep their full stop (Rules/Facts/abbreviations.json).</summary>
internal sealed class AbbreviationRules
{
    private sealed record File(List<string> Titles, List<string> Other, List<string> SentenceOpeners);

    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _all;
    private readonly HashSet<string> _openers;

    private AbbreviationRules(File file)
    {
        _titles = new HashSet<string>(file.Titles, StringComparer.Ordinal);
        _all = new HashSet<string>(file.Titles.Concat(file.Other), StringComparer.Ordinal);
        _openers = new HashSet<string>(file.SentenceOpeners, StringComparer.Ordinal);
    }

    /// <summary>No abbreviations: for splitting rule phrases.</summary>
    public static AbbreviationRules None { get; } = new(new File([], [], []));

    public static AbbreviationRules Load() => new(FactRuleFiles.Read<File>("abbreviations.json"));

    /// <summary>Whether <paramref name="word"/> (without its stop) is an abbreviation that keeps the stop.</summary>
    public bool Keeps(string word) => _all.Contains(word) || _all.Contains(char.ToUpperInvariant(word[0]) + word[1..]);

    /// <summary>A title ("Dr.") never ends a sentence.</summary>
    public bool IsTitle(string tokenWithStop) => _titles.Contains(tokenWithStop.TrimEnd('.'));

    /// <summary>A word that typically opens a sentence: after an abbreviation like "U.S." it means a new sentence.</summary>
    public bool IsOpener(string word) => _openers.Contains(word);
}
