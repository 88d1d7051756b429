using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// Finds the same quote in several articles: equal word sequences (case and punctuation ignored), or nearly
/// equal (a few words apart) are agreed; one article quoting a run of the other's words is consistent; the same
/// words given to different speakers are a conflict; a quote only one source carries is unique.
/// </summary>
internal static class QuoteAligner
{
    /// <summary>Longest quote, in words, compared word by word; longer quotes are compared on their first words.</summary>
    public const int MaxWords = 400;

    private enum Relation
    {
        None,
        Same,
        Near,
        Part,
    }

    private sealed record Item(ArticleView Article, QuoteMention Quote, string[] Tokens, string Text, List<string> SpeakerWords);

    public static List<FactDraft> Align(IReadOnlyList<ArticleView> articles, int maxItems)
    {
        var items = new List<Item>();
        foreach (var article in articles)
        {
            foreach (var q in article.Quotes.OrderBy(q => q.Content.Start))
            {
                var text = article.Slice(q.Content.Start, q.Content.End);
                var tokens = Words.Tokenize(text).Take(MaxWords).Select(t => t.Lower.Replace('\u2019', '\'')).ToArray();
                if (tokens.Length == 0 || items.Count >= maxItems)
                {
                    continue;
                }

                items.Add(new Item(article, q, tokens, text.Trim(), SpeakerWords(q.Speaker)));
            }
        }

        var links = new List<(int, int)>();
        var relations = new Dictionary<(int, int), Relation>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Article.Index == items[j].Article.Index)
                {
                    continue;
                }

                var relation = Relate(items[i].Tokens, items[j].Tokens);
                if (relation != Relation.None)
                {
                    links.Add((i, j));
                    relations[(i, j)] = relation;
                }
            }
        }

        return [.. Drafting.Clusters(items.Count, links).Select(c => Judge(c, items, relations))];
    }

    private static FactDraft Judge(List<int> cluster, List<Item> items, Dictionary<(int, int), Relation> relations)
    {
        var group = cluster.Select(i => items[i]).ToList();
        var longest = group.OrderByDescending(i => i.Tokens.Length).ThenBy(i => i.Text, StringComparer.Ordinal).First();
        var value = longest.Text;
        var mentions = group.Select(i => new DraftMention(i.Article, i.Quote.Content.Start, i.Quote.Content.End, string.Join(' ', i.Tokens))).ToList();
        var speaker = group.Where(i => !string.IsNullOrWhiteSpace(i.Quote.Speaker))
            .GroupBy(i => i.Quote.Speaker!.Trim(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var summary = $"{speaker ?? "unattributed"}: \u201C{Drafting.Short(value, 100)}\u201D";

        if (Drafting.SourceCount(group.Select(i => i.Article)) < 2)
        {
            return new FactDraft(FactKind.Quote, FactStatus.Unique, value, summary, mentions, Drafting.UniqueNote(mentions) + (speaker is null ? "" : $", attributed to {speaker}"));
        }

        var named = group.Where(i => i.SpeakerWords.Count > 0).ToList();
        var clash = named.SelectMany(a => named.Where(b => a.Article.SourceKey != b.Article.SourceKey && DifferentPeople(a.SpeakerWords, b.SpeakerWords)).Select(b => (a, b))).FirstOrDefault();
        if (clash.a is not null)
        {
            return new FactDraft(
                FactKind.Quote,
                FactStatus.Conflict,
                value,
                $"\u201C{Drafting.Short(value, 100)}\u201D attributed to different speakers",
                mentions,
                $"the same words are attributed to different speakers: {Drafting.Forms(named.Select(i => (i.Quote.Speaker!.Trim(), i.Article)))}");
        }

        var kinds = cluster.SelectMany(i => cluster.Where(j => j > i).Select(j => relations.GetValueOrDefault((i, j)))).Where(r => r != Relation.None).ToHashSet();
        var who = speaker is null ? "" : $", attributed to {speaker}";
        var unattributed = group.Where(i => i.SpeakerWords.Count == 0).Select(i => i.Article).ToList();
        var missing = speaker is not null && unattributed.Count > 0 ? $"; no speaker given by {Drafting.Outlets(unattributed)}" : "";
        if (kinds.Contains(Relation.Part))
        {
            return new FactDraft(FactKind.Quote, FactStatus.Consistent, value, summary, mentions, $"partial overlap: some outlets quote only part of it{who}{missing}");
        }

        var sources = Drafting.SourceCount(group.Select(i => i.Article));
        var wording = kinds.Contains(Relation.Near) ? "with small differences in wording" : "word for word";
        return new FactDraft(FactKind.Quote, FactStatus.Agreed, value, summary, mentions, $"{sources} independent sources quote it {wording}{who}{missing}");
    }

    /// <summary>The capitalised words of a speaker's name, the surname (the last of them) first.</summary>
    private static List<string> SpeakerWords(string? speaker)
    {
        var names = Words.Tokenize(speaker ?? "").Where(t => t.Capitalized && t.Lower.Length > 1).Select(t => t.Lower).ToList();
        if (names.Count > 1)
        {
            names.Insert(0, names[^1]);
            names.RemoveAt(names.Count - 1);
        }

        return names;
    }

    /// <summary>Two names of different people: neither holds the other's surname ("Varga" = "Elena Varga" = "Minister Varga").</summary>
    private static bool DifferentPeople(List<string> a, List<string> b) => !b.Contains(a[0]) && !a.Contains(b[0]);

    /// <summary>Same, near (a few words apart), part (one holds a long run of the other's words), or none.</summary>
    private static Relation Relate(string[] a, string[] b)
    {
        if (a.AsSpan().SequenceEqual(b))
        {
            return Relation.Same;
        }

        var longer = Math.Max(a.Length, b.Length);
        var shorter = Math.Min(a.Length, b.Length);
        var allowed = Math.Max(1, longer / 10);
        if (longer - shorter <= allowed && EditDistance(a, b, allowed) <= allowed)
        {
            return Relation.Near;
        }

        var run = LongestCommonRun(a, b);
        return run >= 4 && run >= shorter * 0.8 ? Relation.Part : Relation.None;
    }

    /// <summary>Word-level Levenshtein distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
    private static int EditDistance(string[] a, string[] b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int LongestCommonRun(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var best = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }
}
