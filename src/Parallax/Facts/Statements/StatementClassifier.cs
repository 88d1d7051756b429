using Parallax.Documents;
using Parallax.Facts.Quotes;
using Parallax.Facts.Sentences;

namespace Parallax.Facts.Statements;

/// <summary>
/// Gives each sentence its attribution status. A sentence with a quote or a verb of saying whose source the
/// quote stage names is attributed; one whose only source is unnamed ("many say") or that carries a hedge
/// outside quotation marks is hedged; any other is asserted in the outlet's own voice. Hedges and evaluative
/// words are looked for outside quotation marks only, where the words are the outlet's. One linear pass.
/// </summary>
internal sealed class StatementClassifier(StatementRules rules)
{
    public List<Statement> Classify(TextLayer layer, QuotedText quotedText, IReadOnlyList<QuoteMention> quotes, string articleId, CancellationToken cancellationToken)
    {
        var tokens = layer.Tokens;
        var quoted = quotedText.Tokens;

        // The quotes of each sentence: those whose cue is in it or whose content is in it.
        var bySentence = new List<QuoteMention>?[layer.Sentences.Count];
        foreach (var quote in quotes)
        {
            if (tokens.Count == 0)
            {
                break;
            }

            // A quote in quotation marks covers each sentence it overlaps; indirect speech only the one it starts in.
            var first = layer.SentenceOf[Math.Min(layer.TokenAt(quote.Content.Start), tokens.Count - 1)];
            var last = quote.Kind == QuoteKind.Indirect ? first
                : layer.SentenceOf[Math.Min(layer.TokenAt(Math.Max(quote.Content.Start, quote.Content.End - 1)), tokens.Count - 1)];
            for (var s = first; s <= last && s >= 0; s++)
            {
                (bySentence[s] ??= []).Add(quote);
            }

            if (quote.Cue is { } cue && layer.TokenAt(cue.Start) < tokens.Count && layer.SentenceOf[layer.TokenAt(cue.Start)] is var c && (c < first || c > last))
            {
                (bySentence[c] ??= []).Add(quote);
            }
        }

        var statements = new List<Statement>(layer.Sentences.Count);
        bool Quoted(int k) => quoted[k];
        for (var s = 0; s < layer.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = layer.Sentences[s];
            var hedges = Cues(layer, rules.Hedges.Matches(tokens, sentence.FirstToken, sentence.EndToken, Quoted), articleId);
            var evaluative = Cues(layer, rules.Evaluative.Matches(tokens, sentence.FirstToken, sentence.EndToken, Quoted), articleId);
            var span = new Span(articleId, sentence.Start, sentence.End);
            // A verb of saying inside a hedge ("is believed to", "is said to") reports nobody's statement.
            var reports = bySentence[s]?.Where(q => q.Cue is not { } cue || !hedges.Exists(h => h.Span.Start <= cue.Start && cue.End <= h.Span.End)).ToList();
            var named = reports?.FirstOrDefault(q => IsNamed(layer.Text, q));
            var unnamed = reports?.FirstOrDefault(q => !IsNamed(layer.Text, q) && q.Source is not null);
            if (unnamed is not null)
            {
                var from = Math.Min(unnamed.Source!.Value.Start, unnamed.Cue?.Start ?? int.MaxValue);
                var to = Math.Max(unnamed.Source!.Value.End, unnamed.Cue?.End ?? 0);
                hedges = [.. hedges.Where(h => h.Span.End <= from || h.Span.Start >= to),
                    new StatementCue(new Span(articleId, from, to), layer.Text[from..to], "unnamed source")];
                hedges.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }

            var status = named is not null ? StatementStatus.Attributed
                : hedges.Count > 0 ? StatementStatus.Hedged
                : StatementStatus.Asserted;
            statements.Add(new Statement(span, status)
            {
                Source = named?.Speaker ?? (named?.Source is { } source ? layer.Text[source.Start..source.End] : null),
                SourceSpan = named?.Source,
                Cue = named?.Cue ?? (status == StatementStatus.Hedged ? unnamed?.Cue : null),
                Hedges = hedges,
                Evaluative = evaluative,
            });
        }

        return statements;
    }

    /// <summary>Whether the quote has a source that is not made only of unnamed-source words ("many", "some critics").</summary>
    private bool IsNamed(string text, QuoteMention quote)
    {
        if (quote.Source is not { } source)
        {
            return quote.Speaker is not null;
        }

        foreach (var word in text[source.Start..source.End].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!rules.UnnamedSourceWords.Contains(word.Trim(',', '.', ';', ':')))
            {
                return true;
            }
        }

        return false;
    }

    private static List<StatementCue> Cues(TextLayer layer, List<PhraseMatcher<string>.Match> matches, string articleId)
    {
        var cues = new List<StatementCue>(matches.Count);
        foreach (var m in matches)
        {
            var start = layer.Tokens[m.First].Start;
            var end = layer.Tokens[m.End - 1].End;
            cues.Add(new StatementCue(new Span(articleId, start, end), layer.Text[start..end], m.Value));
        }

        return cues;
    }
}
