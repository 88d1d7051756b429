namespace Parallax.Stories;

/// <summary>Two groups of a story's members (indexes into the member list) and how they hold together.</summary>
/// <param name="Kept">The group holding the first member.</param>
/// <param name="Other">The other group.</param>
/// <param name="Link">Mean similarity of the pairs across the two groups (average link).</param>
/// <param name="Cohesion">The lower of the two groups' mean similarity of the pairs within them.</param>
public sealed record StoryHalves(IReadOnlyList<int> Kept, IReadOnlyList<int> Other, double Link, double Cohesion);

/// <summary>
/// Splits a set of unit vectors in two by average-link agglomeration (merging the two groups of highest mean
/// pair similarity until two groups are left), as a test of whether a story holds two events: two reports of
/// one event are more alike than reports of two similar events (two earthquakes, two title fights). Quadratic
/// in the number of vectors, so the caller bounds it (<see cref="ClusteringOptions.MaxSplitMembers"/>).
/// </summary>
public static class StoryBisection
{
    /// <summary>
    /// The two groups, or null when there are fewer than two vectors. Pair similarities above <paramref name="cap"/>
    /// count as <paramref name="cap"/>: past it two articles are the same event anyway, and copies of one text
    /// (similarity near 1) must not make their group look so cohesive that the rest of the story seems apart.
    /// </summary>
    public static StoryHalves? Halves(IReadOnlyList<IReadOnlyDictionary<string, double>> vectors, double cap = 1)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n < 2)
        {
            return null;
        }

        // sums[a, b]: the summed similarity between groups a and b; inner[a]: within group a.
        var sums = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                sums[a, b] = sums[b, a] = Math.Min(Dot(vectors[a], vectors[b]), cap);
            }
        }

        var inner = new double[n];
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var alive = Enumerable.Range(0, n).ToList();
        while (alive.Count > 2)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var x = 0; x < alive.Count; x++)
            {
                for (var y = x + 1; y < alive.Count; y++)
                {
                    var (a, b) = (alive[x], alive[y]);
                    var link = sums[a, b] / (members[a].Count * members[b].Count);
                    if (link > best)
                    {
                        (bestA, bestB, best) = (a, b, link);
                    }
                }
            }

            inner[bestA] += inner[bestB] + sums[bestA, bestB];
            members[bestA].AddRange(members[bestB]);
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

        var (first, second) = members[alive[0]].Contains(0) ? (alive[0], alive[1]) : (alive[1], alive[0]);
        var across = sums[first, second] / (members[first].Count * members[second].Count);
        var cohesion = Math.Min(Cohesion(inner[first], members[first].Count), Cohesion(inner[second], members[second].Count));
        members[first].Sort();
        members[second].Sort();
        return new StoryHalves(members[first], members[second], across, cohesion);
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
