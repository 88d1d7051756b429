using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quotes;

/// <summary>Speakers from context for quotes without their own attribution: the sentence's speaker, clause subjects and speaker labels.</summary>
internal sealed partial class QuoteExtractor
{
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
}
