namespace Parallax.Facts.Entities;

/// <summary>
/// WordNet's named persons, organisations and other named things ("Napoleon", "Hizbollah"), matched whole. Its
/// named places are in the <see cref="Gazetteer"/>.
/// </summary>
internal static class KnownNames
{
    private static readonly Lazy<NameIndex<EntityKind>> Index = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static NameIndex<EntityKind> Shared => Index.Value;

    private static NameIndex<EntityKind> Build()
    {
        var index = new NameIndex<EntityKind>();
        foreach (var (name, kind) in OpenNameData.Shared.Instances.Where(n => n.Class != "place"))
        {
            index.TryAdd(name, kind switch
            {
                "person" => EntityKind.Person,
                "organization" => EntityKind.Organization,
                _ => EntityKind.Other,
            });
        }

        return index;
    }
}
