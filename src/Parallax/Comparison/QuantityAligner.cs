using Parallax.Facts;

namespace Parallax.Comparison;

/// <summary>
/// Aligns quantity mentions across articles by what they count (the counted noun's class, plus the unit) and by
/// the sentence around them, then judges each group: the same value is agreed; values that the approximation or
/// rounding of one allows are consistent; values that cannot both hold are a conflict; one source is unique.
/// </summary>
internal sealed class QuantityAligner(ContentWords words)
{
    private sealed record Item(ArticleView Article, QuantityMention Mention, string Key, HashSet<string> Context, string Form);

    private readonly record struct Interval(double Low, double High, bool LowOpen, bool HighOpen)
    {
        public bool Overlaps(Interval other) =>
            Below(Low, LowOpen, other.High, other.HighOpen) && Below(other.Low, other.LowOpen, High, HighOpen);

        private static bool Below(double low, bool lowOpen, double high, bool highOpen) =>
            low < high || (low == high && !lowOpen && !highOpen);
    }

    public List<FactDraft> Align(IReadOnlyList<ArticleView> articles, int maxItems)
    {
        var items = new List<Item>();
        foreach (var article in articles)
        {
            foreach (var q in article.Analyzed.Quantities.Where(q => article.Valid(q.Span) && double.IsFinite(q.Value)).OrderBy(q => q.Span.Start))
            {
                if (items.Count >= maxItems)
                {
                    break;
                }

                var key = (q.Unit?.Trim().ToLowerInvariant() ?? "") + "|" + (words.CountedClass(q.Counted) ?? "");
                var (from, to) = article.SentenceAround(q.Span.Start, q.Span.End);
                items.Add(new Item(article, q, key, words.Around(article.Text, from, to, q.Span.Start, q.Span.End, words.Rules.ContextWords), Describe(q, readable: false, words.CountedClass(q.Counted))));
            }
        }

        var links = new List<(int, int, double)>();
        var related = new HashSet<(int, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (!string.Equals(a.Key, b.Key, StringComparison.Ordinal) && !SameFigure(a, b))
                {
                    continue;
                }

                var (dice, shared) = ContentWords.Overlap(a.Context, b.Context);
                var sameForm = string.Equals(a.Form, b.Form, StringComparison.Ordinal);
                if (a.Article.Index == b.Article.Index)
                {
                    // One article may repeat a figure (headline and body); two figures of its own are two facts.
                    if (sameForm && dice >= words.Rules.ContextThreshold)
                    {
                        related.Add((i, j));
                    }

                    continue;
                }

                var sameContext = dice >= words.Rules.ContextThreshold && shared >= words.Rules.ContextMinShared;
                var sameCount = a.Key != "|" && sameForm && shared >= 1;
                if (sameContext || sameCount)
                {
                    related.Add((i, j));
                    links.Add((i, j, dice + (sameForm ? 1 : 0)));
                }
            }
        }

        var groups = Drafting.Agglomerate(items.Count, links, (x, y) => related.Contains(x < y ? (x, y) : (y, x)));
        return [.. groups.Select(c => Judge([.. c.Select(i => items[i])]))];
    }

    /// <summary>
    /// The same large figure, stated alike in two articles, counting things named differently ("230,000 members of
    /// the security forces", "230,000 security forces"): one fact when the words around it agree too.
    /// </summary>
    private static bool SameFigure(Item a, Item b) =>
        a.Article.Index != b.Article.Index
        && a.Mention.Value == b.Mention.Value
        && Math.Abs(a.Mention.Value) >= 100
        && a.Mention.Approximation == b.Mention.Approximation
        && string.Equals(a.Mention.Unit?.Trim() ?? "", b.Mention.Unit?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);

    private FactDraft Judge(List<Item> group)
    {
        var mentions = group.Select(i => new DraftMention(i.Article, i.Mention.Span.Start, i.Mention.Span.End, i.Form)).ToList();
        var first = group[0];
        var counted = words.CountedClass(first.Mention.Counted) ?? Thing(first.Mention);
        var (from, to) = first.Article.SentenceAround(first.Mention.Span.Start, first.Mention.Span.End);
        var context = Drafting.Short(first.Article.Slice(from, to), 80);
        var stated = group.Select(i => (Describe(i.Mention, readable: true), i.Article)).ToList();

        if (Drafting.SourceCount(group.Select(i => i.Article)) < 2)
        {
            return new FactDraft(FactKind.Quantity, FactStatus.Unique, group.Select(i => i.Form).Order(StringComparer.Ordinal).First(), $"{Describe(first.Mention, readable: true)} ({context})", mentions, Drafting.UniqueNote(mentions));
        }

        var intervals = group.Select(i => IntervalOf(i.Mention)).ToList();
        var conflict = false;
        for (var i = 0; i < group.Count && !conflict; i++)
        {
            for (var j = i + 1; j < group.Count && !conflict; j++)
            {
                conflict = group[i].Article.SourceKey != group[j].Article.SourceKey && !intervals[i].Overlaps(intervals[j]);
            }
        }

        if (conflict)
        {
            var forms = group.Select(i => i.Form).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return new FactDraft(
                FactKind.Quantity,
                FactStatus.Conflict,
                string.Join(" vs ", forms),
                $"{counted}: {string.Join(" vs ", stated.Select(s => s.Item1).Distinct(StringComparer.Ordinal))} ({context})",
                mentions,
                $"values cannot both be true: {Drafting.Forms(stated)}");
        }

        var consensus = group
            .GroupBy(i => i.Form, StringComparer.Ordinal)
            .OrderByDescending(g => Drafting.SourceCount(g.Select(i => i.Article)))
            .ThenBy(g => g.First().Mention.Approximation == Approximation.Exact ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First();
        var figure = Describe(first.Mention, readable: false, counted: "");
        if (group.All(i => string.Equals(Describe(i.Mention, readable: false, counted: ""), figure, StringComparison.Ordinal)))
        {
            var sameThing = group.All(i => string.Equals(i.Form, first.Form, StringComparison.Ordinal));
            var texts = group.Select(i => i.Mention.Text.Trim()).Distinct(StringComparer.Ordinal).Count();
            var how = !sameThing
                ? $"stated as {Drafting.Forms(group.Select(i => (Describe(i.Mention, readable: true), i.Article)))}"
                : texts > 1 ? $"stated as {Drafting.Forms(group.Select(i => ("\u201C" + i.Mention.Text.Trim() + "\u201D", i.Article)))}" : $"stated as {Describe(first.Mention, readable: true)}";
            return new FactDraft(FactKind.Quantity, FactStatus.Agreed, first.Form, $"{Describe(first.Mention, readable: true)} ({context})", mentions, $"{Drafting.SourceCount(group.Select(i => i.Article))} independent sources agree; {how}");
        }

        var reason = group.Any(i => i.Mention.Approximation != Approximation.Exact)
            ? "compatible within the approximation stated"
            : "compatible figures at different precision";
        return new FactDraft(
            FactKind.Quantity,
            FactStatus.Consistent,
            consensus.Form,
            $"{Describe(consensus.Mention, readable: true)} ({context})",
            mentions,
            $"{reason}: {Drafting.Forms(stated)}");
    }

    private Interval IntervalOf(QuantityMention q)
    {
        var v = q.Value;
        var tolerance = words.Rules.ToleranceOf(q.Approximation);
        if (q.Approximation == Approximation.Exact && IsRounded(v))
        {
            tolerance = new Tolerance(words.Rules.RoundedRelative, words.Rules.RoundedRelative);
        }

        var scale = Math.Abs(v);
        var low = tolerance.Below is { } below ? v - (below * scale) : double.NegativeInfinity;
        var high = tolerance.Above is { } above ? v + (above * scale) : double.PositiveInfinity;
        var open = tolerance.Exclusive;
        return new Interval(low, high, open && tolerance.Below == 0, open && tolerance.Above == 0);
    }

    private bool IsRounded(double value)
    {
        if (value == 0 || Math.Abs(value) > 1e15 || Math.Floor(value) != value)
        {
            return false;
        }

        var n = (long)Math.Abs(value);
        var zeros = 0;
        while (n % 10 == 0 && n > 0)
        {
            zeros++;
            n /= 10;
        }

        return zeros >= words.Rules.RoundedTrailingZeros;
    }

    private static string Thing(QuantityMention q) =>
        q.Unit is { Length: > 0 } unit ? unit.Trim() : q.Counted is { Length: > 0 } counted ? counted.Trim() : "quantity";

    /// <summary>"about 12000 people": the approximation, the number and what it counts or its unit.</summary>
    internal static string Describe(QuantityMention q, bool readable, string? counted = null)
    {
        var number = readable ? Drafting.Readable(q.Value) : Drafting.Number(q.Value);
        var prefix = q.Approximation switch
        {
            Approximation.About => "about ",
            Approximation.AtLeast => "at least ",
            Approximation.MoreThan => "more than ",
            Approximation.AtMost => "at most ",
            Approximation.LessThan => "less than ",
            Approximation.Vague => "roughly ",
            _ => "",
        };
        var what = string.Join(' ', new[] { q.Unit, counted ?? q.Counted }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        return (prefix + number + (what.Length > 0 ? " " + what : "")).Trim();
    }
}
