using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>Indirect speech: verbs of saying outside quotes, their content, "according to", and overlap with direct quotes.</summary>
internal sealed partial class QuoteExtractor
{
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
