using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>Sentence subjects for participles of saying, clause starts, and names before appositions.</summary>
internal sealed partial class QuoteExtractor
{
    /// <summary>Where the clause holding token <paramref name="k"/> starts: after the last comma before it in its sentence, past a relative word.</summary>
    private int ClauseStart(TextLayer layer, int k, bool[] inQuote)
    {
        var t = layer.Tokens;
        var first = layer.SentenceAt(k).FirstToken;
        for (var c = k - 1; c > first; c--)
        {
            if (inQuote[c])
            {
                return first;
            }

            if (t[c].IsPunct(','))
            {
                return c + 1 < k && (rules.RelativePronouns.Contains(t[c + 1].Lower) || rules.ClauseOpeners.Contains(t[c + 1].Lower) || t[c + 1].Is("where")) ? c + 2 : c + 1;
            }
        }

        return first;
    }

    /// <summary>
    /// The subject of the sentence a participle of saying hangs on ("He then defended the remark, saying ...",
    /// "In August, several groups granted an extension, saying ..."): past an opening prepositional phrase, a
    /// pronoun, a run of capitalised words (with brackets), or a determiner and the words before the first verb-like word.
    /// </summary>
    private Attribution? SentenceSubject(TextLayer layer, int verb, bool[] inQuote, int? clauseStart = null)
    {
        var t = layer.Tokens;
        var sentence = layer.SentenceAt(verb);
        var first = clauseStart ?? sentence.FirstToken;
        if (first + 1 < verb && rules.SentenceAdverbs.Contains(t[first].Lower) && t[first + 1].IsPunct(','))
        {
            first += 2;
        }
        else if (first + 1 < verb && rules.StopBefore.Contains(t[first].Lower) && rules.SentenceAdverbs.Contains(t[first].Lower))
        {
            // "But Scott told ...".
            first++;
        }

        // Opening phrases and clauses, each to its comma: "Once in my early 20s, when my mother ..., I laughed and said".
        while (first < sentence.EndToken && t[first].IsWord && (rules.PostposedFollowers.Contains(t[first].Lower) || rules.ClauseOpeners.Contains(t[first].Lower)))
        {
            var comma = first + 1;
            while (comma < sentence.EndToken && comma - first < 40 && !t[comma].IsPunct(',') && !inQuote[comma])
            {
                comma++;
            }

            if (comma >= sentence.EndToken || !t[comma].IsPunct(','))
            {
                return null;
            }

            first = comma + 1;
        }

        // A participle inside the opening clause ("After saying ..., she was") hangs on the subject after it.
        var limit = first < verb ? verb : sentence.EndToken;
        if (first >= limit - 1 || inQuote[first] || !t[first].IsWord)
        {
            return null;
        }

        var end = first + 1;
        if ((t[first].IsCapitalized && !rules.Definites.Contains(t[first].Lower) && !rules.Pronouns.Contains(t[first].Lower))
            || (t[first].Is("the") && t[first + 1].IsCapitalized))
        {
            while (end < limit && end - first < MaxSourceTokens && (t[end].IsCapitalized || (t[end].IsPunct('.') && t[end - 1].Text.Length <= 4)
                || (t[end].Is("and") && end + 1 < limit && t[end + 1].IsCapitalized)))
            {
                end++;
            }
        }
        else if (!rules.Pronouns.Contains(t[first].Lower))
        {
            while (end < limit && end - first < 4 && t[end].IsWord && !rules.Auxiliaries.Contains(t[end].Lower) && !rules.StopBefore.Contains(t[end].Lower)
                && !IsVerb(t[end]) && !t[end].Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                end++;
            }
        }

        return new Attribution(t[verb].Start, t[verb].End, t[first].Start, t[end - 1].End);
    }

    /// <summary>
    /// Before an apposition that ends at the comma <paramref name="comma"/> and holds lowercase words ("X, the first
    /// deputy chief of the Committee for Emergency and Civil Defense,"): the capitalised name opening its clause.
    /// </summary>
    private (int Start, int End)? NameBeforeLongApposition(IReadOnlyList<Token> t, int comma, int sentenceStart, bool[] inQuote)
    {
        var lower = false;
        for (var c = comma - 1; c > sentenceStart && comma - c <= 20; c--)
        {
            if (inQuote[c] || t[c].NewlinesBefore > 0)
            {
                return null;
            }

            if (t[c].IsPunct(','))
            {
                var k = c;
                while (k > sentenceStart && c - k < 5 && !inQuote[k - 1] && (t[k - 1].IsCapitalized || (t[k - 1].IsPunct('.') && k - 1 > sentenceStart && t[k - 2].IsCapitalized)))
                {
                    k--;
                }

                var opensClause = k == sentenceStart || t[k - 1].Kind == TokenKind.Punct;
                while (k < c && rules.SentenceAdverbs.Contains(t[k].Lower))
                {
                    k++;
                }

                return lower && k < c && opensClause && c - k <= 4 ? (k, c) : null;
            }

            if (t[c].Kind == TokenKind.Punct && !(t[c].IsPunct('.') || t[c].IsPunct('-') || t[c].IsPunct('(') || t[c].IsPunct(')') || t[c].Text.EndsWith('s')))
            {
                return null;
            }

            lower |= t[c].IsLowerWord && !rules.StopBefore.Contains(t[c].Lower);
        }

        return null;
    }

    /// <summary>
    /// "Senator Dianne Feinstein, Democrat of California, said": when the source found is an apposition, a name
    /// of capitalised words just before its comma belongs to it, so the source (and the speaker) is the name.
    /// </summary>
    private int NameBeforeApposition(IReadOnlyList<Token> t, int start, int sentenceStart, bool[] inQuote)
    {
        if (start - 2 < sentenceStart || !t[start - 1].IsPunct(','))
        {
            return start;
        }

        var k = start - 1;
        while (k > sentenceStart && start - 1 - k < 5 && !inQuote[k - 1] && t[k - 1].IsWord && t[k - 1].IsCapitalized)
        {
            k--;
        }

        var opensClause = k == sentenceStart || t[k - 1].Kind == TokenKind.Punct;
        while (k < start - 1 && rules.SentenceAdverbs.Contains(t[k].Lower))
        {
            k++;
        }

        return k < start - 1 && opensClause ? k : start;
    }
}
