namespace Parallax.Stories;

public sealed partial class CopyDetector
{
    /// <summary>
    /// Pairs of articles that share long passages: a sampled inverted index of passage shingles gives,
    /// per article, the earlier articles sharing shingles with it; a pair is syndicated when the shared
    /// shingles cover <see cref="CopyDetectionOptions.SyndicationContainment"/> of the shorter article.
    /// </summary>
    private List<(int A, int B)> SyndicatedPairs(List<List<WordToken>> words)
    {
        var postings = new Dictionary<ulong, List<int>>();
        var pairs = new List<(int, int)>();
        var sizes = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var sampled = Shingles.Of(words[i], _options.PassageShingleSize)
                .Where(h => h % (ulong)Math.Max(1, _options.PassageSampling) == 0)
                .Distinct()
                .ToList();
            sizes[i] = sampled.Count;
            var shared = new Dictionary<int, int>();
            foreach (var shingle in sampled)
            {
                if (!postings.TryGetValue(shingle, out var list))
                {
                    list = [];
                    postings[shingle] = list;
                }

                if (list.Count >= _options.MaxPassagePosting)
                {
                    continue;
                }

                foreach (var j in list)
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }

                list.Add(i);
            }

            foreach (var (j, count) in shared)
            {
                var shorter = Math.Min(sizes[i], sizes[j]);
                if (shorter > 0 && (double)count / shorter >= _options.SyndicationContainment)
                {
                    pairs.Add((j, i));
                }
            }
        }

        return pairs;
    }
}
