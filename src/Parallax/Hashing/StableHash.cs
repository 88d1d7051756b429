namespace Parallax.Hashing;

/// <summary>
/// A 64-bit hash that is the same in every process and on every machine (unlike <see cref="HashCode"/>),
/// for content ids, duplicate detection and shingles. FNV-1a over UTF-16 code units, with a final avalanche
/// (the splitmix64 finaliser) so that low bits are usable for banding.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var h = Offset ^ seed;
        foreach (var c in text)
        {
            h ^= c;
            h *= Prime;
        }

        return Mix(h);
    }

    public static ulong Of(ReadOnlySpan<byte> bytes, ulong seed = 0)
    {
        var h = Offset ^ seed;
        foreach (var b in bytes)
        {
            h ^= b;
            h *= Prime;
        }

        return Mix(h);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    public static string Hex(ulong value) => value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
