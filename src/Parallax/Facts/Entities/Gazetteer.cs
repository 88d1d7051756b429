using System.Text.Json;
using Parallax.Facts.Quantities;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Entities;

/// <summary>A known place name: the name it stands for and what it is (country, demonym, region, city).</summary>
internal sealed record PlaceEntry(string Canonical, string Subtype);

/// <summary>
/// Place names: countries and subdivisions from Debian's iso-codes (ISO 3166-1 and 3166-2 JSON) when the
/// files are installed, plus the own aliases, demonyms and cities of entities.json. Without iso-codes the
/// own lists still name the common countries.
/// </summary>
internal sealed class Gazetteer
{
    private readonly PhraseTable<PlaceEntry> _names;

    public Gazetteer(EntityRules rules, string? countriesFile, string? subdivisionsFile)
    {
        var source = rules.Source;
        var entries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in ReadCountries(countriesFile))
        {
            var canonical = source.CanonicalByCode.GetValueOrDefault(code) ?? name;
            byCode[code] = canonical;
            entries.TryAdd(name, new PlaceEntry(canonical, "country"));
            entries.TryAdd(canonical, new PlaceEntry(canonical, "country"));
        }

        foreach (var (alias, country) in source.CountryAliases)
        {
            entries[alias] = new PlaceEntry(country, "country");
        }

        var generic = new HashSet<string>(source.GenericRegionNames, StringComparer.Ordinal);
        foreach (var name in ReadSubdivisions(subdivisionsFile).Where(n => !generic.Contains(n)))
        {
            entries.TryAdd(name, new PlaceEntry(name, "region"));
        }

        foreach (var (city, _) in source.Cities)
        {
            entries[city] = new PlaceEntry(city, "city");
        }

        foreach (var (demonym, country) in source.Demonyms)
        {
            entries[demonym] = new PlaceEntry(country, "demonym");
        }

        _names = PhraseTable<PlaceEntry>.Of(entries);
        FromIsoCodes = byCode.Count > 0;
    }

    /// <summary>Whether the iso-codes country list was found and read.</summary>
    public bool FromIsoCodes { get; }

    public bool TryMatch(IReadOnlyList<Token> tokens, int i, out PlaceEntry entry, out int end) => _names.TryMatch(tokens, i, out entry, out end);

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

    private static IEnumerable<string> ReadSubdivisions(string? path) =>
        ReadArray(path, "3166-2")
            .Select(item => item.TryGetProperty("name", out var n) ? n.GetString() : null)
            .OfType<string>()
            .Where(n => n.Length > 3 && !n.Contains(',', StringComparison.Ordinal) && !n.Contains('(', StringComparison.Ordinal) && char.IsUpper(n[0]));

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
