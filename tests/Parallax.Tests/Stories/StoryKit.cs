using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>Short fictional news texts and builders of articles and story features for the stories-stage tests.</summary>
internal static class StoryKit
{
    public static readonly DateTimeOffset March10 = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A wire report about a ferry accident (about 130 words).</summary>
    public const string FerryWire =
        "A passenger ferry ran aground on rocks off Gull Island early on Tuesday, and all 86 passengers and six crew were taken "
        + "off by coastguard boats, the harbour master of Port Sorrel said. The ferry Tern left Port Sorrel at 6.40 in thick fog "
        + "and struck the Cormorant reef twenty minutes later. Water entered the engine room, but the hull held and no one was hurt, "
        + "according to the operator Sorrel Lines. Divers will inspect the vessel on Wednesday before a tug tries to pull it free at "
        + "high tide. The island council said food and post would reach Gull Island by fishing boat until the crossing reopens. "
        + "Sorrel Lines apologised to passengers and said it would pay for hotel rooms in Port Sorrel for those who could not travel home.";

    /// <summary>The same ferry accident told in other words by another outlet.</summary>
    public const string FerryOwnReport =
        "Coastguard crews rescued 92 people from the ferry Tern after it hit the Cormorant reef near Gull Island in fog on Tuesday "
        + "morning. Passengers described a loud bang and water on the lower deck as the Sorrel Lines ship stopped dead on the rocks. "
        + "The harbour master in Port Sorrel said nobody was injured. A tug will try to refloat the ferry at high tide once divers "
        + "have checked the hull, the operator said. Islanders will get supplies by fishing boat until the Gull Island crossing resumes.";

    /// <summary>An unrelated story: a regional budget vote.</summary>
    public const string Budget =
        "The Eastmoor regional assembly approved a budget of 1.2 billion euros on Thursday after a nine-hour debate, with 41 votes in "
        + "favour and 30 against. Finance chief Anna Lindqvist said spending on rural bus lines would double, while the opposition "
        + "Greens criticised cuts to museum funding. The budget also raises the tourist tax in Kestrel Falls and Orrin from one to two "
        + "euros a night. Hotel owners said the rise would drive visitors to neighbouring regions.";

    /// <summary>An earthquake in one place ...</summary>
    public const string QuakeMarrow =
        "A magnitude 6.1 earthquake struck the coastal city of Marrowby on Tuesday night, killing at least 14 people and destroying "
        + "dozens of homes in the old harbour district, the Marrowby fire brigade said. The quake's epicentre was 20 kilometres off "
        + "the Tessaline coast at a depth of 10 kilometres. Rescue teams searched collapsed buildings on Fisher Street through the "
        + "night. Tessaline's interior minister Paulo Verano said the army would send tents and water to Marrowby. Aftershocks were "
        + "felt as far away as Lanzo.";

    /// <summary>... another report of the same earthquake ...</summary>
    public const string QuakeMarrowAgain =
        "Rescuers in Marrowby pulled survivors from the rubble of Fisher Street on Wednesday after a magnitude 6.1 earthquake killed "
        + "14 people in the Tessaline port city. Interior minister Paulo Verano visited the harbour district and promised army tents "
        + "and drinking water. The Marrowby fire brigade said 60 homes had collapsed. Aftershocks shook Lanzo and the Tessaline coast.";

    /// <summary>... and a different earthquake, elsewhere, told with much of the same vocabulary.</summary>
    public const string QuakeVelka =
        "A magnitude 5.8 earthquake hit the mountain town of Velka in northern Ostravia on Friday, injuring 40 people and cutting "
        + "the only road to the Brannen valley, the Ostravian civil protection agency said. The quake's epicentre was 8 kilometres "
        + "below the Kessel pass. Rescue teams searched collapsed barns and a school gym in Velka. Ostravia's prime minister Ilse "
        + "Marten said helicopters would bring tents and water to the valley. Aftershocks were felt in Dornbach.";

    /// <summary>A second report of the Velka earthquake, with the vocabulary all the quake reports share.</summary>
    public const string QuakeVelkaAgain =
        "Helicopters flew tents and water into the Brannen valley on Saturday after a magnitude 5.8 earthquake injured 40 people in "
        + "Velka, the Ostravian civil protection agency said. The road over the Kessel pass stayed closed. Prime minister Ilse Marten "
        + "visited the school gym in Velka where rescue teams had searched the rubble. Aftershocks were felt in Dornbach again.";

    public static Article Article(string id, string text, string? outlet = null, DateTimeOffset? published = null) => new()
    {
        Id = id,
        SourceName = id + ".txt",
        Text = text,
        Input = text,
        Map = OffsetMap.Identity(text.Length),
        Outlet = outlet is null ? null : new Found<string>(outlet, "test"),
        Published = published is { } p ? new Found<DateTimeOffset>(p, "test") : null,
    };

    public static AnalyzedArticle Analyzed(Article article) => new(article, [], [], [], [], []);

    public static StoryFeatures Features(string id, string text, DateTimeOffset? published = null, string? outlet = null) =>
        new StoryFeatureExtractor().FromText(id, text, outlet: outlet, published: published);

    /// <summary>
    /// A clusterer that has observed (not assigned) the features of two earthquakes, the ferry accident with edited
    /// copies of its two reports, and the budget vote; <paramref name="all"/> holds those features by id.
    /// </summary>
    public static IncrementalClusterer TrainedOnEvents(out Dictionary<string, StoryFeatures> all, ClusteringOptions? options = null)
    {
        all = new[]
        {
            Features("marrow1", QuakeMarrow),
            Features("marrow2", QuakeMarrowAgain),
            Features("velka1", QuakeVelka),
            Features("velka2", QuakeVelkaAgain),
            Features("wire", FerryWire),
            Features("own", FerryOwnReport),
            Features("wire-copy", EditEvery(FerryWire, 9)),
            Features("own-copy", EditEvery(FerryOwnReport, 9)),
            Features("budget", Budget),
        }.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var clusterer = new IncrementalClusterer(options);
        foreach (var features in all.Values)
        {
            clusterer.Observe(features);
        }

        return clusterer;
    }

    /// <summary>The member ids of one story, in order.</summary>
    public static List<string> Members(IncrementalClusterer clusterer, string story) =>
        clusterer.Stories.Single(s => s.Id == story).Members.Select(m => m.Id).ToList();

    /// <summary><paramref name="text"/> with every <paramref name="every"/>-th word replaced by another word.</summary>
    public static string EditEvery(string text, int every)
    {
        var words = text.Split(' ');
        for (var i = every - 1; i < words.Length; i += every)
        {
            words[i] = "changed" + i;
        }

        return string.Join(' ', words);
    }
}
