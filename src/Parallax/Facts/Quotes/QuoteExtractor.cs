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
internal sealed partial class QuoteExtractor(AttributionRules rules, SpeakerResolver speakers)
{
    private const int MaxSourceTokens = 8;

    /// <summary>How far (in tokens) from a quote its sentence's verb of saying is looked for.</summary>
    private const int SpeakerWindow = 60;

    /// <summary>How far (in tokens) after a speaker's quote a bare quote paragraph still continues it.</summary>
    private const int ContinuationWindow = 250;

    private bool IsVerb(Token token) => token.IsLowerWord && rules.SpeechVerbs.Contains(token.Lower);

    /// <summary>A cue and a source; when the source holds a name and its apposition, NameEnd ends the name (the speaker is found there).</summary>
    private sealed record Attribution(int CueStart, int CueEnd, int SourceStart, int SourceEnd, int NameEnd = -1);

    public List<QuoteMention> Extract(TextLayer layer, QuotedText quoted, IReadOnlyList<EntityMention> entities, bool[] timeTokens, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var (segments, inQuote) = quoted;

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
}
