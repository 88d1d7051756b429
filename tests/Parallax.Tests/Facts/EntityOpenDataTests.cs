using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>
/// Entities found through the shipped open-data lists (GeoNames towns, world-countries demonyms, WordNet's ordinary
/// words, faker's names) and the name classes of CoNLL-2003: events, groups, clubs in sports reports.
/// </summary>
public sealed class EntityOpenDataTests
{
    [Fact]
    public void A_town_of_the_open_gazetteer_is_a_place_with_its_country_and_coordinates()
    {
        // Given a town that no own list names
        // When it is analysed
        var result = FactsTestKit.Analyze("The river flooded streets in Trogir on Monday, the mayor's office said.", "2025-03-11");

        // Then it is a city with its ISO country code and GeoNames coordinates
        var town = Assert.Single(result.Entities, e => e.Text == "Trogir");
        Assert.Equal(EntityKind.Place, town.Kind);
        Assert.Equal("city", town.Subtype);
        Assert.Equal("HR", town.Country);
        var (lat, lon) = Assert.NotNull(town.Coordinates);
        Assert.InRange(lat, 43.3, 43.7);
        Assert.InRange(lon, 16.0, 16.5);
    }

    [Fact]
    public void A_demonym_of_the_open_list_maps_to_its_country()
    {
        var result = FactsTestKit.Analyze("Malawian officials met donors in the capital.", "2025-03-11");

        var demonym = Assert.Single(result.Entities, e => e.Text == "Malawian");
        Assert.Equal("demonym", demonym.Subtype);
        Assert.Equal("MW", demonym.Country);
        Assert.Equal("Malawi", demonym.Canonical);
    }

    [Fact]
    public void Ordinary_words_of_a_headline_in_capitals_are_not_names()
    {
        // Given a headline in capitals with one town in it
        var result = FactsTestKit.Analyze("FLOOD WATERS REACH SZEGED AS RIVER RISES .\nThe water rose overnight.", "2025-03-11");

        // Then the town is the only name
        var name = Assert.Single(result.Entities);
        Assert.Equal("SZEGED", name.Text);
        Assert.Equal(EntityKind.Place, name.Kind);
    }

    [Fact]
    public void Events_and_groups_are_named_things_other_than_places()
    {
        // Given a competition ending in an event word, a known event, and religious and ethnic group words
        const string text = "She won the Qatar Open last year and hopes to play at the Olympics. Kurdish and Sunni leaders met Catholic bishops.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the events and groups are "other" names, not places or persons
        Assert.Contains(result.Entities, e => e.Text == "Qatar Open" && e.Kind == EntityKind.Other && e.Subtype == "event");
        Assert.Contains(result.Entities, e => e.Text == "Olympics" && e.Kind == EntityKind.Other);
        Assert.Contains(result.Entities, e => e.Text == "Kurdish" && e.Kind == EntityKind.Other && e.Subtype == "group");
        Assert.Contains(result.Entities, e => e.Text == "Sunni" && e.Kind == EntityKind.Other);
        Assert.Contains(result.Entities, e => e.Text == "Catholic" && e.Kind == EntityKind.Other);
        Assert.DoesNotContain(result.Entities, e => e.Text == "Qatar");
    }

    [Fact]
    public void In_a_sports_report_a_town_with_a_club_word_is_a_club_but_the_dateline_stays_a_place()
    {
        // Given a football report with a dateline and two clubs named after their towns
        const string text = "SOCCER - LEAGUE RESULTS .\nSZEGED 1996-08-30\nResults of league matches played on Friday :\n"
            + "Leeds United 2 Hull City 1\nThe striker scored twice in the match.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-31");

        // Then the clubs are organisations and the dateline's town a place
        Assert.Contains(result.Entities, e => e.Text == "Leeds United" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Hull City" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "SZEGED" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Capitalised_words_that_are_no_ordinary_words_make_a_person_and_a_town_yields_to_a_given_name()
    {
        // Given an unknown two-word name, and a given name before a family name that is also a town
        var result = FactsTestKit.Analyze("The plan was drafted by Tolvan Queresh. Later it was signed by Maria Lisboa.", "2025-03-11");

        // Then both are persons, not places or other names
        Assert.Contains(result.Entities, e => e.Text == "Tolvan Queresh" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "Maria Lisboa" && e.Kind == EntityKind.Person);
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_headline_in_capitals_keeps_an_event_named_with_an_ordinary_word_before_its_head_word()
    {
        // Given a headline with an event whose first word is an ordinary word and a role word before a league
        const string text = "SOCCER - SZEGED WIN IN WORLD CUP QUALIFIER .\nBASEBALL - MAJOR LEAGUE STANDINGS .\nThe players were tired.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then both are events, and no person is found in them
        Assert.Contains(result.Entities, e => e.Text == "WORLD CUP" && e.Kind == EntityKind.Other);
        Assert.Contains(result.Entities, e => e.Text == "MAJOR LEAGUE" && e.Kind == EntityKind.Other);
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_cricket_scorecard_names_catchers_and_bowlers_after_c_st_and_b()
    {
        // Given a scorecard line with unknown names after "c" and "b" and a score after the bowler
        const string text = "CRICKET - TEST SCOREBOARD .\nScoreboard of the cricket match , innings and wickets :\nJ. Tellmar c Quorvath b Zendrati 8\n";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-31");

        // Then the catcher and the bowler are persons, not teams
        Assert.Contains(result.Entities, e => e.Text == "Quorvath" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "Zendrati" && e.Kind == EntityKind.Person);
    }
}
