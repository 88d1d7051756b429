using Parallax.Documents;

namespace Parallax.Facts.Quotes;

/// <summary>
/// Groups an article's quotes into attributions as PolNeAR and PARC annotate them: a quote marked
/// <see cref="QuoteMention.ContinuesTurn"/> joins the latest earlier quote with the same cue ("A," she said, "B."
/// is one attribution with two parts), and a partial quote inside an indirect one ("X said the plan was "a
/// mistake"") is part of that indirect attribution. Every other quote is one of its own. Order is kept (by each
/// group's first quote); the analysis itself keeps every quote, so that the comparison can align quoted words.
/// </summary>
public static class QuoteTurns
{
    /// <summary>How many groups (or quotes) back a quote looks for the one it joins.</summary>
    private const int Lookback = 16;

    public static IReadOnlyList<IReadOnlyList<QuoteMention>> Group(IReadOnlyList<QuoteMention> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var turns = new List<List<QuoteMention>>(quotes.Count);
        var turnOf = new Dictionary<QuoteMention, List<QuoteMention>>(ReferenceEqualityComparer.Instance);
        var inside = new List<(QuoteMention Quote, QuoteMention Container)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (q.Kind == QuoteKind.Partial && Container(quotes, i) is { } container)
            {
                inside.Add((q, container));
                continue;
            }

            var joined = q.ContinuesTurn && q.Cue is { } cue ? Continued(turns, cue) : null;
            if (joined is null)
            {
                joined = [];
                turns.Add(joined);
            }

            joined.Add(q);
            turnOf[q] = joined;
        }

        foreach (var (q, container) in inside)
        {
            turnOf[container].Add(q);
        }

        return turns;
    }

    private static List<QuoteMention>? Continued(List<List<QuoteMention>> turns, Span cue)
    {
        for (var k = turns.Count - 1; k >= Math.Max(0, turns.Count - Lookback); k--)
        {
            if (turns[k][0].Cue == cue)
            {
                return turns[k];
            }
        }

        return null;
    }

    /// <summary>An indirect quote (of a list in text order) whose content holds the partial quote at <paramref name="i"/> (its marks allowed for).</summary>
    private static QuoteMention? Container(IReadOnlyList<QuoteMention> quotes, int i)
    {
        var c = quotes[i].Content;
        for (var k = Math.Max(0, i - Lookback); k < Math.Min(quotes.Count, i + Lookback); k++)
        {
            var q = quotes[k];
            if (k != i && q.Kind == QuoteKind.Indirect && q.Content.Start <= c.Start + 1 && q.Content.End >= c.End - 1)
            {
                return q;
            }

            if (q.Content.Start > c.End)
            {
                break;
            }
        }

        return null;
    }
}
