using Parallax.Hashing;

namespace Parallax.Stories;

/// <summary>Word shingles: hashes of every run of <c>size</c> consecutive words of a text.</summary>
public static class Shingles
{
    /// <summary>The hashes of the word <paramref name="size"/>-shingles, in text order (repeats kept).</summary>
    public static ulong[] Of(IReadOnlyList<WordToken> words, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Count == 0)
        {
            return [];
        }

        if (words.Count < size)
        {
            return [HashRun(words, 0, words.Count)];
        }

        var hashes = new ulong[words.Count - size + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = HashRun(words, i, size);
        }

        return hashes;
    }

    public static ulong[] Of(string text, int size) => Of(Words.Tokenize(text), size);

    private static ulong HashRun(IReadOnlyList<WordToken> words, int start, int count)
    {
        var h = 0UL;
        for (var i = start; i < start + count; i++)
        {
            h = StableHash.Of(words[i].Lower.AsSpan(), h + 0x9e3779b97f4a7c15UL);
        }

        return h;
    }
}
