using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Parallax.RuleData;

namespace Parallax.Facts.Entities;

/// <summary>A city from GeoNames: its ISO 3166-1 country code and coordinates.</summary>
internal sealed record CityEntry(string Name, string Country, double Latitude, double Longitude);

/// <summary>
/// The name lists derived from open data and shipped in <c>Rules/Facts/gazetteer</c> (sources and licences in
/// Rules/Facts/LICENSES.md; <c>derive.py</c> there rebuilds them): GeoNames cities, world-countries demonyms,
/// WordNet's named instances and its ordinary lowercase words, and faker's given and family names. Read once per
/// process (they are embedded and immutable) and shared by every analyzer.
/// </summary>
internal sealed class OpenNameData
{
    private static readonly Lazy<OpenNameData> Instance = new(() => new OpenNameData(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly (string Suffix, string Replacement)[] Inflections =
        [("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")];

    private OpenNameData()
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        Cities = [.. Lines("cities.tsv.gz").Select(l => ParseCity(l, countries)).OfType<CityEntry>()];
        Demonyms = [.. Lines("demonyms.tsv").Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => (p[0], p[1]))];
        Instances = [.. Lines("names.tsv.gz").Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => (p[0], p[1]))];
        CommonWords = new HashSet<string>(Lines("common-words.txt.gz"), StringComparer.Ordinal);
        GivenNames = Lines("given-names.txt.gz").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FamilyNames = Lines("family-names.txt.gz").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static OpenNameData Shared => Instance.Value;

    public IReadOnlyList<CityEntry> Cities { get; }

    /// <summary>Demonym (and plural) -> ISO 3166-1 alpha-2 code.</summary>
    public IReadOnlyList<(string Form, string Country)> Demonyms { get; }

    /// <summary>WordNet's named instances: name -> person, place, organization or other.</summary>
    public IReadOnlyList<(string Name, string Class)> Instances { get; }

    /// <summary>
    /// Lowercase single words of WordNet: a capitalised word that is one is not a name by itself. A hash set, not
    /// a frozen one: freezing 68,000 words costs more at start-up than its faster lookups win back in a batch.
    /// </summary>
    public HashSet<string> CommonWords { get; }

    /// <summary>A lowercase word that is an ordinary word or a regular inflection of one ("rises", "talks", "ended").</summary>
    public bool IsCommonWord(string lower)
    {
        if (CommonWords.Contains(lower))
        {
            return true;
        }

        foreach (var (suffix, replacement) in Inflections)
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal)
                && CommonWords.Contains(string.Concat(lower.AsSpan(0, lower.Length - suffix.Length), replacement)))
            {
                return true;
            }
        }

        return false;
    }

    public FrozenSet<string> GivenNames { get; }

    public FrozenSet<string> FamilyNames { get; }

    /// <summary>"name TAB country TAB latitude TAB longitude"; country codes are shared through <paramref name="countries"/>.</summary>
    private static CityEntry? ParseCity(string line, Dictionary<string, string> countries)
    {
        var rest = line.AsSpan();
        Span<Range> fields = stackalloc Range[5];
        if (rest.Split(fields, '\t') != 4
            || !double.TryParse(rest[fields[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(rest[fields[3]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return null;
        }

        var lookup = countries.GetAlternateLookup<ReadOnlySpan<char>>();
        var code = rest[fields[1]];
        if (!lookup.TryGetValue(code, out var country))
        {
            country = code.ToString();
            lookup[code] = country;
        }

        return new CityEntry(line[fields[0]], country, lat, lon);
    }

    private static List<string> Lines(string file)
    {
        using var raw = RuleResources.Open("Facts", "gazetteer/" + file);
        using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
