namespace Parallax.Comparison;

/// <summary>
/// Finds text between pairs of quotation marks on one line: the stretches that are another voice than the
/// outlet's, which framing must not count as the outlet's own words.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The [start, end) ranges of text inside quotation marks, marks excluded, in text order.</summary>
    public static List<(int Start, int End)> Find(string text, ComparisonRules rules)
    {
        var ranges = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var pair = rules.QuoteMarks.FirstOrDefault(p => p.Open.Length > 0 && string.CompareOrdinal(text, i, p.Open, 0, p.Open.Length) == 0);
            if (pair.Open is null)
            {
                i++;
                continue;
            }

            var from = i + pair.Open.Length;
            var close = -1;
            for (var j = from; j < text.Length && j - from <= rules.MaxQuoteChars; j++)
            {
                if (text[j] == '\n')
                {
                    break;
                }

                if (string.CompareOrdinal(text, j, pair.Close, 0, pair.Close.Length) == 0)
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                i = from;
                continue;
            }

            if (close > from)
            {
                ranges.Add((from, close));
            }

            i = close + pair.Close.Length;
        }

        return ranges;
    }
}
