using System.Text.RegularExpressions;

namespace Parallax.Comparison;

/// <summary>
/// Finds text between pairs of quotation marks on one line: the stretches that are another voice than the
/// outlet's. A light fallback for articles the text stages did not analyse, and a guard for framing.
/// </summary>
internal static class QuoteMarks
{
    private static readonly Regex SpeakerAfter = ComparisonRules.Pattern(
        @"\G[\s,]*(?<who>(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,5}\p{Lu}[\p{L}'\u2019-]+)\s+(?<cue>said|says|told|added|stated|warned)\b",
        ignoreCase: false);

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

    /// <summary>"..., Water Minister Elena Varga said": the speaker and cue right after a closing mark, if any.</summary>
    public static (int Start, int End, int CueStart, int CueEnd)? SpeakerAfterQuote(string text, int afterClose)
    {
        if (afterClose >= text.Length)
        {
            return null;
        }

        try
        {
            var match = SpeakerAfter.Match(text, afterClose);
            if (!match.Success || match.Index != afterClose)
            {
                return null;
            }

            var who = match.Groups["who"];
            var cue = match.Groups["cue"];
            return (who.Index, who.Index + who.Length, cue.Index, cue.Index + cue.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
