using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>Pre-posed sources before a quote: Source said: "...", the source of a verb of saying and the words before it.</summary>
internal sealed partial class QuoteExtractor
{
    /// <summary>Pre-posed: Source verb [time] (: | ,) "...".</summary>
    private Attribution? Before(TextLayer layer, int i, bool[] inQuote)
    {
        var t = layer.Tokens;
        if (i < 0 || !(t[i].IsPunct(':') || t[i].IsPunct(',')))
        {
            return null;
        }

        var sentenceStart = layer.SentenceAt(i).FirstToken;
        for (var k = i - 1; k >= Math.Max(sentenceStart, i - 5); k--)
        {
            if (inQuote[k])
            {
                return null;
            }

            if (IsVerb(t[k]) || (k == sentenceStart && t[k].IsCapitalized && rules.SpeechVerbs.Contains(t[k].Lower)))
            {
                // "Said Ellis: "..."": an inverted attribution opening the sentence names its source after the verb.
                return SourceOf(layer, k, inQuote)
                    ?? (k == sentenceStart && i - k - 1 is > 0 and <= MaxSourceTokens && AllWords(t, k + 1, i) ? new Attribution(t[k].Start, t[k].End, t[k + 1].Start, t[i - 1].End) : null);
            }
        }

        // "According to Limbaugh, "..."".
        if (rules.SourceFirstCues.TryMatch(t, sentenceStart, out _, out var cueEnd) && cueEnd < i && i - cueEnd <= MaxSourceTokens && AllWords(t, cueEnd, i))
        {
            return new Attribution(t[sentenceStart].Start, t[cueEnd - 1].End, t[cueEnd].Start, t[i - 1].End);
        }

        return null;
    }

    private static bool AllWords(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(t[k].IsWord || t[k].Kind == TokenKind.Number || t[k].IsPunct('.')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The source of a verb of saying; for "X quoted Y as saying", Y.</summary>
    private Attribution? SourceOf(TextLayer layer, int verb, bool[] inQuote)
    {
        var t = layer.Tokens;
        if (rules.ContinuationCues.Contains(t[verb].Lower) && verb > 0 && (t[verb - 1].IsPunct(',') || t[verb - 1].Is("by")))
        {
            return SentenceSubject(layer, verb, inQuote);
        }

        if (!(t[verb].Is("saying") && verb > 0 && t[verb - 1].Is("as")))
        {
            var before = SourceBefore(layer, verb, inQuote);
            if (rules.ContinuationCues.Contains(t[verb].Lower) && (before is null || (before.SourceEnd == t[verb - 1].End && rules.ClauseOpeners.Contains(t[verb - 1].Lower))))
            {
                // "Trump unleashed a series of tweets early Friday saying that ...".
                return SentenceSubject(layer, verb, inQuote);
            }

            var and = SkipAuxiliaries(t, verb, layer.SentenceAt(verb).FirstToken) - 1;
            if (before is null && and > 1 && t[and].Is("and") && !t[and - 1].IsPunct(','))
            {
                // "She then urges her husband to come out and repeatedly says, ...": the verb shares its clause's subject
                // ("..., where the Taliban has made gains and claims to control ...": the Taliban).
                return SentenceSubject(layer, verb, inQuote, ClauseStart(layer, and, inQuote)) ?? before;
            }

            return before;
        }

        var quoted = verb - 1;
        var a = SourceBefore(layer, quoted, inQuote);
        if (a is null)
        {
            return null;
        }

        // "Interfax quoted Shoigu as saying": the source is the one quoted, after the quoting verb.
        var from = layer.TokenAt(a.SourceStart);
        for (var k = quoted - 1; k > from; k--)
        {
            if (t[k - 1].IsLowerWord && t[k - 1].Lower is "quoted" or "cited" or "quotes" or "cites")
            {
                from = k;
                break;
            }
        }

        while (from < quoted && !t[from].IsCapitalized && !rules.Pronouns.Contains(t[from].Lower))
        {
            from++;
        }

        return from < quoted ? a with { CueStart = t[verb].Start, CueEnd = t[verb].End, SourceStart = t[from].Start } : null;
    }

    /// <summary>The source before a verb: words back to punctuation, a clause word or a quote, skipping auxiliaries.</summary>
    private Attribution? SourceBefore(TextLayer layer, int verb, bool[] inQuote)
    {
        var t = layer.Tokens;
        var sentenceStart = layer.SentenceAt(verb).FirstToken;
        var end = SkipAuxiliaries(t, verb, sentenceStart);
        if (end > sentenceStart && t[end - 1].IsPunct(','))
        {
            // "Shoigu, who blamed ..., said": the source is before the relative clause.
            var k = end - 2;
            var floor = Math.Max(sentenceStart, end - 40);
            while (k > floor && !(rules.RelativePronouns.Contains(t[k].Lower) && t[k - 1].IsPunct(',')))
            {
                k--;
            }

            if (k > floor && rules.RelativePronouns.Contains(t[k].Lower))
            {
                end = k - 1;
            }
            else if (NameBeforeLongApposition(t, end - 1, sentenceStart, inQuote) is { } name)
            {
                // "Imomali Ibrohimzoda, the first deputy chief of Tajikistan's Committee for Emergency and Civil Defense, had said".
                // "Anna Kovacs, at a later briefing, said": an adverbial in commas is not part of the source.
                var adverbial = t[name.End + 1].IsLowerWord && rules.PostposedFollowers.Contains(t[name.End + 1].Lower);
                return new Attribution(t[verb].Start, t[verb].End, t[name.Start].Start, adverbial ? t[name.End - 1].End : t[end - 2].End, t[name.End - 1].End);
            }
            else if (end - 1 > sentenceStart && (t[end - 2].IsWord || t[end - 2].Kind == TokenKind.Number))
            {
                // "The state's chairman, Phil Lovas, said": the source is the apposition before the verb's comma.
                end--;
            }
        }

        var start = end;
        while (start > sentenceStart && end - start < MaxSourceTokens && !inQuote[start - 1]
            && (t[start - 1].IsWord || t[start - 1].Kind == TokenKind.Number) && !rules.StopBefore.Contains(t[start - 1].Lower)
            && !IsVerb(t[start - 1]) && !rules.Complementizers.Contains(t[start - 1].Lower))
        {
            start--;
        }

        if (start - 1 > sentenceStart && rules.RelativePronouns.Contains(t[start - 1].Lower) && (start == end || (t[start - 2].IsPunct(',') && t[start].IsLowerWord)))
        {
            // "McConnell, who in 2010 said": the relative pronoun is the source (the speaker is the one it refers to).
            return new Attribution(t[verb].Start, t[verb].End, t[start - 1].Start, t[start - 1].End);
        }

        if (start < end && start - 1 > sentenceStart && t[start - 1].IsPunct(',') && t[start].IsLowerWord && rules.PostposedFollowers.Contains(t[start].Lower))
        {
            // "Hillary Clinton, at a later press gaggle, said": the phrase in commas is an adverbial; the source is before it.
            end = start - 1;
            start = end;
            while (start > sentenceStart && end - start < MaxSourceTokens && !inQuote[start - 1] && (t[start - 1].IsWord || t[start - 1].Kind == TokenKind.Number)
                && !rules.StopBefore.Contains(t[start - 1].Lower) && !IsVerb(t[start - 1]) && !rules.Complementizers.Contains(t[start - 1].Lower))
            {
                start--;
            }
        }

        start = NameBeforeApposition(t, start, sentenceStart, inQuote);
        if (start < end && t[start].IsLowerWord && rules.NotSourceStart.Contains(t[start].Lower))
        {
            // "32% of Republican claims", "tweets early Friday saying": not a source.
            return null;
        }

        return start < end ? new Attribution(t[verb].Start, t[verb].End, t[start].Start, t[end - 1].End) : null;
    }

    private int SkipAuxiliaries(IReadOnlyList<Token> t, int verb, int floor)
    {
        var end = verb;
        while (end > floor && (rules.Auxiliaries.Contains(t[end - 1].Lower) || (t[end - 1].IsLowerWord && t[end - 1].Text.Length > 4 && t[end - 1].Text.EndsWith("ly", StringComparison.Ordinal))))
        {
            end--;
        }

        return end;
    }
}
