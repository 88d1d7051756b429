using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>
/// Finds reported speech. Direct quotes are text between quotation marks with a source and a verb of saying
/// next to them: after ("...," Varga said / said Varga), before ("Varga said: ..."), or shared by the two
/// halves of a split quote. A quote inside a sentence without its own attribution is partial, attributed
/// to the sentence's speaker. Indirect speech is a verb of saying outside quotes with its source ("X said
/// (that) ...", "..., officials said", "according to X, ..."). Each speaker is resolved by <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed class QuoteExtractor(AttributionRules rules, SpeakerResolver speakers, int maxQuoteLength)
{
    private const int MaxSourceTokens = 8;

    /// <summary>How far (in tokens) from a quote its sentence's verb of saying is looked for.</summary>
    private const int SpeakerWindow = 60;

    /// <summary>How far (in tokens) after a speaker's quote a bare quote paragraph still continues it.</summary>
    private const int ContinuationWindow = 250;

    private bool IsVerb(Token token) => token.IsLowerWord && rules.SpeechVerbs.Contains(token.Lower);

    /// <summary>A cue and a source; when the source holds a name and its apposition, NameEnd ends the name (the speaker is found there).</summary>
    private sealed record Attribution(int CueStart, int CueEnd, int SourceStart, int SourceEnd, int NameEnd = -1);

    public List<QuoteMention> Extract(TextLayer layer, IReadOnlyList<EntityMention> entities, bool[] timeTokens, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var segments = QuoteSegments.Find(layer.Text, maxQuoteLength);
        var inQuote = new bool[t.Count];
        foreach (var s in segments)
        {
            for (var k = layer.TokenAt(s.Open); k < t.Count && t[k].Start <= s.CloseEnd; k++)
            {
                inQuote[k] = true;
            }
        }

        var persons = PersonIndex.Of(entities);
        var usedCues = new HashSet<int>();
        var quotes = new List<QuoteMention>();
        Attribution? previous = null;
        var previousClose = -1;
        var previousOpenEnded = false;
        Attribution? lastSpeaker = null;
        var lastSpeakerClose = -1;
        foreach (var s in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var open = layer.TokenAt(s.Open);
            var close = s.OpenEnded ? layer.TokenAt(s.Close) - 1 : layer.TokenAt(s.CloseEnd);
            var attribution = After(layer, close + 1, inQuote) ?? Before(layer, open - 1, inQuote) ?? LabelInside(layer, open, close, entities, inQuote);
            var own = attribution;
            var kind = QuoteKind.Direct;
            var between = previous is not null && previousClose >= 0 && open > 0 && open - previousClose <= 12
                && previous.CueStart > t[previousClose].Start && previous.CueEnd <= t[open].Start;
            if (attribution is null && previous is not null && ((between && t[open - 1].IsPunct('.') && t[open].NewlinesBefore == 0)
                || (open - previousClose <= 8 && SplitContinues(layer, previousClose, open))))
            {
                // "A," he said, "B." and "A," he said. "B.": the attribution between the two quotes serves both.
                attribution = previous;
            }

            if (attribution is null)
            {
                kind = IsEmbedded(layer, open) ? QuoteKind.Partial : QuoteKind.Direct;
                attribution = SentenceSpeaker(layer, open, inQuote, timeTokens);

                // "..., Schiff said. "The other factor ...": a quote opening a sentence continues the speaker of the sentence before.
                if (attribution is null && kind == QuoteKind.Direct && t[open].NewlinesBefore == 0 && open > 0 && open == layer.SentenceAt(open).FirstToken)
                {
                    attribution = SentenceSpeaker(layer, open - 1, inQuote, timeTokens);
                }

                // A quote paragraph with no cue of its own continues the last named speaker's quotes.
                if (attribution is null && kind == QuoteKind.Direct && lastSpeaker is not null && open - lastSpeakerClose <= ContinuationWindow
                    && (t[open].NewlinesBefore > 0 || open == layer.SentenceAt(open).FirstToken))
                {
                    attribution = lastSpeaker;
                }

                if (attribution is null && kind == QuoteKind.Partial)
                {
                    attribution = SubjectSpeaker(layer, open, entities, inQuote) ?? SubjectOfClause(layer, open, entities, inQuote);
                }
            }
            else if (IsEmbedded(layer, open) && !(open > 0 && (t[open - 1].IsPunct(':') || t[open - 1].IsPunct(','))))
            {
                kind = QuoteKind.Partial;
            }

            var (from, to) = Trim(layer.Text, s.ContentStart, s.ContentEnd);
            var continues = attribution is not null && attribution == previous && previousClose >= 0
                && (previousOpenEnded || SameParagraph(layer.Text, t[previousClose].End, s.Open));
            quotes.Add(Mention(layer, articleId, from, to, attribution, persons, kind) with { ContinuesTurn = continues });
            if (attribution is not null && kind != QuoteKind.Partial)
            {
                usedCues.Add(layer.TokenAt(attribution.CueStart));
            }

            previous = attribution;
            previousClose = close;
            previousOpenEnded = s.OpenEnded;
            if (attribution is not null && attribution.SourceEnd > attribution.SourceStart && (kind == QuoteKind.Direct || attribution == own))
            {
                lastSpeaker = attribution;
                lastSpeakerClose = close;
            }
        }

        quotes.AddRange(Indirect(layer, persons, inQuote, usedCues, timeTokens, articleId, quotes, cancellationToken));
        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return quotes;
    }

    private QuoteMention Mention(TextLayer layer, string articleId, int from, int to, Attribution? a, PersonIndex entities, QuoteKind kind) =>
        new(
            new Span(articleId, from, to),
            a is null ? null : new Span(articleId, a.CueStart, a.CueEnd),
            a is null || a.SourceEnd <= a.SourceStart ? null : new Span(articleId, a.SourceStart, a.SourceEnd),
            a is null || a.SourceEnd <= a.SourceStart ? null : speakers.Resolve(layer, a.SourceStart, a.NameEnd > a.SourceStart ? a.NameEnd : a.SourceEnd, entities),
            kind);

    private static (int, int) Trim(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] == ','))
        {
            to--;
        }

        return (from, to);
    }

    private static bool SameParagraph(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).IndexOf('\n') < 0;

    /// <summary>The second half of a split quote: only a comma, an attribution and a comma lie between the halves.</summary>
    private static bool SplitContinues(TextLayer layer, int previousClose, int open)
    {
        var t = layer.Tokens;
        return open - 1 > previousClose && t[open - 1].IsPunct(',');
    }

    /// <summary>Whether the quote sits inside a clause ("a "deteriorating" situation") rather than opening it.</summary>
    private static bool IsEmbedded(TextLayer layer, int open)
    {
        var t = layer.Tokens;
        var sentence = layer.SentenceAt(open);
        if (open <= sentence.FirstToken || t[open].NewlinesBefore > 0)
        {
            return false;
        }

        var previous = t[open - 1];
        return !(previous.IsPunct(':') || previous.IsPunct('.'));
    }

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

    /// <summary>
    /// For a quote inside a clause with no verb of saying and no named subject found ("Protesters chanted "..."",
    /// "Cruz exhorted Republicans to "...""): the sentence's subject when a lowercase word (its verb) follows it.
    /// </summary>
    private Attribution? SubjectOfClause(TextLayer layer, int open, IReadOnlyList<EntityMention> entities, bool[] inQuote)
    {
        var t = layer.Tokens;
        if (SentenceSubject(layer, open, inQuote) is not { } a)
        {
            return null;
        }

        // The subject is a pronoun or opens with a name the entity stage found ("Japan branded", "The United Nations Security Council made").
        var first = layer.TokenAt(a.SourceStart);
        var e = FirstEntityAtOrAfter(entities, a.SourceStart);
        var named = e < entities.Count && entities[e].Span.Start < a.SourceEnd && entities[e].Span.End <= a.SourceEnd && entities[e].Kind != EntityKind.Other;

        // Or capitalised words after an opening phrase ("In July, Gingrich dismissed"), or names joined by "and".
        var sentenceStart = layer.SentenceAt(open).FirstToken;
        named |= t[first].IsCapitalized && (first > sentenceStart + 1 && t[first - 1].IsPunct(',')
            || (layer.TokenAt(a.SourceEnd) - first >= 3 && t[first + 1].Is("and")));
        var next = layer.TokenAt(a.SourceEnd);
        return (named || rules.PersonPronouns.Contains(t[first].Lower) || t[first].Is("they")) && next < open && t[next].IsLowerWord && !rules.StopBefore.Contains(t[next].Lower)
            && !rules.Complementizers.Contains(t[next].Lower) && !rules.Auxiliaries.Contains(t[next].Lower)
            ? a with { CueStart = t[next].Start, CueEnd = t[next].End }
            : null;
    }

    /// <summary>
    /// A transcript's speaker label opening a quote paragraph ("WALLACE: But, Governor, ..."): a name in capitals,
    /// or a person or organisation named by capitalised words, then a colon, as the quote's first tokens.
    /// </summary>
    private static Attribution? LabelInside(TextLayer layer, int open, int close, IReadOnlyList<EntityMention> entities, bool[] inQuote)
    {
        var t = layer.Tokens;
        if (open + 2 >= close || !(t[open].NewlinesBefore > 0 || open == 0))
        {
            return null;
        }

        return Label(t, open + 1, Math.Min(close, open + 5), entities);
    }

    /// <summary>A speaker label at token <paramref name="from"/>: 1-3 capitalised words ending in ':' before <paramref name="limit"/>.</summary>
    private static Attribution? Label(IReadOnlyList<Token> t, int from, int limit, IReadOnlyList<EntityMention> entities)
    {
        var k = from;
        var allCaps = true;
        while (k < limit && t[k].IsCapitalized)
        {
            allCaps &= t[k].IsAllCaps;
            k++;
        }

        if (k == from || k >= limit || !t[k].IsPunct(':') || k - from > 3)
        {
            return null;
        }

        var named = false;
        var e = FirstEntityAtOrAfter(entities, t[from].Start);
        if (e < entities.Count && entities[e].Span.Start == t[from].Start && entities[e].Span.End == t[k - 1].End)
        {
            named = entities[e].Kind is EntityKind.Person or EntityKind.Organization;
        }

        return allCaps || named ? new Attribution(t[k].Start, t[k].End, t[from].Start, t[k - 1].End) : null;
    }

    /// <summary>
    /// The subject of the sentence a participle of saying hangs on ("He then defended the remark, saying ...",
    /// "In August, several groups granted an extension, saying ..."): past an opening prepositional phrase, a
    /// pronoun, a run of capitalised words (with brackets), or a determiner and the words before the first verb-like word.
    /// </summary>
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

    private int SkipAuxiliaries(IReadOnlyList<Token> t, int verb, int floor)
    {
        var end = verb;
        while (end > floor && (rules.Auxiliaries.Contains(t[end - 1].Lower) || (t[end - 1].IsLowerWord && t[end - 1].Text.Length > 4 && t[end - 1].Text.EndsWith("ly", StringComparison.Ordinal))))
        {
            end--;
        }

        return end;
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

    /// <summary>For a quote without its own attribution: the nearest verb of saying with a source in the same sentence.</summary>
    private Attribution? SentenceSpeaker(TextLayer layer, int open, bool[] inQuote, bool[] timeTokens)
    {
        var t = layer.Tokens;
        var sentence = layer.SentenceAt(open);
        Attribution? best = null;
        var bestDistance = int.MaxValue;
        for (var k = Math.Max(sentence.FirstToken, open - SpeakerWindow); k < Math.Min(sentence.EndToken, open + SpeakerWindow); k++)
        {
            if (inQuote[k] || !IsVerb(t[k]) || Math.Abs(k - open) >= bestDistance)
            {
                continue;
            }

            var a = SourceOf(layer, k, inQuote);
            if (a is null && k > sentence.FirstToken && t[k - 1].IsPunct(','))
            {
                var end = NounPhraseEnd(t, k + 1, inQuote);
                a = end > k + 1 && EndsClause(t, end) ? new Attribution(t[k].Start, t[k].End, t[k + 1].Start, t[end - 1].End) : null;
            }

            if (a is not null)
            {
                best = a;
                bestDistance = Math.Abs(k - open);
            }
        }

        return best;
    }

    /// <summary>Pronoun subjects that may voice a scare quote in their own clause ("she called it "outrageous"").</summary>
    private static readonly HashSet<string> SubjectPronouns = new(["he", "she", "they"], StringComparer.Ordinal);

    /// <summary>
    /// For a quote inside a clause with no verb of saying ("Clinton called them "deplorables""): the clause's
    /// subject, i.e. the first person, organisation or personal pronoun before the quote in its sentence that
    /// is not the object of a lowercase word and is followed by a lowercase word (its verb) or a possessive.
    /// </summary>
    private static Attribution? SubjectSpeaker(TextLayer layer, int open, IReadOnlyList<EntityMention> entities, bool[] inQuote)
    {
        var t = layer.Tokens;
        var sentence = layer.SentenceAt(open);
        var from = Math.Max(sentence.FirstToken, open - SpeakerWindow);
        bool Subject(int first, int last) =>
            (first == sentence.FirstToken || !t[first - 1].IsLowerWord || t[first - 1].Is("the"))
            && last + 1 < open && !inQuote[last + 1]
            && (t[last + 1].IsLowerWord || t[last + 1].Text.StartsWith('\'') || t[last + 1].Text.StartsWith('\u2019'));

        var e = FirstEntityAtOrAfter(entities, t[from].Start);
        for (var k = from; k < open; k++)
        {
            if (t[k].IsWord && SubjectPronouns.Contains(t[k].Lower) && Subject(k, k))
            {
                return new Attribution(t[k + 1].Start, t[k + 1].End, t[k].Start, t[k].End);
            }

            while (e < entities.Count && entities[e].Span.Start < t[k].Start)
            {
                e++;
            }

            if (e < entities.Count && entities[e].Span.Start == t[k].Start && entities[e].Kind is EntityKind.Person or EntityKind.Organization)
            {
                var last = layer.TokenAt(entities[e].Span.End - 1);
                if (last < open && Subject(k, last))
                {
                    return new Attribution(t[last + 1].Start, t[last + 1].End, t[k].Start, t[last].End);
                }
            }
        }

        return null;
    }

    private static int FirstEntityAtOrAfter(IReadOnlyList<EntityMention> entities, int offset)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (entities[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private List<QuoteMention> Indirect(TextLayer layer, PersonIndex entities, bool[] inQuote, HashSet<int> usedCues,
        bool[] timeTokens, string articleId, List<QuoteMention> direct, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var found = new List<QuoteMention>();
        bool[]? noTimes = null;
        foreach (var sentence in layer.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!inQuote[sentence.FirstToken] && (t[sentence.FirstToken].NewlinesBefore > 0 || sentence.FirstToken == 0)
                && Label(t, sentence.FirstToken, Math.Min(sentence.EndToken, sentence.FirstToken + 5), entities.Persons) is { } label
                && LabelledParagraph(layer, layer.TokenAt(label.CueEnd), inQuote) is { } said && !Overlaps(direct, said.Start, said.End))
            {
                // "PENCE: Well, the question really should be ...": a transcript turn runs to its paragraph's end.
                found.Add(Mention(layer, articleId, said.Start, said.End, label, entities, QuoteKind.Indirect));
            }

            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (inQuote[k] || usedCues.Contains(k))
                {
                    continue;
                }

                if (rules.SourceFirstCues.TryMatch(t, k, out _, out var cueEnd))
                {
                    noTimes ??= new bool[t.Count];
                    if (AccordingTo(layer, sentence, k, cueEnd, inQuote, noTimes, entities, articleId) is { } according && !Overlaps(direct, according.Content.Start, according.Content.End))
                    {
                        found.Add(according);
                    }

                    continue;
                }

                if (!IsVerb(t[k]) || (k > sentence.FirstToken && t[k - 1].Is("to")))
                {
                    continue;
                }

                Attribution? a;
                if (rules.ContinuationCues.Contains(t[k].Lower) && k > sentence.FirstToken && t[k - 1].IsPunct(','))
                {
                    var earlier = LastCueBefore(found, t[sentence.FirstToken].Start, t[k].Start) ?? LastCueBefore(direct, t[sentence.FirstToken].Start, t[k].Start);
                    var content = Content(layer, sentence, k + 1, inQuote, timeTokens);
                    if (content is not { } c2 || Overlaps(direct, c2.Start, c2.End))
                    {
                        continue;
                    }

                    if (earlier is not null)
                    {
                        found.Add(new QuoteMention(new Span(articleId, c2.Start, c2.End), new Span(articleId, t[k].Start, t[k].End), earlier.Source, earlier.Speaker, QuoteKind.Indirect));
                    }
                    else if (SentenceSubject(layer, k, inQuote) is { } subject)
                    {
                        found.Add(Mention(layer, articleId, c2.Start, c2.End, subject, entities, QuoteKind.Indirect));
                    }

                    continue;
                }

                if (k > sentence.FirstToken + 1 && t[k - 1].IsPunct(',') && NounPhraseEnd(t, k + 1, inQuote) is var npEnd && npEnd > k + 1
                    && (npEnd >= sentence.EndToken || (npEnd == sentence.EndToken - 1 && t[npEnd].Kind == TokenKind.Punct)))
                {
                    // "The losses would outstrip the gains, said Mark Doyle.": the source follows the verb at the sentence's end.
                    var before = Trim(layer.Text, t[sentence.FirstToken].Start, t[k - 2].End);
                    if (before.Item2 - before.Item1 >= 3 && !Overlaps(direct, before.Item1, before.Item2))
                    {
                        found.Add(Mention(layer, articleId, before.Item1, before.Item2, new Attribution(t[k].Start, t[k].End, t[k + 1].Start, t[npEnd - 1].End), entities, QuoteKind.Indirect));
                    }

                    continue;
                }

                a = SourceOf(layer, k, inQuote);

                if (a is null)
                {
                    continue;
                }

                var sourceFirst = layer.TokenAt(a.SourceStart);
                (int Start, int End)? span = sourceFirst > sentence.FirstToken + 1 && t[sourceFirst - 1].IsPunct(',') && IsPostposed(layer, sentence, k, timeTokens)
                    ? Trim(layer.Text, t[sentence.FirstToken].Start, t[sourceFirst - 2].End)
                    : Content(layer, sentence, k + 1, inQuote, timeTokens);
                if (span is not { } content2 || content2.End - content2.Start < 3 || Overlaps(direct, content2.Start, content2.End)
                    || (rules.ClauseOnlyVerbs.Contains(t[k].Lower) && layer.TokenAt(content2.Start) is var c0 && (t[c0].Is("to") || t[c0].Lower.EndsWith("ing", StringComparison.Ordinal)))
                    || (layer.TokenAt(content2.Start) is var c1 && c1 == k + 1 && t[c1].IsLowerWord && rules.NotContentStart.Contains(t[c1].Lower)))
                {
                    continue;
                }

                found.Add(Mention(layer, articleId, content2.Start, content2.End, a, entities, QuoteKind.Indirect));
            }
        }

        return found;
    }

    /// <summary>The text after a speaker label's colon to the end of its paragraph, when it holds a few words outside quotes.</summary>
    private static (int Start, int End)? LabelledParagraph(TextLayer layer, int from, bool[] inQuote)
    {
        var t = layer.Tokens;
        var end = from;
        while (end < t.Count && (end == from || t[end].NewlinesBefore == 0))
        {
            end++;
        }

        return end - from >= 3 && !inQuote[from] ? Trim(layer.Text, t[from].Start, t[end - 1].End) : null;
    }

    /// <summary>Whether a direct quote fills nearly all of [start, end) (then the indirect reading adds nothing). Quotes are in text order.</summary>
    private static bool Overlaps(List<QuoteMention> quotes, int start, int end)
    {
        for (var k = FirstAtOrAfter(quotes, start); k < quotes.Count && quotes[k].Content.Start <= start + 12; k++)
        {
            var q = quotes[k];
            if (q.Content.End <= end && q.Kind == QuoteKind.Direct && end - start - (q.Content.End - q.Content.Start) < 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last quote (of a list in text order) whose cue lies in [from, before), looking back a few quotes only.</summary>
    private static QuoteMention? LastCueBefore(List<QuoteMention> quotes, int from, int before)
    {
        for (var k = Math.Min(quotes.Count, FirstAtOrAfter(quotes, before) + 4) - 1; k >= 0 && k >= quotes.Count - 64; k--)
        {
            if (quotes[k].Cue is { } c && c.Start >= from && c.Start < before)
            {
                return quotes[k];
            }

            if (quotes[k].Content.End < from)
            {
                break;
            }
        }

        return null;
    }

    private static int FirstAtOrAfter(List<QuoteMention> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Content.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether "X said" closes its sentence: nothing but time words, punctuation or a prepositional phrase follows.</summary>
    private bool IsPostposed(TextLayer layer, SentenceSlice sentence, int verb, bool[] timeTokens)
    {
        var t = layer.Tokens;
        var i = verb + 1;
        while (i < sentence.EndToken && timeTokens[i])
        {
            i++;
        }

        return i >= sentence.EndToken || t[i].Kind == TokenKind.Punct || rules.PostposedFollowers.Contains(t[i].Lower);
    }

    /// <summary>What follows a verb of saying: past a hearer ("told reporters"), time words and "that", to the sentence end.</summary>
    private (int Start, int End)? Content(TextLayer layer, SentenceSlice sentence, int i, bool[] inQuote, bool[] timeTokens)
    {
        var t = layer.Tokens;
        if (i - 1 >= 0 && rules.HearerVerbs.Contains(t[i - 1].Lower) && i < sentence.EndToken && t[i].IsWord && !rules.Complementizers.Contains(t[i].Lower))
        {
            i++;
        }

        while (i < sentence.EndToken && (timeTokens[i] || t[i].Is("on") || rules.Complementizers.Contains(t[i].Lower) || t[i].IsPunct(',') || t[i].IsPunct(':')))
        {
            i++;
        }

        if (i >= sentence.EndToken || (t[i].IsPunct('.') && i == sentence.EndToken - 1))
        {
            return null;
        }

        var end = sentence.EndToken - 1;
        while (end > i && t[end].Kind == TokenKind.Punct && !(t[end].Text[0] is '"' or '\u201D' or ')'))
        {
            end--;
        }

        return Trim(layer.Text, t[i].Start, t[end].End);
    }

    /// <summary>"According to X, content." or "Content, according to X."</summary>
    private QuoteMention? AccordingTo(TextLayer layer, SentenceSlice sentence, int cue, int cueEnd, bool[] inQuote, bool[] noTimes, PersonIndex entities, string articleId)
    {
        var t = layer.Tokens;
        var end = cueEnd;
        while (end < sentence.EndToken && end - cueEnd < MaxSourceTokens * 2 && !inQuote[end] && (t[end].IsWord || t[end].Kind == TokenKind.Number))
        {
            end++;
        }

        if (end == cueEnd)
        {
            return null;
        }

        var a = new Attribution(t[cue].Start, t[cueEnd - 1].End, t[cueEnd].Start, t[end - 1].End);
        (int Start, int End)? content = null;
        if (cue == sentence.FirstToken && end < sentence.EndToken && t[end].IsPunct(','))
        {
            content = Content(layer, sentence, end + 1, inQuote, noTimes);
        }
        else if (cue > sentence.FirstToken + 1 && t[cue - 1].IsPunct(','))
        {
            content = Trim(layer.Text, t[sentence.FirstToken].Start, t[cue - 2].End);
        }

        return content is { } c ? Mention(layer, articleId, c.Start, c.End, a, entities, QuoteKind.Indirect) : null;
    }
}
