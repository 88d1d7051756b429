using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// Sentence-level claims that no quantity, date or quote already covers, matched across articles by the overlap
/// of their content words (Dice coefficient of stemmed non-stop words). Each sentence links to its best match in
/// each other article; linked sentences form one claim: agreed when nearly the same words, consistent when stated
/// differently, conflict when one denies what the other states; a sentence with no counterpart is unique.
/// </summary>
internal sealed class ClaimAligner(ContentWords words)
{
    private sealed record Item(ArticleView Article, int Start, int End, HashSet<string> Content, bool Negated);

    public List<FactDraft> Align(IReadOnlyList<ArticleView> articles, IReadOnlySet<(int Article, int Sentence)> covered, long maxPairs, List<Diagnostic> diagnostics)
    {
        var perArticle = articles.Select(a => a.Sentences
            .Select((s, i) => (s, i))
            .Where(x => !covered.Contains((a.Index, x.i)))
            .Select(x => new Item(a, x.s.Start, x.s.End, words.Of(a.Text, x.s.Start, x.s.End), words.IsNegated(a.Text, x.s.Start, x.s.End)))
            .Where(x => x.Content.Count >= words.Rules.MinContentWords)
            .ToList()).ToList();

        var limit = PerArticleLimit(perArticle.Select(l => l.Count).ToList(), maxPairs);
        if (limit is { } cap)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning,
                "comparison.claims-capped",
                $"too many sentences to compare every pair (limit {maxPairs:N0} pairs): only the first {cap:N0} candidate sentences of each article were compared as claims"));
            perArticle = [.. perArticle.Select(l => l.Take(cap).ToList())];
        }

        var items = perArticle.SelectMany(l => l).ToList();
        var offsets = new int[perArticle.Count + 1];
        for (var a = 0; a < perArticle.Count; a++)
        {
            offsets[a + 1] = offsets[a] + perArticle[a].Count;
        }

        var candidates = new Dictionary<(int, int), double>();
        for (var a = 0; a < perArticle.Count; a++)
        {
            for (var b = a + 1; b < perArticle.Count; b++)
            {
                var bestForB = new (int Index, double Dice)[perArticle[b].Count];
                Array.Fill(bestForB, (-1, 0));
                for (var i = 0; i < perArticle[a].Count; i++)
                {
                    var (bestJ, bestDice) = (-1, 0.0);
                    for (var j = 0; j < perArticle[b].Count; j++)
                    {
                        var (dice, shared) = ContentWords.Overlap(perArticle[a][i].Content, perArticle[b][j].Content);
                        if (dice < words.Rules.MatchThreshold || shared < words.Rules.MinShared)
                        {
                            continue;
                        }

                        if (dice > bestDice)
                        {
                            (bestJ, bestDice) = (j, dice);
                        }

                        if (dice > bestForB[j].Dice)
                        {
                            bestForB[j] = (i, dice);
                        }
                    }

                    if (bestJ >= 0)
                    {
                        candidates[(offsets[a] + i, offsets[b] + bestJ)] = bestDice;
                    }
                }

                for (var j = 0; j < bestForB.Length; j++)
                {
                    if (bestForB[j].Index >= 0)
                    {
                        candidates[(offsets[a] + bestForB[j].Index, offsets[b] + j)] = bestForB[j].Dice;
                    }
                }
            }
        }

        return [.. Link(items, candidates).Select(Judge)];
    }

    /// <summary>
    /// Joins matched sentences into claims, strongest matches first, by complete linkage: two groups join only when
    /// they hold no sentence of the same article and every pair across them overlaps by at least the cluster
    /// threshold, so a chain of loosely related sentences never becomes one claim.
    /// </summary>
    private List<List<Item>> Link(List<Item> items, Dictionary<(int, int), double> candidates)
    {
        var groupOf = Enumerable.Range(0, items.Count).ToArray();
        var groups = Enumerable.Range(0, items.Count).Select(i => new List<int> { i }).ToList();
        foreach (var ((x, y), _) in candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2))
        {
            var (gx, gy) = (groupOf[x], groupOf[y]);
            if (gx == gy)
            {
                continue;
            }

            var joinable = groups[gx].All(i => groups[gy].All(j =>
                items[i].Article.Index != items[j].Article.Index
                && ContentWords.Overlap(items[i].Content, items[j].Content).Dice >= words.Rules.ClusterThreshold));
            if (!joinable)
            {
                continue;
            }

            var (keep, drop) = gx < gy ? (gx, gy) : (gy, gx);
            groups[keep].AddRange(groups[drop]);
            foreach (var i in groups[drop])
            {
                groupOf[i] = keep;
            }

            groups[drop] = [];
        }

        return [.. groups.Where(g => g.Count > 0).Select(g => g.Order().Select(i => items[i]).ToList())];
    }

    /// <summary>Sentences per article to keep so that the pairs compared stay under the cap; null when all fit.</summary>
    internal static int? PerArticleLimit(IReadOnlyList<int> counts, long maxPairs)
    {
        static long Pairs(IReadOnlyList<int> counts, int cap)
        {
            long total = 0;
            long seen = 0;
            foreach (var n in counts)
            {
                var kept = Math.Min(n, cap);
                total += seen * kept;
                seen += kept;
            }

            return total;
        }

        var most = counts.Count == 0 ? 0 : counts.Max();
        if (Pairs(counts, most) <= maxPairs)
        {
            return null;
        }

        var (low, high) = (0, most);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Pairs(counts, mid) <= maxPairs)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private FactDraft Judge(List<Item> group)
    {
        var first = group[0];
        var text = first.Article.Slice(first.Start, first.End);
        var mentions = group.Select(i => new DraftMention(i.Article, i.Start, i.End, Words.Normalize(i.Article.Slice(i.Start, i.End)))).ToList();
        var value = mentions.Select(m => m.Value).Order(StringComparer.Ordinal).First();
        var summary = Drafting.Short(text);
        if (Drafting.SourceCount(group.Select(i => i.Article)) < 2)
        {
            return new FactDraft(FactKind.Claim, FactStatus.Unique, value, summary, mentions, Drafting.UniqueNote(mentions));
        }

        if (group.Any(i => i.Negated) && group.Any(i => !i.Negated))
        {
            return new FactDraft(
                FactKind.Claim,
                FactStatus.Conflict,
                value,
                summary,
                mentions,
                $"one states what the other denies: negated by {Drafting.Outlets(group.Where(i => i.Negated).Select(i => i.Article))}, stated by {Drafting.Outlets(group.Where(i => !i.Negated).Select(i => i.Article))}");
        }

        var weakest = group.SelectMany((x, i) => group.Skip(i + 1).Select(y => ContentWords.Overlap(x.Content, y.Content).Dice)).DefaultIfEmpty(0).Min();
        var shared = group.Skip(1).Aggregate(new HashSet<string>(first.Content, StringComparer.Ordinal), (acc, i) =>
        {
            acc.IntersectWith(i.Content);
            return acc;
        }).Order(StringComparer.Ordinal).Take(8);
        var sources = Drafting.SourceCount(group.Select(i => i.Article));
        return weakest >= words.Rules.AgreedThreshold
            ? new FactDraft(FactKind.Claim, FactStatus.Agreed, value, summary, mentions, $"{sources} independent sources state it in nearly the same words")
            : new FactDraft(FactKind.Claim, FactStatus.Consistent, value, summary, mentions, $"{sources} independent sources state it in different words" + (shared.Any() ? $" (shared: {string.Join(", ", shared)})" : ""));
    }
}
