using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Quantities;

/// <summary>
/// Finds quantities: an optional approximation cue ("about", "more than"), a currency symbol before
/// ("$"), a number in digits or words, a unit after ("km", "percent"), and the counted noun after the
/// number ("12,000 residents"). Tokens already taken by time expressions (years, dates, durations, clock
/// times) are skipped, and so are ordinals and numbers inside names ("Boeing 737").
/// </summary>
internal sealed class QuantityExtractor(NumberRules rules, NumberReader numbers)
{
    /// <summary>Every word a quantity can start at: an approximation cue, a unit written before, or a number.</summary>
    private readonly StartWords _starts = new([.. rules.Approximations.FirstWords, .. rules.UnitsBefore.FirstWords, .. numbers.FirstWords]);

    private static readonly HashSet<string> Collectives = new(["people", "police", "staff", "personnel", "livestock", "cattle", "children", "men", "women", "militia"], StringComparer.Ordinal);

    public List<QuantityMention> Extract(TextLayer layer, bool[] taken, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var found = new List<QuantityMention>();
        var i = 0;
        while (i < t.Count)
        {
            if ((i & 511) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = TryAt(layer, taken, i, articleId, found);
            i = end > i ? end : i + 1;
        }

        return found;
    }

    private int TryAt(TextLayer layer, bool[] taken, int i, string articleId, List<QuantityMention> found)
    {
        var t = layer.Tokens;
        if (taken[i] || !_starts.Allows(t[i]))
        {
            return -1;
        }

        var start = i;
        var approximation = Approximation.Exact;
        var j = i;
        if (rules.Approximations.TryMatch(t, j, out var cue, out var afterCue) && afterCue < t.Count && !taken[afterCue])
        {
            approximation = cue;
            j = afterCue;
        }

        string? unit = null;
        if (rules.UnitsBefore.TryMatch(t, j, out var before, out var afterSymbol) && afterSymbol < t.Count && t[afterSymbol].Kind == TokenKind.Number)
        {
            unit = before;
            j = afterSymbol;
        }

        if (!numbers.TryRead(t, j, out var number) || Overlaps(taken, number.Start, number.End) || (j == i && approximation != Approximation.Exact))
        {
            return -1;
        }

        if (number.Vague && number.End - number.Start == 1 && (number.End >= t.Count || !t[number.End].IsLowerWord))
        {
            return -1;
        }

        var end = number.End;
        if (unit is null && rules.UnitsAfter.TryMatch(t, end, out var after, out var afterUnit))
        {
            unit = after;
            end = afterUnit;
        }

        if (unit is null && IsInsideName(layer, number))
        {
            return -1;
        }

        var counted = unit is null ? Counted(t, number.Vague && end + 1 < t.Count && t[end].Is("of") ? end + 1 : end) : null;

        var from = t[start].Start;
        var to = t[end - 1].End;
        found.Add(new QuantityMention(new Span(articleId, from, to), layer.Text[from..to], number.Value, unit, counted, number.Vague ? Approximation.Vague : approximation));
        return end;
    }

    private static bool Overlaps(bool[] taken, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare number right after a capitalised word inside a sentence belongs to a name ("Boeing 737", "Route 66").</summary>
    private static bool IsInsideName(TextLayer layer, NumberPhrase number)
    {
        var t = layer.Tokens;
        if (number.InWords || number.End - number.Start > 1 || number.Start == 0)
        {
            return false;
        }

        var previous = t[number.Start - 1];
        var sentence = layer.SentenceAt(number.Start);
        return previous.IsCapitalized && number.Start - 1 > sentence.FirstToken && !t[number.Start].Text.Contains(',', StringComparison.Ordinal);
    }

    /// <summary>The noun a number counts: lowercase words after it up to the first plural ("security forces"), at most three.</summary>
    private string? Counted(IReadOnlyList<Token> t, int i)
    {
        var words = new List<Token>(3);
        for (var k = i; k < t.Count && words.Count < 3 && t[k].IsLowerWord && !rules.NotCounted.Contains(t[k].Lower); k++)
        {
            words.Add(t[k]);
            if (IsPlural(t[k].Lower))
            {
                return string.Join(' ', words.Select(w => w.Text));
            }
        }

        return words.Count > 0 ? words[0].Text : null;
    }

    private static bool IsPlural(string word) =>
        Collectives.Contains(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal));
}
