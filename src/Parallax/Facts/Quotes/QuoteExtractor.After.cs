using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>Post-posed sources after a quote: "...," Source said / said Source, dash bylines and apposition verbs.</summary>
internal sealed partial class QuoteExtractor
{
    /// <summary>Post-posed: "..." [,] Source verb | verb Source.</summary>
    private Attribution? After(TextLayer layer, int i, bool[] inQuote)
    {
        var t = layer.Tokens;
        if (i < t.Count && t[i].IsPunct(','))
        {
            i++;
        }

        if (i >= t.Count || inQuote[i] || t[i].NewlinesBefore >= 2)
        {
            return null;
        }

        if (IsVerb(t[i]))
        {
            var end = NounPhraseEnd(t, i + 1, inQuote);
            return end > i + 1 && EndsClause(t, end) ? new Attribution(t[i].Start, t[i].End, t[i + 1].Start, t[end - 1].End) : null;
        }

        if (IsDash(t[i]))
        {
            return DashSource(t, i, inQuote);
        }

        var limit = Math.Min(t.Count, i + MaxSourceTokens);
        for (var k = i; k < limit; k++)
        {
            if (t[k].IsPunct('(') && ClosingBracket(t, k, limit) is var close and > 0)
            {
                // "Rep. Elijah E. Cummings (D-Md.) said": a bracket inside the source.
                limit = Math.Min(t.Count, limit + close - k + 1);
                k = close;
                continue;
            }

            if (k > i && t[k].IsPunct(',') && !inQuote[k] && AllCapitalized(t, i, k))
            {
                // "Flynn, a top Trump surrogate, said": a name, its apposition in commas, then the verb.
                return AppositionVerb(t, k, inQuote) is { } cue ? new Attribution(t[cue].Start, t[cue].End, t[i].Start, t[k - 1].End) : null;
            }

            if (inQuote[k] || (t[k].Kind == TokenKind.Punct && !t[k].Text.Equals("'s", StringComparison.Ordinal)) || rules.StopBefore.Contains(t[k].Lower))
            {
                return null;
            }

            if (k > i && (IsVerb(t[k]) || (t[k].IsLowerWord && rules.PostposedOnlyVerbs.Contains(t[k].Lower))))
            {
                if (k + 2 < t.Count && inQuote[k + 2] && (t[k + 1].IsPunct(':') || (t[k + 1].IsPunct(',') && t[i].NewlinesBefore > 0)))
                {
                    // "...”\nJason Miller added, “...": the attribution opens the next quote.
                    return null;
                }

                var sourceEnd = SkipAuxiliaries(t, k, i);
                return sourceEnd > i ? new Attribution(t[k].Start, t[k].End, t[i].Start, t[sourceEnd - 1].End) : null;
            }
        }

        return null;
    }

    private static bool IsDash(Token token) => token.Kind == TokenKind.Punct && token.Text is "\u2015" or "\u2014" or "\u2013" or "--";

    /// <summary>"..." ― Jane Doe: a name after a dash closing the quote's line is its source (the dash its cue).</summary>
    private static Attribution? DashSource(IReadOnlyList<Token> t, int dash, bool[] inQuote)
    {
        var end = dash + 1;
        while (end < t.Count && end - dash <= 6 && !inQuote[end] && (end == dash + 1 || t[end].NewlinesBefore == 0)
            && (t[end].IsCapitalized || (end > dash + 1 && t[end].IsPunct('.') && t[end - 1].Text.Length == 1)))
        {
            end++;
        }

        var closes = end >= t.Count || t[end].NewlinesBefore > 0 || t[end].IsPunct('.') || t[end].IsPunct(',');
        return end > dash + 1 && closes ? new Attribution(t[dash].Start, t[dash].End, t[dash + 1].Start, t[end - 1].End) : null;
    }

    /// <summary>The index of the ')' closing the bracket at <paramref name="open"/>, before <paramref name="limit"/> + 6, or -1.</summary>
    private static int ClosingBracket(IReadOnlyList<Token> t, int open, int limit)
    {
        for (var k = open + 1; k < Math.Min(t.Count, limit + 6); k++)
        {
            if (t[k].IsPunct(')'))
            {
                return k;
            }

            if (t[k].IsPunct('(') || t[k].NewlinesBefore > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool AllCapitalized(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(t[k].IsCapitalized || t[k].IsPunct('.')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>After the comma opening an apposition: the verb of saying right after the apposition's closing comma.</summary>
    private int? AppositionVerb(IReadOnlyList<Token> t, int comma, bool[] inQuote)
    {
        for (var k = comma + 1; k < Math.Min(t.Count, comma + 24); k++)
        {
            if (inQuote[k] || t[k].NewlinesBefore > 0 || (t[k].Kind == TokenKind.Punct && !t[k].IsPunct(',') && !t[k].IsPunct('.') && !t[k].IsPunct('(') && !t[k].IsPunct(')') && !t[k].IsPunct('-')))
            {
                return null;
            }

            if (t[k].IsPunct(',') && k > comma + 1)
            {
                var v = k + 1;
                while (v < t.Count && rules.Auxiliaries.Contains(t[v].Lower))
                {
                    v++;
                }

                if (v < t.Count && IsVerb(t[v]))
                {
                    return v;
                }
            }
        }

        return null;
    }

    private static bool EndsClause(IReadOnlyList<Token> t, int i) => i >= t.Count || t[i].Kind == TokenKind.Punct || t[i].NewlinesBefore > 0;

    /// <summary>A noun phrase after a verb ("said the minister"): words up to punctuation, at most a few.</summary>
    private int NounPhraseEnd(IReadOnlyList<Token> t, int i, bool[] inQuote)
    {
        var k = i;
        while (k < t.Count && k - i < MaxSourceTokens && !inQuote[k] && (t[k].IsWord || t[k].Kind == TokenKind.Number) && !rules.StopBefore.Contains(t[k].Lower) && !rules.Auxiliaries.Contains(t[k].Lower)
            && !rules.Complementizers.Contains(t[k].Lower) && !(t[k].IsLowerWord && k == i && !rules.Definites.Contains(t[k].Lower) && !rules.Pronouns.Contains(t[k].Lower) && t[k].Lower is not ("officials" or "police")))
        {
            k++;
        }

        return k;
    }
}
