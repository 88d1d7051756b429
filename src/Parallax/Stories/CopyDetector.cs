using Parallax.Documents;

namespace Parallax.Stories;

/// <summary>Thresholds of <see cref="CopyDetector"/>.</summary>
public sealed record CopyDetectionOptions
{
    public static readonly CopyDetectionOptions Default = new();

    /// <summary>MinHash signature length (hash functions).</summary>
    public int SignatureSize { get; init; } = 128;

    /// <summary>Words per shingle for near-duplicate detection.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>LSH bands x rows must not exceed <see cref="SignatureSize"/>; 16 x 8 finds pairs above Jaccard ~0.7.</summary>
    public int Bands { get; init; } = 16;

    public int Rows { get; init; } = 8;

    /// <summary>Estimated Jaccard of 5-shingles at or above which two articles are near duplicates.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.8;

    /// <summary>Words per passage shingle for syndication (long shared passages).</summary>
    public int PassageShingleSize { get; init; } = 8;

    /// <summary>Share of the shorter article's passage shingles found in the other for the two to be syndicated copies.</summary>
    public double SyndicationContainment { get; init; } = 0.5;

    /// <summary>Keep one passage shingle in this many (by hash) in the syndication index, to bound memory.</summary>
    public int PassageSampling { get; init; } = 4;

    /// <summary>Passage shingles shared by more articles than this are boilerplate and ignored.</summary>
    public int MaxPassagePosting { get; init; } = 64;
}

/// <summary>
/// Groups of copies among articles: exact duplicates (same <see cref="ArticleIds.ContentHash"/> of the
/// normalised text), near duplicates (MinHash + LSH) and syndication groups (long shared passages).
/// Each map sends an article id to the id of its group's first article; every level contains the previous.
/// </summary>
public sealed record CopyGroups(
    IReadOnlyDictionary<string, string> Exact,
    IReadOnlyDictionary<string, string> NearDuplicate,
    IReadOnlyDictionary<string, string> Syndication)
{
    /// <summary>How many independent sources the given articles are: their distinct syndication groups.</summary>
    public int IndependentSources(IEnumerable<string> articleIds) =>
        articleIds.Select(id => Syndication.TryGetValue(id, out var group) ? group : id).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>Finds exact duplicates, near duplicates and syndicated copies. Pure; never compares all pairs.</summary>
public sealed partial class CopyDetector
{
    private readonly CopyDetectionOptions _options;
    private readonly MinHasher _hasher;

    public CopyDetector(CopyDetectionOptions? options = null)
    {
        _options = options ?? CopyDetectionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.Bands * _options.Rows, _options.SignatureSize);
        _hasher = new MinHasher(_options.SignatureSize, _options.ShingleSize);
    }

    public CopyGroups Detect(IReadOnlyList<Article> articles)
    {
        var words = articles.Select(a => Words.Tokenize(a.Text)).ToList();
        var exact = new UnionFind(articles.Count);
        var byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var hash = ArticleIds.ContentHash(string.Join(' ', words[i].Select(w => w.Lower)));
            if (!byHash.TryAdd(hash, i))
            {
                exact.Union(byHash[hash], i);
            }
        }

        var near = Copy(exact, articles.Count);
        foreach (var (a, b, _) in NearDuplicatePairs(words))
        {
            near.Union(a, b);
        }

        var syndication = Copy(near, articles.Count);
        foreach (var (a, b) in SyndicatedPairs(words))
        {
            syndication.Union(a, b);
        }

        return new CopyGroups(ToMap(articles, exact), ToMap(articles, near), ToMap(articles, syndication));
    }

    /// <summary>Near-duplicate pairs (indexes into <paramref name="articles"/>) with their estimated Jaccard.</summary>
    public IReadOnlyList<(int A, int B, double Jaccard)> NearDuplicatePairs(IReadOnlyList<Article> articles) =>
        NearDuplicatePairs(articles.Select(a => Words.Tokenize(a.Text)).ToList());

    private List<(int A, int B, double Jaccard)> NearDuplicatePairs(List<List<WordToken>> words)
    {
        var index = new LshIndex<int>(_options.Bands, _options.Rows);
        var signatures = new ulong[words.Count][];
        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < words.Count; i++)
        {
            signatures[i] = _hasher.Signature(Shingles.Of(words[i], _options.ShingleSize));
            foreach (var j in index.Candidates(signatures[i]))
            {
                var similarity = MinHasher.Similarity(signatures[i], signatures[j]);
                if (similarity >= _options.NearDuplicateJaccard)
                {
                    pairs.Add((j, i, similarity));
                }
            }

            index.Add(i, signatures[i]);
        }

        return pairs;
    }

    private static UnionFind Copy(UnionFind from, int count)
    {
        var to = new UnionFind(count);
        for (var i = 0; i < count; i++)
        {
            to.Union(from.Find(i), i);
        }

        return to;
    }

    private static Dictionary<string, string> ToMap(IReadOnlyList<Article> articles, UnionFind sets)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            map[articles[i].Id] = articles[sets.Find(i)].Id;
        }

        return map;
    }
}
