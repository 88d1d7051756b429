using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Tests.Storage;

/// <summary>
/// A small generated news stream for the incremental-ingest tests: events of a few kinds, each with its own invented
/// place, person and organisation, reported by several outlets over the days after it, each report a different
/// choice and order of the kind's sentences.
/// </summary>
internal static class StreamKit
{
    private static readonly DateTimeOffset Start = new(2025, 5, 1, 7, 0, 0, TimeSpan.Zero);

    private static readonly string[][] Kinds =
    [
        [
            "A fire broke out at the {org} warehouse in {place} on {day}, sending black smoke over the town.",
            "Firefighters from {place} fought the blaze for six hours, chief {person} said.",
            "No one was hurt, but {org} said stock worth millions was lost.",
            "Residents of {place} were told to keep their windows shut.",
            "{person} said investigators would look at the wiring of the {org} building.",
        ],
        [
            "Workers at the {org} plant in {place} walked out on {day} in a dispute over pay.",
            "Union leader {person} said the strike at {org} would last until wages rose.",
            "The {place} plant makes parts for buses and trams.",
            "{org} said it had offered a raise that the union of {person} refused.",
            "Pickets gathered at the gates in {place} before dawn.",
        ],
        [
            "Voters in {place} elected {person} as mayor on {day}, ending twelve years of rule by the old guard.",
            "{person} promised to rebuild the {place} harbour and cut bus fares.",
            "Turnout in {place} was the highest in decades, the {org} said.",
            "The outgoing council of {place} conceded defeat late at night.",
            "Supporters of {person} danced in the main square of {place}.",
        ],
        [
            "The river Oder burst its banks in {place} on {day}, flooding hundreds of cellars.",
            "Soldiers filled sandbags along the {place} embankment overnight, {person} said.",
            "The {org} warned that the water would keep rising until the weekend.",
            "Families in low streets of {place} slept in the sports hall.",
            "{person} asked drivers to stay away from the flooded bridge.",
        ],
        [
            "A court in {place} sentenced {person} to four years in prison on {day} for fraud at the {org}.",
            "Judges found that {person} had moved pension money into a private account.",
            "The {org} said it would sue to recover the lost savings.",
            "Lawyers for {person} said they would appeal the {place} verdict.",
            "Former clerks of the {org} testified for three weeks.",
        ],
        [
            "A new bridge over the bay opened in {place} on {day} after six years of building.",
            "Engineer {person} cut the ribbon as the first cyclists crossed.",
            "The {org} paid most of the cost of the {place} crossing.",
            "Ferry crews in {place} fear the bridge will cost them their jobs.",
            "{person} said the span was built to resist strong gales.",
        ],
    ];

    private static readonly string[] Outlets = ["North Herald", "Daily Lantern", "Coast Courier", "Evening Post", "River Times"];

    /// <summary>
    /// <paramref name="events"/> events, <paramref name="reports"/> reports each, in publication order; events start
    /// a day apart (in the order given) and their reports follow within two days.
    /// </summary>
    public static List<AnalyzedArticle> Generate(int events, int reports, int seed = 5)
    {
        var rng = new Random(seed);
        var items = new List<(DateTimeOffset When, AnalyzedArticle Article)>();
        for (var e = 0; e < events; e++)
        {
            var kind = Kinds[e % Kinds.Length];
            var (place, person, org) = (Name(rng) + "ton", Name(rng) + " " + Name(rng), Name(rng) + " Group");
            var day = Start.AddDays(e);
            for (var r = 0; r < reports; r++)
            {
                var when = day.AddHours(2 + (r * 11) + rng.Next(0, 5));
                var sentences = kind.OrderBy(_ => rng.Next()).Take(4)
                    .Select(s => s.Replace("{place}", place, StringComparison.Ordinal).Replace("{person}", person, StringComparison.Ordinal)
                        .Replace("{org}", org, StringComparison.Ordinal).Replace("{day}", day.DayOfWeek.ToString(), StringComparison.Ordinal));
                var text = string.Join(' ', sentences);
                var url = $"https://news.example/{e}/{r}";
                items.Add((when, StoryKitArticle(ArticleIds.For(url, text), url, text, Outlets[(e + r) % Outlets.Length], when)));
            }
        }

        return [.. items.OrderBy(i => i.When).Select(i => i.Article)];
    }

    /// <summary>Stories as sets of article ids, for comparing groupings whatever their order and ids.</summary>
    public static HashSet<string> Partition(IEnumerable<Story> stories) =>
        [.. stories.Select(s => string.Join(",", s.ArticleIds.Order(StringComparer.Ordinal)))];

    private static AnalyzedArticle StoryKitArticle(string id, string url, string text, string outlet, DateTimeOffset published) => new(
        new Article
        {
            Id = id,
            SourceName = url,
            Url = url,
            Text = text,
            Input = text,
            Map = OffsetMap.Identity(text.Length),
            Outlet = new Found<string>(outlet, "test"),
            Published = new Found<DateTimeOffset>(published, "test"),
        },
        [],
        [],
        [],
        [],
        []);

    private static string Name(Random rng)
    {
        string[] onsets = ["B", "Dr", "K", "M", "T", "V", "Gr", "St"];
        string[] vowels = ["a", "e", "o", "ai", "u"];
        string[] codas = ["rn", "l", "sk", "nd", "v"];
        return onsets[rng.Next(onsets.Length)] + vowels[rng.Next(vowels.Length)] + codas[rng.Next(codas.Length)] + vowels[rng.Next(vowels.Length)];
    }
}
