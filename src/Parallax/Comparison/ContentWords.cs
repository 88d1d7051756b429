using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// Content words of a stretch of text: lowercase words that are not stop words or numbers, lightly stemmed by
/// the suffix list of the rules ("forced" and "forcing" both become "forc"). Used to say what a sentence is about.
/// </summary>
internal sealed class ContentWords(ComparisonRules rules)
{
    public ComparisonRules Rules { get; } = rules;

    /// <summary>The stemmed content words of <paramref name="text"/>[start..end), leaving out [skipStart, skipEnd).</summary>
    public HashSet<string> Of(string text, int start, int end, int skipStart = -1, int skipEnd = -1)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        foreach (var token in Words.Tokenize(text[start..end]))
        {
            var from = start + token.Start;
            if (from >= skipStart && from < skipEnd)
            {
                continue;
            }

            var stem = Stem(token.Lower);
            if (stem is not null)
            {
                set.Add(stem);
            }
        }

        return set;
    }

    /// <summary>
    /// Up to <paramref name="each"/> content words on each side of [start, end) within [from, to): what a number
    /// or date in a long sentence is about, without the other events the sentence also tells.
    /// </summary>
    public HashSet<string> Around(string text, int from, int to, int start, int end, int each)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        var before = new List<string>();
        var after = new List<string>();
        foreach (var token in Words.Tokenize(text[from..to]))
        {
            var at = from + token.Start;
            if (at >= start && at < end)
            {
                continue;
            }

            var stem = Stem(token.Lower);
            if (stem is null)
            {
                continue;
            }

            if (at < start)
            {
                before.Add(stem);
            }
            else if (after.Count < each)
            {
                after.Add(stem);
            }
        }

        return new HashSet<string>(before.Skip(Math.Max(0, before.Count - each)).Concat(after), StringComparer.Ordinal);
    }

    /// <summary>The stem of a lowercase word, or null for stop words, numbers and one-letter words.</summary>
    public string? Stem(string lower)
    {
        lower = lower.Replace('\u2019', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (lower.Length < 2 || Rules.StopWords.Contains(lower) || !lower.Any(char.IsLetter))
        {
            return null;
        }

        foreach (var suffix in Rules.Suffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && lower.Length - suffix.Length >= Rules.MinStem)
            {
                return lower[..^suffix.Length];
            }
        }

        return lower;
    }

    /// <summary>Whether the text holds a negation word ("not", "never", "didn't").</summary>
    public bool IsNegated(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        foreach (var token in Words.Tokenize(text[start..end]))
        {
            var word = token.Lower.Replace('\u2019', '\'');
            if (Rules.Negations.Contains(word) || (word.EndsWith("n't", StringComparison.Ordinal) && Rules.Negations.Contains("n't")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The class of a counted noun ("residents" -> "people"), or its stem when the rules do not list it.</summary>
    public string? CountedClass(string? counted)
    {
        if (string.IsNullOrWhiteSpace(counted))
        {
            return null;
        }

        var lower = counted.Trim().ToLowerInvariant();
        if (Rules.CountedClasses.TryGetValue(lower, out var name))
        {
            return name;
        }

        var last = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return Rules.CountedClasses.TryGetValue(last, out name) ? name : Stem(last) ?? last;
    }

    /// <summary>Dice coefficient of two sets: 2|A∩B| / (|A|+|B|), with the size of the intersection.</summary>
    public static (double Dice, int Shared) Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (2.0 * shared / (a.Count + b.Count), shared);
    }
}
