namespace Parallax.Stories;

/// <summary>Two groups of a story's members (indexes into the member list) and how they hold together.</summary>
/// <param name="Kept">The group holding the first member.</param>
/// <param name="Other">The other group.</param>
/// <param name="Link">Mean similarity of the pairs across the two groups (average link).</param>
/// <param name="Cohesion">The lower of the two groups' mean similarity of the pairs within them.</param>
public sealed record StoryHalves(IReadOnlyList<int> Kept, IReadOnlyList<int> Other, double Link, double Cohesion);

/// <summary>
/// Splits a set of unit vectors in two by average-link agglomeration (merging the two groups of highest mean
/// pair similarity until one group is left), as a test of whether a story holds two events: two reports of
/// one event are more alike than reports of two similar events (two earthquakes, two title fights). Cubic
/// in the number of vectors, so the caller bounds it (<see cref="ClusteringOptions.MaxSplitMembers"/>).
/// </summary>
public static class StoryBisection
{
    /// <summary>
    /// The two groups of the last merge, or null when there are fewer than two vectors. Pair similarities above
    /// <paramref name="cap"/> count as <paramref name="cap"/>: past it two articles are the same event anyway, and copies
    /// of one text (similarity near 1) must not make their group look so cohesive that the rest of the story seems apart.
    /// </summary>
    public static StoryHalves? Halves(IReadOnlyList<IReadOnlyDictionary<string, double>> vectors, double cap = 1) =>
        Splits(vectors, cap) is [var first, ..] ? first : null;

    /// <summary>
    /// The ways to cut the agglomeration tree in two along its trunk: first the two groups of the last merge, then,
    /// going down into the larger group of each merge, the smaller group of the merge below it against all the rest.
    /// A story of two events whose reports are not all alike ends its agglomeration by adding a few stray reports to
    /// one big group; one of the later cuts then separates the two events, where the last merge only cuts off the
    /// strays. Empty when there are fewer than two vectors.
    /// </summary>
    public static IReadOnlyList<StoryHalves> Splits(IReadOnlyList<IReadOnlyDictionary<string, double>> vectors, double cap = 1)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n < 2)
        {
            return [];
        }

        var pairs = new double[n, n];
        var rowSums = new double[n];
        var total = 0.0;
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var s = Math.Min(Dot(vectors[a], vectors[b]), cap);
                pairs[a, b] = pairs[b, a] = s;
                rowSums[a] += s;
                rowSums[b] += s;
                total += s;
            }
        }

        var children = Agglomerate(pairs, n);
        var splits = new List<StoryHalves>();
        var node = children.Count - 1;
        while (node >= 0)
        {
            var (left, right) = children[node];
            var (large, small) = left.Members.Count >= right.Members.Count ? (left, right) : (right, left);
            splits.Add(Cut(small.Members, pairs, rowSums, total, n));
            node = large.Merge;
        }

        return splits;
    }

    /// <summary>A group as the agglomeration made it: its members and the merge that formed it (-1 for one vector).</summary>
    private sealed record Group(List<int> Members, int Merge);

    /// <summary>Average-link agglomeration down to one group; the two groups each merge joined, in merge order.</summary>
    private static List<(Group Left, Group Right)> Agglomerate(double[,] pairs, int n)
    {
        // sums[a, b]: the summed similarity between the groups in slots a and b.
        var sums = (double[,])pairs.Clone();
        var groups = Enumerable.Range(0, n).Select(i => new Group([i], -1)).ToArray();
        var alive = Enumerable.Range(0, n).ToList();
        var merges = new List<(Group Left, Group Right)>(n - 1);
        while (alive.Count > 1)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var x = 0; x < alive.Count; x++)
            {
                for (var y = x + 1; y < alive.Count; y++)
                {
                    var (a, b) = (alive[x], alive[y]);
                    var link = sums[a, b] / (groups[a].Members.Count * groups[b].Members.Count);
                    if (link > best)
                    {
                        (bestA, bestB, best) = (a, b, link);
                    }
                }
            }

            merges.Add((groups[bestA], groups[bestB]));
            groups[bestA] = new Group([.. groups[bestA].Members, .. groups[bestB].Members], merges.Count - 1);
            alive.Remove(bestB);
            foreach (var other in alive)
            {
                if (other != bestA)
                {
                    sums[bestA, other] += sums[bestB, other];
                    sums[other, bestA] = sums[bestA, other];
                }
            }
        }

        return merges;
    }

    /// <summary>The halves made of <paramref name="part"/> and all other vectors, with their link and cohesion.</summary>
    private static StoryHalves Cut(List<int> part, double[,] pairs, double[] rowSums, double total, int n)
    {
        var inside = new bool[n];
        foreach (var i in part)
        {
            inside[i] = true;
        }

        var within = 0.0;
        var touching = 0.0;
        for (var x = 0; x < part.Count; x++)
        {
            touching += rowSums[part[x]];
            for (var y = x + 1; y < part.Count; y++)
            {
                within += pairs[part[x], part[y]];
            }
        }

        // Each pair inside the part is counted twice in the row sums of its members, each pair across it once.
        var across = touching - (2 * within);
        var rest = Enumerable.Range(0, n).Where(i => !inside[i]).ToList();
        var restWithin = total - within - across;
        var sorted = part.Order().ToList();
        var (kept, other, keptWithin, otherWithin) = inside[0] ? (sorted, rest, within, restWithin) : (rest, sorted, restWithin, within);
        var cohesion = Math.Min(Cohesion(keptWithin, kept.Count), Cohesion(otherWithin, other.Count));
        return new StoryHalves(kept, other, across / (kept.Count * other.Count), cohesion);
    }

    /// <summary>Mean pair similarity within a group of <paramref name="count"/> whose pair similarities sum to <paramref name="sum"/>; 1 for one member.</summary>
    public static double Cohesion(double sum, int count) => count < 2 ? 1 : sum / (count * (count - 1) / 2.0);

    internal static double Dot(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var w))
            {
                dot += value * w;
            }
        }

        return dot;
    }
}
