using System.Globalization;
using System.Text;

namespace Parallax.Comparison;

/// <summary>One mention of a fact while the comparison is under way: its article and what it states there.</summary>
internal sealed record DraftMention(ArticleView Article, int Start, int End, string Value)
{
    public FactMention ToMention() => new(Article.Id, Start, End, Article.Slice(Start, End), Value);
}

/// <summary>A fact before ids and order are assigned.</summary>
internal sealed record FactDraft(FactKind Kind, FactStatus Status, string Value, string Summary, IReadOnlyList<DraftMention> Mentions, string Note)
{
    public int Sources => Mentions.Select(m => m.Article.SourceKey).Distinct(StringComparer.Ordinal).Count();

    public (int Article, int Start) First => Mentions.Select(m => (m.Article.Index, m.Start)).Min();
}

/// <summary>Helpers the aligners share: clusters, source counting, notes and short texts.</summary>
internal static class Drafting
{
    public const int SummaryChars = 120;

    /// <summary>Groups 0..n-1 by the links given (disjoint sets); groups come out ordered by their smallest member.</summary>
    public static List<List<int>> Clusters(int count, IEnumerable<(int A, int B)> links)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (a, b) in links)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return [.. Enumerable.Range(0, count).GroupBy(Find).OrderBy(g => g.Key).Select(g => g.Order().ToList())];
    }

    /// <summary>
    /// Groups 0..n-1 by complete linkage: candidate links are taken strongest first, and two groups join only when
    /// every pair across them may share a group (<paramref name="together"/>). Unlike plain transitive grouping, a
    /// chain of loosely related mentions never becomes one fact. Groups come out ordered by their smallest member.
    /// </summary>
    public static List<List<int>> Agglomerate(int count, IEnumerable<(int A, int B, double Score)> links, Func<int, int, bool> together)
    {
        var groupOf = Enumerable.Range(0, count).ToArray();
        var groups = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToList();
        foreach (var (a, b, _) in links.OrderByDescending(l => l.Score).ThenBy(l => l.A).ThenBy(l => l.B))
        {
            var (ga, gb) = (groupOf[a], groupOf[b]);
            if (ga == gb || !groups[ga].All(x => groups[gb].All(y => together(x, y))))
            {
                continue;
            }

            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            groups[keep].AddRange(groups[drop]);
            foreach (var i in groups[drop])
            {
                groupOf[i] = keep;
            }

            groups[drop] = [];
        }

        return [.. groups.Where(g => g.Count > 0).Select(g => g.Order().ToList()).OrderBy(g => g[0])];
    }

    /// <summary>Distinct independent sources among the articles of some mentions.</summary>
    public static int SourceCount(IEnumerable<ArticleView> articles) => articles.Select(a => a.SourceKey).Distinct(StringComparer.Ordinal).Count();

    /// <summary>"A, B" for the outlets of some articles, in story order, each once.</summary>
    public static string Outlets(IEnumerable<ArticleView> articles) =>
        string.Join(", ", articles.DistinctBy(a => a.Index).OrderBy(a => a.Index).Select(a => a.Label).Distinct(StringComparer.Ordinal));

    /// <summary>The note of a fact stated by one source only.</summary>
    public static string UniqueNote(IReadOnlyList<DraftMention> mentions)
    {
        var articles = mentions.Select(m => m.Article).DistinctBy(a => a.Index).ToList();
        return articles.Count == 1
            ? $"only {articles[0].Label} reports this"
            : $"only one source reports this ({articles.Count} articles of {articles[0].Label})";
    }

    /// <summary>"value (Outlet A, Outlet B); other (Outlet C)": each stated form with who states it.</summary>
    public static string Forms(IEnumerable<(string Form, ArticleView Article)> stated) =>
        string.Join("; ", stated
            .GroupBy(s => s.Form, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Article.Index))
            .Select(g => $"{g.Key} ({Outlets(g.Select(s => s.Article))})"));

    /// <summary>Whitespace collapsed and cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Short(string text, int max = SummaryChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length > max)
            {
                builder.Length = max;
                return builder.ToString().TrimEnd() + "\u2026";
            }
        }

        return builder.ToString();
    }

    /// <summary>A number as a value: invariant, no grouping ("12000", "4.5").</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A number for people: invariant with thousands grouping ("12,000").</summary>
    public static string Readable(double value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
