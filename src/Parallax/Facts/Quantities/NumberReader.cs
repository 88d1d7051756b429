using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quantities;

/// <summary>A number read from tokens [Start, End): its value, and whether it is vague ("several hundred").</summary>
internal readonly record struct NumberPhrase(int Start, int End, double Value, bool Vague, bool InWords);

/// <summary>
/// Reads a number at a token: digits with an optional scale word ("1.5 million"), number words ("twelve",
/// "twenty-five", "three hundred thousand"), and vague counts ("several hundred", "tens of thousands").
/// </summary>
internal sealed class NumberReader(NumberRules rules)
{
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _units = rules.Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _tens = rules.Tens.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Lower-case words a number can start with ("a", number words, the first words of vague counts); with the
    /// first part of a hyphenated word ("twenty-five"), see <see cref="StartWords"/>. Any other word starts none.
    /// </summary>
    public IEnumerable<string> FirstWords => [.. rules.Vague.FirstWords, .. rules.Units.Keys, .. rules.Tens.Keys, "a"];

    public bool TryRead(IReadOnlyList<Token> tokens, int i, out NumberPhrase number) =>
        TryReadAny(tokens, i, out number) && double.IsFinite(number.Value);

    private bool TryReadAny(IReadOnlyList<Token> tokens, int i, out NumberPhrase number)
    {
        number = default;
        if (i >= tokens.Count)
        {
            return false;
        }

        var t = tokens[i];
        if (t.Number is { } digits)
        {
            var j = i + 1;
            var value = digits;
            while (j < tokens.Count && tokens[j].IsWord && rules.Scales.TryGetValue(tokens[j].Lower, out var scale))
            {
                value *= scale;
                j++;
            }

            number = new NumberPhrase(i, j, value, false, false);
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        if (rules.Vague.TryMatch(tokens, i, out var vague, out var end))
        {
            if (end < tokens.Count && rules.Scales.TryGetValue(tokens[end].Lower, out var scale))
            {
                number = new NumberPhrase(i, end + 1, vague * scale, true, true);
                return true;
            }

            if (end + 1 < tokens.Count && tokens[end].Is("of") && tokens[end + 1].IsWord
                && rules.Scales.TryGetValue(tokens[end + 1].Lower.TrimEnd('s'), out var plural) && rules.Vague.TryMatch(tokens, end + 1, out _, out var after))
            {
                number = new NumberPhrase(i, after, vague * plural, true, true);
                return true;
            }

            number = new NumberPhrase(i, end, vague, true, true);
            return true;
        }

        return TryReadWords(tokens, i, out number);
    }

    private bool TryReadWords(IReadOnlyList<Token> tokens, int i, out NumberPhrase number)
    {
        number = default;
        double total = 0, current = 0;
        var any = false;
        var j = i;
        if (rules.Words.TryMatch(tokens, i, out var phrase, out var phraseEnd) && tokens[i].Is("a"))
        {
            current = phrase;
            any = true;
            j = phraseEnd;
        }
        else if (tokens[i].Is("a") && i + 1 < tokens.Count && rules.Scales.ContainsKey(tokens[i + 1].Lower))
        {
            current = 1;
            j = i + 1;
        }

        while (j < tokens.Count && tokens[j].IsWord)
        {
            var word = tokens[j].Lower;
            if (TryWordValue(word, out var v))
            {
                current += v;
            }
            else if (rules.Scales.TryGetValue(word, out var scale) && (any || current > 0))
            {
                if (scale == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
            }
            else if (word == "and" && any && j + 1 < tokens.Count && TryWordValue(tokens[j + 1].Lower, out _))
            {
                // "one hundred and twenty"
            }
            else
            {
                break;
            }

            any = true;
            j++;
        }

        if (!any || (j == i + 1 && rules.WeakWords.Contains(tokens[i].Lower)))
        {
            return false;
        }

        number = new NumberPhrase(i, j, total + current, false, true);
        return true;
    }

    /// <summary>The value of a number word or of hyphenated number words ("twenty-five").</summary>
    private bool TryWordValue(string word, out double value)
    {
        value = 0;
        foreach (var range in word.AsSpan().Split('-'))
        {
            var part = word.AsSpan(range);
            if (_units.TryGetValue(part, out var u) && !part.SequenceEqual("dozen"))
            {
                value += u;
            }
            else if (_tens.TryGetValue(part, out var t))
            {
                value += t;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
