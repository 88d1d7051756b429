namespace Parallax.Facts.Entities;

/// <summary>Roles, organisation and place heads, and the own demonym and alias lists (Rules/Facts/entities.json).</summary>
internal sealed class EntityRules
{
    internal sealed record File(
        List<string> Roles,
        List<string> OrgHeads,
        List<string> PlaceHeads,
        List<string> PlaceCues,
        List<string> NotNames,
        List<string> Connectors,
        Dictionary<string, string> Demonyms,
        Dictionary<string, string> CountryAliases,
        Dictionary<string, string> CanonicalByCode,
        Dictionary<string, string> Cities,
        List<string> GenericRegionNames,
        List<string> GivenNames,
        List<string> SportsCues,
        List<string> VenueCues,
        List<string> NationRegions,
        List<string> KnownOrganizations,
        List<string> MiscHeads,
        List<string> KnownEvents,
        List<string> GroupWords,
        List<string> TeamHeads,
        List<string> FirmSuffixes,
        List<string> OrgNouns,
        List<string> OrgNounsBefore,
        List<string> PlaceNouns,
        List<string> PlaceModifiers);

    private EntityRules(File f)
    {
        Roles = FactRuleFiles.Words(f.Roles);
        OrgHeads = FactRuleFiles.Words(f.OrgHeads);
        PlaceHeads = FactRuleFiles.Words(f.PlaceHeads);
        PlaceCues = Quantities.PhraseTable<bool>.Of(f.PlaceCues.Select(c => KeyValuePair.Create(c, true)));
        NotNames = new HashSet<string>(f.NotNames, StringComparer.Ordinal);
        Connectors = FactRuleFiles.Words(f.Connectors);
        GivenNames = FactRuleFiles.Words(f.GivenNames);
        SportsCues = FactRuleFiles.Words(f.SportsCues);
        VenueCues = FactRuleFiles.Words(f.VenueCues);
        NationRegions = FactRuleFiles.Words(f.NationRegions);
        KnownOrganizations = FactRuleFiles.Words(f.KnownOrganizations);
        MiscHeads = FactRuleFiles.Words(f.MiscHeads);
        KnownEvents = Quantities.PhraseTable<bool>.Of(f.KnownEvents.Select(c => KeyValuePair.Create(c, true)));
        GroupWords = Quantities.PhraseTable<bool>.Of(f.GroupWords.Select(c => KeyValuePair.Create(c, true)));
        TeamHeads = FactRuleFiles.Words(f.TeamHeads);
        FirmSuffixes = FactRuleFiles.Words(f.FirmSuffixes);
        OrgNouns = FactRuleFiles.Words(f.OrgNouns);
        OrgNounsBefore = FactRuleFiles.Words(f.OrgNounsBefore);
        PlaceNouns = FactRuleFiles.Words(f.PlaceNouns);
        PlaceModifiers = FactRuleFiles.Words(f.PlaceModifiers);
        Source = f;
    }

    public static EntityRules Load() => new(FactRuleFiles.Read<File>("entities.json"));

    public File Source { get; }

    public FrozenWords Roles { get; }

    public FrozenWords OrgHeads { get; }

    public FrozenWords PlaceHeads { get; }

    public Quantities.PhraseTable<bool> PlaceCues { get; }

    public IReadOnlySet<string> NotNames { get; }

    public FrozenWords Connectors { get; }

    /// <summary>Given names: a name run that starts with one is a person.</summary>
    public FrozenWords GivenNames { get; }

    /// <summary>Words of sports reports, where a region or city named as a side is a team.</summary>
    public FrozenWords SportsCues { get; }

    /// <summary>Prepositions before a venue in a sports report ("at Headingley").</summary>
    public FrozenWords VenueCues { get; }

    /// <summary>Regions that field national sides (England): places even in a sports report.</summary>
    public FrozenWords NationRegions { get; }

    /// <summary>Last words of names of events and competitions ("Cup", "Open").</summary>
    public FrozenWords MiscHeads { get; }

    /// <summary>Events named without such a head ("World Cup", "Olympics").</summary>
    public Quantities.PhraseTable<bool> KnownEvents { get; }

    /// <summary>Religions, peoples and followers ("Moslem", "Kurds", "Republican"): named groups, not places.</summary>
    public Quantities.PhraseTable<bool> GroupWords { get; }

    /// <summary>Words that make a city a club in a sports report ("City", "County", "United").</summary>
    public FrozenWords TeamHeads { get; }

    /// <summary>Last words of a firm's legal name ("Inc.", "Corp."): "and" after one starts another name.</summary>
    public FrozenWords FirmSuffixes { get; }

    /// <summary>Lowercase nouns for a firm or body beside a name ("news agency Tanjug", "Le Matin newspaper").</summary>
    public FrozenWords OrgNouns { get; }

    /// <summary>Lowercase nouns for a firm or body that cue only the name after them ("team Deportivo Coruna").</summary>
    public FrozenWords OrgNounsBefore { get; }

    /// <summary>Lowercase nouns for a place after a name ("Stansted airport", "Sharqiyah province").</summary>
    public FrozenWords PlaceNouns { get; }

    /// <summary>Words that make a part of a place ("Central", "Upper", "North"), not a firm named after it.</summary>
    public FrozenWords PlaceModifiers { get; }

    /// <summary>Organisations known by a bare name ("Boeing"): never a person before a verb of saying.</summary>
    public FrozenWords KnownOrganizations { get; }
}
