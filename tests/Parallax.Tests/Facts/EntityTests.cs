using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Entities: persons with roles and coreference, organisations with acronyms, countries and demonyms.</summary>
public sealed class EntityTests
{
    private const string Text = "French Foreign Minister Claire Dubois met her Italian counterpart, Marco Rossi, in Rome on Monday. "
        + "Dubois said the talks went well. The Ministry of Health and the World Health Organization (WHO) agreed on a plan for Syria.";

    [Fact]
    public void Persons_are_found_after_roles_and_a_surname_corefers_with_the_full_name()
    {
        // Given a text naming two persons with roles, one later by surname
        // When it is analysed
        var result = FactsTestKit.Analyze(Text, "2021-07-28");

        // Then both persons are found, the role is kept and the surname mention has the full name as canonical
        var persons = result.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        Assert.Contains(persons, p => p.Text == "Claire Dubois" && p.Role == "French Foreign Minister");
        Assert.Contains(persons, p => p.Text == "Marco Rossi");
        Assert.Contains(persons, p => p.Text == "Dubois" && p.Canonical == "Claire Dubois");
    }

    [Fact]
    public void A_name_after_a_role_is_a_person_even_when_one_of_its_words_is_a_country()
    {
        // Given a senator whose first name is also a country's name
        // When it is analysed
        var result = FactsTestKit.Analyze("Senator Jordan Pike said the bill was flawed.", "2021-07-28");

        // Then the whole name is one person with the role, not a place
        var person = Assert.Single(result.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Jordan Pike", person.Text);
        Assert.Equal("Senator", person.Role);
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_given_name_or_an_initial_makes_a_person_and_a_lone_surname_at_a_sentence_start_corefers()
    {
        // Given names without a role or speech verb: a common given name, an initial, a coordination of two names
        const string text = "The match ended early.\nAll-rounder Phil Simmons took four wickets, and P. Ward made 40.\n"
            + "Later Nasser Hussain and Peter Such batted.\nSimmons was named man of the match.\nItalian Marco Bellin bowled last.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-30");

        // Then each is a person of its own, and the lone "Simmons" opening a sentence takes the full name
        var persons = result.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        Assert.Contains(persons, p => p.Text == "Phil Simmons");
        Assert.Contains(persons, p => p.Text == "P. Ward");
        Assert.Contains(persons, p => p.Text == "Nasser Hussain");
        Assert.Contains(persons, p => p.Text == "Peter Such");
        Assert.Contains(persons, p => p.Text == "Simmons" && p.Canonical == "Phil Simmons");
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(persons, p => p.Text == "Marco Bellin");
        Assert.Contains(result.Entities, e => e.Text == "Italian" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_name_with_a_country_in_brackets_is_a_player()
    {
        // Given a results line of unknown names, each followed by a country in brackets
        // When it is analysed
        var result = FactsTestKit.Analyze("Results on Friday:\nZoltan Brisk ( France ) beat Karel Umbra ( Germany ) 6-3 6-4.", "1996-08-30");

        // Then both names are persons and the countries stay places
        Assert.Contains(result.Entities, e => e.Text == "Zoltan Brisk" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "Karel Umbra" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "France" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void In_a_sports_report_a_city_named_as_a_side_is_a_team_but_a_venue_and_a_dateline_stay_places()
    {
        // Given a soccer report where two cities are the sides, one the venue and one the dateline
        const string text = "ISTANBUL 1996-08-30\nAnkara beat Istanbul 2-1 in a league match in Geneva, "
            + "the winning goal coming after halftime.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-30");

        // Then the sides are organisations, the venue and the dateline city are places
        Assert.Contains(result.Entities, e => e.Text == "Ankara" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Istanbul" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Geneva" && e.Kind == EntityKind.Place);
        Assert.Contains(result.Entities, e => e.Text == "ISTANBUL" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void In_a_sports_report_an_unknown_name_before_a_score_is_a_side_and_after_at_a_venue()
    {
        // Given soccer results with unknown club names before their scores and a report of a match at an unknown ground
        const string text = "Results of soccer league matches on Friday:\nPohang 3 Ulsan 2 ( halftime 1-1 )\n"
            + "The match was played at Dunmore before 4,000 fans.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-30");

        // Then the clubs are organisations and the ground is a place
        Assert.Contains(result.Entities, e => e.Text == "Pohang" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Ulsan" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Dunmore" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Two_unknown_name_words_whose_last_word_recurs_alone_are_a_person()
    {
        // Given a two-word name with no known given name, its last word used alone later
        const string text = "The bout pits Ormand Velasko against a younger rival. Fans expect Velasko to win.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-30");

        // Then the full name and the surname are persons, the surname taking the full name
        Assert.Contains(result.Entities, e => e.Text == "Ormand Velasko" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "Velasko" && e.Kind == EntityKind.Person && e.Canonical == "Ormand Velasko");
    }

    [Fact]
    public void A_known_company_before_a_verb_of_saying_is_an_organisation()
    {
        // Given a company named without a head word and followed by "said"
        // When it is analysed
        var result = FactsTestKit.Analyze("The tanker deal collapsed, and Boeing said it would appeal.", "2004-11-24");

        // Then it is an organisation, not a person
        Assert.Contains(result.Entities, e => e.Text == "Boeing" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_role_starting_a_sentence_is_kept_whole_and_a_conjunction_is_not_part_of_it()
    {
        var result = FactsTestKit.Analyze("Water Minister Ana Pop came. The water rose. But Dutch finance minister Jan de Vries left.");

        Assert.Contains(result.Entities, e => e.Text == "Ana Pop" && e.Role == "Water Minister");
        Assert.Contains(result.Entities, e => e.Text == "Jan de Vries" && e.Role == "Dutch finance minister");
    }

    [Fact]
    public void Demonyms_and_countries_name_their_country_and_cues_mark_unknown_places()
    {
        var result = FactsTestKit.Analyze(Text, "2021-07-28");

        var places = result.Entities.Where(e => e.Kind == EntityKind.Place).ToList();
        Assert.Contains(places, p => p.Text == "French" && p.Canonical == "France" && p.Subtype == "demonym");
        Assert.Contains(places, p => p.Text == "Italian" && p.Canonical == "Italy");
        Assert.Contains(places, p => p.Text == "Syria" && p.Canonical == "Syria");
        Assert.Contains(places, p => p.Text == "Rome");
    }

    [Fact]
    public void Organisations_end_in_a_head_word_and_an_acronym_in_brackets_corefers()
    {
        var result = FactsTestKit.Analyze(Text, "2021-07-28");

        var orgs = result.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        Assert.Contains(orgs, o => o.Text == "Ministry of Health");
        Assert.Contains(orgs, o => o.Text == "World Health Organization");
        Assert.Contains(orgs, o => o.Text == "WHO" && o.Canonical == "World Health Organization");
        Assert.DoesNotContain(result.Entities, e => e.Text == "Monday");
    }

    [Fact]
    public void Without_iso_codes_the_own_country_list_still_names_countries()
    {
        // Given an analyzer that cannot find the iso-codes files
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { CountriesFile = "/nonexistent/iso_3166-1.json", SubdivisionsFile = null });

        // When a text with countries and demonyms is analysed
        var result = analyzer.Analyze(FactsTestKit.Article("Russian troops left Syria and returned to Russia."), TestContext.Current.CancellationToken);

        // Then the own list still names them
        Assert.False(analyzer.UsesIsoCodes);
        Assert.Equal(["Russia", "Syria", "Russia"], result.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Canonical));
    }

    [Fact]
    public void With_iso_codes_every_country_is_known()
    {
        if (!File.Exists("/usr/share/iso-codes/json/iso_3166-1.json"))
        {
            Assert.Skip("Debian iso-codes is not installed");
        }

        var result = FactsTestKit.Analyze("Delegates from Paraguay and Mozambique arrived.");

        Assert.True(FactsTestKit.Analyzer.UsesIsoCodes);
        Assert.Equal(["Paraguay", "Mozambique"], result.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Canonical));
    }
}
