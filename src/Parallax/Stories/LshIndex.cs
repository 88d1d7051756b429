using Parallax.Hashing;

namespace Parallax.Stories;

/// <summary>
/// A banded locality-sensitive hashing index over MinHash signatures (Leskovec, Rajaraman and Ullman,
/// Mining of Massive Datasets, section 3.4): a signature is cut into <c>bands</c> bands of <c>rows</c>
/// rows; two items become candidates when any band is equal. Pairs with Jaccard above about
/// (1/bands)^(1/rows) are found with high probability. Buckets are capped at <see cref="MaxBucket"/> items.
/// </summary>
public sealed class LshIndex<TKey>
    where TKey : notnull
{
    public const int MaxBucket = 256;

    private readonly Dictionary<ulong, List<TKey>> _buckets = [];

    public LshIndex(int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <summary>The keys stored so far that share a band with <paramref name="signature"/> (each once).</summary>
    public IReadOnlyList<TKey> Candidates(IReadOnlyList<ulong> signature)
    {
        var seen = new HashSet<TKey>();
        var found = new List<TKey>();
        foreach (var bucket in BandKeys(signature))
        {
            if (_buckets.TryGetValue(bucket, out var keys))
            {
                foreach (var key in keys)
                {
                    if (seen.Add(key))
                    {
                        found.Add(key);
                    }
                }
            }
        }

        return found;
    }

    public void Add(TKey key, IReadOnlyList<ulong> signature)
    {
        foreach (var bucket in BandKeys(signature))
        {
            if (!_buckets.TryGetValue(bucket, out var keys))
            {
                keys = [];
                _buckets[bucket] = keys;
            }

            if (keys.Count < MaxBucket)
            {
                keys.Add(key);
            }
        }
    }

    private IEnumerable<ulong> BandKeys(IReadOnlyList<ulong> signature)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signature.Count, Bands * Rows);
        for (var band = 0; band < Bands; band++)
        {
            var h = (ulong)band + 1;
            for (var row = 0; row < Rows; row++)
            {
                h = StableHash.Mix(h ^ signature[(band * Rows) + row]);
            }

            yield return h;
        }
    }
}
