using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quantities;

/// <summary>A unit of measure or currency: its normalised name and how it is written (Rules/Facts/numbers.json).</summary>
internal sealed record MeasureRule(string Unit, List<string>? Before, List<string>? After);

/// <summary>Number words, approximation cues and units (Rules/Facts/numbers.json).</summary>
internal sealed class NumberRules
{
    private sealed record File(
        Dictionary<string, double> Units,
        Dictionary<string, double> Tens,
        Dictionary<string, double> Scales,
        Dictionary<string, double> Vague,
        List<string> WeakWords,
        Dictionary<string, Approximation> Approximations,
        List<MeasureRule> Measures,
        List<string> NotCounted);

    private NumberRules(File file)
    {
        Units = Lower(file.Units);
        Tens = Lower(file.Tens);
        Scales = Lower(file.Scales);
        Vague = PhraseTable<double>.Of(file.Vague);
        Words = PhraseTable<double>.Of(file.Units);
        WeakWords = FactRuleFiles.Words(file.WeakWords);
        Approximations = PhraseTable<Approximation>.Of(file.Approximations);
        UnitsAfter = PhraseTable<string>.Of(file.Measures.SelectMany(m => (m.After ?? []).Select(a => KeyValuePair.Create(a, m.Unit))));
        UnitsBefore = PhraseTable<string>.Of(file.Measures.SelectMany(m => (m.Before ?? []).Select(a => KeyValuePair.Create(a, m.Unit))));
        NotCounted = FactRuleFiles.Words(file.NotCounted);
    }

    public static NumberRules Load() => new(FactRuleFiles.Read<File>("numbers.json"));

    /// <summary>Number words up to "twelve" (and "dozen"), lower case.</summary>
    public Dictionary<string, double> Units { get; }

    /// <summary>"twenty" ... "ninety", lower case.</summary>
    public Dictionary<string, double> Tens { get; }

    public IReadOnlyDictionary<string, double> Scales { get; }

    public PhraseTable<double> Vague { get; }

    public PhraseTable<double> Words { get; }

    public FrozenWords WeakWords { get; }

    public PhraseTable<Approximation> Approximations { get; }

    public PhraseTable<string> UnitsAfter { get; }

    public PhraseTable<string> UnitsBefore { get; }

    public FrozenWords NotCounted { get; }

    private static Dictionary<string, double> Lower(Dictionary<string, double> d) =>
        d.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
}

/// <summary>
/// Phrases of one or more tokens mapped to values, matched token by token (longest phrase first). Phrases
/// are split like the tokenizer splits text; matching ignores case unless the phrase has an upper-case letter
/// and is short (unit symbols like "C" or "MW" match exactly).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public static PhraseTable<T> Of(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var table = new PhraseTable<T>();
        foreach (var (phrase, value) in entries)
        {
            var words = Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (!table._byFirst.TryGetValue(Key(words[0]), out var list))
            {
                table._byFirst[Key(words[0])] = list = [];
            }

            list.Add((words, value));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return table;
    }

    /// <summary>The first words of the phrases, lower case (exact-case phrases under their lower-case key too).</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase starting at token <paramref name="i"/>: its value and the token after it.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int i, out T value, out int end)
    {
        value = default!;
        end = i;
        if (i >= tokens.Count || !_byFirst.TryGetValue(tokens[i].Lower, out var candidates))
        {
            return false;
        }

        foreach (var (words, v) in candidates)
        {
            if (i + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = IsExact(words[k])
                    ? string.Equals(t.Text, words[k], StringComparison.Ordinal)
                    : string.Equals(t.Lower, words[k], StringComparison.Ordinal);
                ok &= k == 0 || t.SpaceBefore || t.Kind == TokenKind.Punct || tokens[i + k - 1].Kind == TokenKind.Punct;
            }

            if (ok)
            {
                value = v;
                end = i + words.Length;
                return true;
            }
        }

        return false;
    }

    private static bool IsExact(string word) => word.Length <= 3 && word.Any(char.IsUpper);

    private static string Key(string word) => word.ToLowerInvariant();

    private static string[] Split(string phrase)
    {
        var tokens = new Tokenizer(AbbreviationRules.None).Tokenize(phrase, CancellationToken.None);
        return [.. tokens.Select(t => IsExact(t.Text) ? t.Text : t.Lower)];
    }
}
