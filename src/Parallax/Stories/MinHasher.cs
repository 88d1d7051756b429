using Parallax.Hashing;

namespace Parallax.Stories;

/// <summary>
/// MinHash signatures (Broder 1997) over word shingles: for each of <see cref="Size"/> hash functions the
/// smallest hash of any shingle. The share of equal positions of two signatures estimates the Jaccard
/// similarity of the two shingle sets. Hash functions are <see cref="StableHash.Mix"/> with stable seeds,
/// so signatures are the same in every process.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int size = 128, int shingleSize = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        Size = size;
        ShingleSize = shingleSize;
        _seeds = new ulong[size];
        for (var i = 0; i < size; i++)
        {
            _seeds[i] = StableHash.Mix((ulong)(i + 1) * 0x9e3779b97f4a7c15UL);
        }
    }

    public int Size { get; }

    public int ShingleSize { get; }

    public ulong[] Signature(string text) => Signature(Shingles.Of(text, ShingleSize));

    public ulong[] Signature(IReadOnlyList<ulong> shingles)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = StableHash.Mix(shingle ^ _seeds[i]);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets behind two signatures.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Count, b.Count);
        if (a.Count == 0)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
            {
                same++;
            }
        }

        return (double)same / a.Count;
    }
}
