using Parallax.Facts.Tokens;

namespace Parallax.Facts.Statements;

/// <summary>
/// Finds rule phrases in a token range. A phrase is written as words separated by spaces; a word may list
/// alternatives with "|" ("hold|holds|held ... drills|exercises") and "..." stands for up to
/// <see cref="MaxGap"/> other words. Words are compared lowercase, each as the tokenizer splits it, so a
/// phrase word never spans two tokens. At each position the longest phrase wins and matches do not overlap.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Phrase>> _byFirst = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> phrases, Tokenizer tokenizer, int maxGap = 3)
    {
        MaxGap = maxGap;
        foreach (var (pattern, value) in phrases)
        {
            var slots = Parse(pattern, tokenizer);
            if (slots.Count == 0 || slots[0] is null || slots[^1] is null)
            {
                continue;
            }

            var phrase = new Phrase([.. slots], value);
            foreach (var first in slots[0]!)
            {
                if (!_byFirst.TryGetValue(first, out var list))
                {
                    _byFirst[first] = list = [];
                }

                list.Add(phrase);
            }
        }
    }

    /// <summary>The most words a "..." in a phrase stands for.</summary>
    public int MaxGap { get; }

    /// <summary>One match: tokens [First, End) and the phrase's value.</summary>
    public readonly record struct Match(int First, int End, T Value);

    /// <summary>The matches in tokens [from, to), left to right, longest first at each position, not overlapping.</summary>
    public List<Match> Matches(IReadOnlyList<Token> tokens, int from, int to, Func<int, bool>? skip = null)
    {
        var matches = new List<Match>();
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct || !_byFirst.TryGetValue(tokens[i].Lower, out var candidates) || (skip is not null && skip(i)))
            {
                continue;
            }

            var best = -1;
            T? value = default;
            foreach (var phrase in candidates)
            {
                var end = MatchAt(phrase.Slots, tokens, i, to);
                if (end > best)
                {
                    best = end;
                    value = phrase.Value;
                }
            }

            if (best > i)
            {
                matches.Add(new Match(i, best, value!));
                i = best - 1;
            }
        }

        return matches;
    }

    /// <summary>The end of the match of <paramref name="slots"/> at token <paramref name="i"/>, or -1.</summary>
    private int MatchAt(HashSet<string>?[] slots, IReadOnlyList<Token> tokens, int i, int to)
    {
        var k = i + 1;
        for (var s = 1; s < slots.Length; s++)
        {
            if (slots[s] is null)
            {
                // A gap: the next slot must match within MaxGap words (no punctuation in between).
                var next = slots[++s]!;
                var found = -1;
                for (var g = k; g < to && g <= k + MaxGap; g++)
                {
                    if (next.Contains(tokens[g].Lower))
                    {
                        found = g;
                        break;
                    }

                    if (tokens[g].Kind == TokenKind.Punct)
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return -1;
                }

                k = found + 1;
                continue;
            }

            if (k >= to || !slots[s]!.Contains(tokens[k].Lower))
            {
                return -1;
            }

            k++;
        }

        return k;
    }

    private static List<HashSet<string>?> Parse(string pattern, Tokenizer tokenizer)
    {
        var slots = new List<HashSet<string>?>();
        foreach (var word in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word == "...")
            {
                if (slots.Count > 0 && slots[^1] is not null)
                {
                    slots.Add(null);
                }

                continue;
            }

            var alternatives = word.Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (alternatives.Length == 1)
            {
                // A single word the tokenizer splits ("sources'", "it's") becomes consecutive slots.
                foreach (var token in tokenizer.Tokenize(word, CancellationToken.None))
                {
                    slots.Add(new HashSet<string>([token.Lower], StringComparer.Ordinal));
                }

                continue;
            }

            slots.Add(new HashSet<string>(alternatives.Select(a => a.ToLowerInvariant()), StringComparer.Ordinal));
        }

        return slots;
    }

    private sealed record Phrase(HashSet<string>?[] Slots, T Value);
}
