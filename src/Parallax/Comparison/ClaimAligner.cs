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

        var links = new HashSet<(int, int)>();
        var scores = new Dictionary<(int, int), double>();
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
                        Link(offsets[a] + i, offsets[b] + bestJ, bestDice);
                    }
                }

                for (var j = 0; j < bestForB.Length; j++)
                {
                    if (bestForB[j].Index >= 0)
                    {
                        Link(offsets[a] + bestForB[j].Index, offsets[b] + j, bestForB[j].Dice);
                    }
                }
            }
        }

        return [.. Drafting.Clusters(items.Count, links).Select(c => Judge(c, items, scores))];

        void Link(int x, int y, double dice)
        {
            links.Add((x, y));
            scores[(x, y)] = dice;
        }
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

    private FactDraft Judge(List<int> cluster, List<Item> items, Dictionary<(int, int), double> scores)
    {
        var group = cluster.Select(i => items[i]).ToList();
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

        var linked = cluster.SelectMany(i => cluster.Where(j => scores.ContainsKey((i, j))).Select(j => scores[(i, j)])).ToList();
        var weakest = linked.Count == 0 ? 0 : linked.Min();
        var shared = group.Skip(1).Aggregate(new HashSet<string>(first.Content, StringComparer.Ordinal), (acc, i) =>
        {
            acc.IntersectWith(i.Content);
            return acc;
        }).Order(StringComparer.Ordinal).Take(8);
        var sources = Drafting.SourceCount(group.Select(i => i.Article));
        return weakest >= words.Rules.AgreedThreshold
            ? new FactDraft(FactKind.Claim, FactStatus.Agreed, value, summary, mentions, $"{sources} independent sources state it in nearly the same words")
            : new FactDraft(FactKind.Claim, FactStatus.Consistent, value, summary, mentions, $"{sources} independent sources state it in different words (shared: {string.Join(", ", shared)})");
    }
}
