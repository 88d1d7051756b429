using Parallax.Facts;

namespace Parallax.Comparison;

/// <summary>
/// Aligns dates and times across articles by the event they belong to (the content words of their sentence)
/// and compares their TIMEX3 values (TimeML 1.2.1, section 2.2.1: "XXXX" and "XX" stand for unknown parts).
/// The same value stated differently ("yesterday", "March 10") is agreed; the same day at another precision
/// ("2025-03" and "2025-03-10") is consistent; different values for one event are a conflict.
/// </summary>
internal sealed class DateAligner(ContentWords words)
{
    private sealed record Item(ArticleView Article, TimeMention Mention, string Value, HashSet<string> Context);

    public List<FactDraft> Align(IReadOnlyList<ArticleView> articles, int maxItems)
    {
        var items = new List<Item>();
        foreach (var article in articles)
        {
            foreach (var t in article.Analyzed.Times
                .Where(t => t.Type is TimexType.Date or TimexType.Time && article.Valid(t.Span) && !string.IsNullOrWhiteSpace(t.Value) && t.Function != CreationTime)
                .OrderBy(t => t.Span.Start))
            {
                if (items.Count >= maxItems)
                {
                    break;
                }

                var (from, to) = article.SentenceAround(t.Span.Start, t.Span.End);
                items.Add(new Item(article, t, t.Value.Trim().ToUpperInvariant(), words.Around(article.Text, from, to, t.Span.Start, t.Span.End, words.Rules.ContextWords)));
            }
        }

        var stated = items.Select(i => (i.Article.Index, i.Value)).ToHashSet();
        var links = new List<(int, int, double)>();
        var related = new HashSet<(int, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                var (dice, shared) = ContentWords.Overlap(a.Context, b.Context);
                var sameValue = string.Equals(a.Value, b.Value, StringComparison.Ordinal);
                if (a.Article.Index == b.Article.Index)
                {
                    // An article gives one date per event: its own different dates are different events.
                    if (sameValue && dice >= words.Rules.ContextThreshold)
                    {
                        related.Add((i, j));
                    }

                    continue;
                }

                // Two different dates are one event's only when their contexts are close and neither outlet
                // also gives the other's date (then each is simply telling two things).
                var compatible = Compatible(a.Value, b.Value);
                var sameEvent = shared >= words.Rules.ContextMinShared && (compatible
                    ? dice >= words.Rules.ContextThreshold
                    : dice >= words.Rules.ConflictThreshold && !stated.Contains((a.Article.Index, b.Value)) && !stated.Contains((b.Article.Index, a.Value)));
                // The same calendar day in two articles of one story is taken as the same date even when the
                // words around it differ; coarser values (a year, a month) need a shared word too.
                if (sameEvent || (sameValue && (shared >= 1 || IsDayOrFiner(a.Value))))
                {
                    related.Add((i, j));
                    links.Add((i, j, dice + (sameValue ? 1 : 0)));
                }
            }
        }

        var groups = Drafting.Agglomerate(items.Count, links, (x, y) => related.Contains(x < y ? (x, y) : (y, x)));
        return [.. groups.Select(c => Judge([.. c.Select(i => items[i])]))];
    }

    private static bool IsDayOrFiner(string value) =>
        value.Length >= 10 && LooksLikeCalendar(value) && value[4] == '-' && value[7] == '-' && !value.Contains('X', StringComparison.Ordinal);

    /// <summary>
    /// TIMEX3 functionInDocument of a dateline's date: it says when the outlet filed the story, not when anything
    /// in it happened, so it is not compared.
    /// </summary>
    private const string CreationTime = "CREATION_TIME";

    private static FactDraft Judge(List<Item> group)
    {
        var mentions = group.Select(i => new DraftMention(i.Article, i.Mention.Span.Start, i.Mention.Span.End, i.Value)).ToList();
        var first = group[0];
        var (from, to) = first.Article.SentenceAround(first.Mention.Span.Start, first.Mention.Span.End);
        var context = Drafting.Short(first.Article.Slice(from, to), 80);
        var stated = group.Select(i => ("\u201C" + Drafting.Short(i.Mention.Text, 40) + "\u201D", i.Article)).ToList();
        if (Drafting.SourceCount(group.Select(i => i.Article)) < 2)
        {
            return new FactDraft(FactKind.Date, FactStatus.Unique, group.Select(i => i.Value).Order(StringComparer.Ordinal).First(), $"{first.Value} ({context})", mentions, Drafting.UniqueNote(mentions) + $", stated as {Drafting.Forms(stated)}");
        }

        var conflict = false;
        for (var i = 0; i < group.Count && !conflict; i++)
        {
            for (var j = i + 1; j < group.Count && !conflict; j++)
            {
                conflict = group[i].Article.SourceKey != group[j].Article.SourceKey && !Compatible(group[i].Value, group[j].Value);
            }
        }

        if (conflict)
        {
            var values = group.Select(i => i.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return new FactDraft(
                FactKind.Date,
                FactStatus.Conflict,
                string.Join(" vs ", values),
                $"{string.Join(" vs ", values)} ({context})",
                mentions,
                $"different dates for the same event: {Drafting.Forms(group.Select(i => ($"{i.Value} as \u201C{Drafting.Short(i.Mention.Text, 40)}\u201D", i.Article)))}");
        }

        var best = group.OrderByDescending(i => Specificity(i.Value)).ThenBy(i => i.Value, StringComparer.Ordinal).First().Value;
        if (group.All(i => string.Equals(i.Value, first.Value, StringComparison.Ordinal)))
        {
            var differently = group.Select(i => i.Mention.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
            var note = $"{Drafting.SourceCount(group.Select(i => i.Article))} independent sources agree on {first.Value}";
            return new FactDraft(FactKind.Date, FactStatus.Agreed, first.Value, $"{first.Value} ({context})", mentions, differently ? $"{note}, stated differently: {Drafting.Forms(stated)}" : note);
        }

        return new FactDraft(
            FactKind.Date,
            FactStatus.Consistent,
            best,
            $"{best} ({context})",
            mentions,
            $"compatible dates at different precision: {Drafting.Forms(group.Select(i => ($"{i.Value} as \u201C{Drafting.Short(i.Mention.Text, 40)}\u201D", i.Article)))}");
    }

    /// <summary>Two TIMEX3 values that can name the same time: equal where both are known, one a prefix of the other.</summary>
    internal static bool Compatible(string a, string b)
    {
        if (!LooksLikeCalendar(a) || !LooksLikeCalendar(b))
        {
            return true;
        }

        if (a.Contains('W', StringComparison.Ordinal) || b.Contains('W', StringComparison.Ordinal))
        {
            return Compatible(a[..4], b[..4]);
        }

        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i] && a[i] != 'X' && b[i] != 'X')
            {
                return false;
            }
        }

        var rest = a.Length > n ? a[n] : b.Length > n ? b[n] : '-';
        return rest is '-' or 'T' or ':' or '.';
    }

    /// <summary>A calendar value ("2025", "2025-03-10T14:00", "XXXX-03-10"), not a reference word ("PAST_REF").</summary>
    private static bool LooksLikeCalendar(string value) =>
        value.Length >= 4 && value.Take(4).All(c => char.IsAsciiDigit(c) || c == 'X');

    private static int Specificity(string value) => value.Count(c => c != 'X');
}
