namespace Parallax.Facts.Quotes;

/// <summary>
/// Groups an article's quotes into speaker turns: a quote marked <see cref="QuoteMention.ContinuesTurn"/> joins
/// the latest earlier quote with the same cue ("A," she said, "B." is one attribution with two parts, as PolNeAR
/// and PARC annotate it). Every other quote is a turn of its own. Order is kept (by each turn's first quote).
/// </summary>
public static class QuoteTurns
{
    /// <summary>How many open turns back a continuation looks for its cue.</summary>
    private const int Lookback = 8;

    public static IReadOnlyList<IReadOnlyList<QuoteMention>> Group(IReadOnlyList<QuoteMention> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var turns = new List<List<QuoteMention>>(quotes.Count);
        foreach (var q in quotes)
        {
            var joined = false;
            if (q.ContinuesTurn && q.Cue is { } cue)
            {
                for (var k = turns.Count - 1; k >= Math.Max(0, turns.Count - Lookback); k--)
                {
                    if (turns[k][0].Cue == cue && turns[k][0].Kind != QuoteKind.Indirect)
                    {
                        turns[k].Add(q);
                        joined = true;
                        break;
                    }
                }
            }

            if (!joined)
            {
                turns.Add([q]);
            }
        }

        return turns;
    }
}
