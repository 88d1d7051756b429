using System.Text.Json;
using Parallax.Facts.Quantities;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Entities;

/// <summary>
/// A known place name: the name it stands for and what it is (country, demonym, region, city, place), with the
/// ISO 3166-1 code of its country and its coordinates when the source gives them.
/// </summary>
internal sealed record PlaceEntry(string Canonical, string Subtype, string? Country = null, double? Latitude = null, double? Longitude = null)
{
    /// <summary>From the large open lists (GeoNames, WordNet): weaker evidence than the own and iso-codes lists.</summary>
    public bool FromOpenData { get; init; }
}

/// <summary>
/// Place names: countries and subdivisions from Debian's iso-codes (ISO 3166-1 and 3166-2 JSON) when the
/// files are installed, plus the own aliases, demonyms and cities of entities.json. Without iso-codes the
/// own lists still name the common countries. Behind them, the open-data lists shipped with the rules
/// (<see cref="OpenNameData"/>): GeoNames cities with country and coordinates, WordNet's named places and
/// world-countries' demonyms.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<NameIndex<PlaceEntry>> OpenPlaces = new(BuildOpenPlaces, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseTable<PlaceEntry> _names;
    private readonly NameIndex<PlaceEntry> _open;

    public Gazetteer(EntityRules rules, string? countriesFile, string? subdivisionsFile)
    {
        var source = rules.Source;
        var entries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in ReadCountries(countriesFile))
        {
            var canonical = source.CanonicalByCode.GetValueOrDefault(code) ?? name;
            byCode[code] = canonical;
            entries.TryAdd(name, new PlaceEntry(canonical, "country", code));
            entries.TryAdd(canonical, new PlaceEntry(canonical, "country", code));
        }

        // Country name -> code, for the own aliases and demonyms (iso-codes' names, then the own canonical names).
        var codeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, canonical) in byCode.Concat(source.CanonicalByCode))
        {
            codeOf.TryAdd(canonical, code);
        }

        foreach (var (alias, country) in source.CountryAliases)
        {
            entries[alias] = new PlaceEntry(country, "country", codeOf.GetValueOrDefault(country));
        }

        var generic = new HashSet<string>(source.GenericRegionNames, StringComparer.Ordinal);
        foreach (var (name, code) in ReadSubdivisions(subdivisionsFile).Where(n => !generic.Contains(n.Name)))
        {
            entries.TryAdd(name, new PlaceEntry(name, "region", code));
        }

        foreach (var (city, code) in source.Cities)
        {
            var geo = OpenCity(city, code);
            entries[city] = new PlaceEntry(city, "city", code, geo?.Latitude, geo?.Longitude);
        }

        foreach (var (demonym, country) in source.Demonyms)
        {
            entries[demonym] = new PlaceEntry(country, "demonym", codeOf.GetValueOrDefault(country));
        }

        foreach (var (demonym, code) in OpenNameData.Shared.Demonyms)
        {
            entries.TryAdd(demonym, new PlaceEntry(byCode.GetValueOrDefault(code) ?? code, "demonym", code));
        }

        _names = PhraseTable<PlaceEntry>.Of(entries);
        _open = OpenPlaces.Value;
        FromIsoCodes = byCode.Count > 0;
    }

    /// <summary>Whether the iso-codes country list was found and read.</summary>
    public bool FromIsoCodes { get; }

    /// <summary>The longest place name at token <paramref name="i"/>; the own and iso-codes lists win a tie.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int i, out PlaceEntry entry, out int end)
    {
        var own = _names.TryMatch(tokens, i, out entry, out end);
        if (_open.TryMatch(tokens, i, out var open, out var openEnd) && openEnd > end)
        {
            entry = open;
            end = openEnd;
            return true;
        }

        return own;
    }

    /// <summary>The GeoNames city of that name in that country, if the open list has it.</summary>
    private static CityEntry? OpenCity(string name, string country) =>
        OpenPlaces.Value.TryGet(name, out var entry) && entry.Country == country && entry.Latitude is { } lat && entry.Longitude is { } lon
            ? new CityEntry(name, country, lat, lon)
            : null;

    /// <summary>GeoNames cities (also under their name without accents), then WordNet's named places.</summary>
    private static NameIndex<PlaceEntry> BuildOpenPlaces()
    {
        var data = OpenNameData.Shared;
        var index = new NameIndex<PlaceEntry>(data.Cities.Count + (data.Cities.Count / 8) + data.Instances.Count);
        foreach (var city in data.Cities)
        {
            var entry = new PlaceEntry(city.Name, "city", city.Country, city.Latitude, city.Longitude) { FromOpenData = true };
            index.TryAdd(city.Name, entry);
            var folded = Fold(city.Name);
            if (!ReferenceEquals(folded, city.Name))
            {
                index.TryAdd(folded, entry);
            }
        }

        foreach (var (name, kind) in data.Instances)
        {
            if (kind == "place")
            {
                index.TryAdd(name, new PlaceEntry(name, "place") { FromOpenData = true });
            }
        }

        return index;
    }

    /// <summary>The name without accents ("Liège" -> "Liege"), or the same string when it has none.</summary>
    internal static string Fold(string name)
    {
        if (System.Text.Ascii.IsValid(name))
        {
            return name;
        }

        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(System.Text.NormalizationForm.FormC);
    }

    private static IEnumerable<(string Code, string Name)> ReadCountries(string? path)
    {
        foreach (var item in ReadArray(path, "3166-1"))
        {
            var code = item.TryGetProperty("alpha_2", out var c) ? c.GetString() : null;
            if (code is null)
            {
                continue;
            }

            foreach (var field in new[] { "common_name", "name" })
            {
                if (item.TryGetProperty(field, out var n) && n.GetString() is { } name && !name.Contains(',', StringComparison.Ordinal) && !name.Contains('(', StringComparison.Ordinal))
                {
                    yield return (code, name);
                }
            }
        }
    }

    /// <summary>Subdivision names with the ISO 3166-1 code of their country (the start of "HU-CS").</summary>
    private static IEnumerable<(string Name, string? Country)> ReadSubdivisions(string? path) =>
        ReadArray(path, "3166-2")
            .Select(item => (Name: item.TryGetProperty("name", out var n) ? n.GetString() : null,
                Country: item.TryGetProperty("code", out var c) && c.GetString() is { Length: > 2 } code ? code[..2] : null))
            .Where(s => s.Name is { Length: > 3 } n && !n.Contains(',', StringComparison.Ordinal) && !n.Contains('(', StringComparison.Ordinal) && char.IsUpper(n[0]))
            .Select(s => (s.Name!, s.Country));

    private static List<JsonElement> ReadArray(string? path, string property)
    {
        if (path is null || !System.IO.File.Exists(path))
        {
            return [];
        }

        try
        {
            using var stream = System.IO.File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            return doc.RootElement.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
                ? [.. array.EnumerateArray().Select(e => e.Clone())]
                : [];
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
