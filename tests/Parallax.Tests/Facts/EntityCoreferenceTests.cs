using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Names settled by the rest of the article: surnames of full names, person cues, compounds, capitals.</summary>
public sealed class EntityCoreferenceTests
{
    [Fact]
    public void A_surname_that_is_also_a_country_is_the_person_once_the_full_name_is_given()
    {
        // Given a director whose family name is a country, named again by it alone, and the country after "in"
        const string text = "The film by director Neil Jordan opened on Friday. Jordan told reporters it was his best work. He lived in Jordan once.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the lone surname before the verb is the person and the country after "in" a place
        var mentions = result.Entities.Where(e => e.Text == "Jordan").OrderBy(e => e.Span.Start).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Equal(EntityKind.Person, mentions[0].Kind);
        Assert.Equal("Neil Jordan", mentions[0].Canonical);
        Assert.Equal(EntityKind.Place, mentions[1].Kind);
    }

    [Fact]
    public void A_town_name_given_an_age_is_a_person_throughout_the_article()
    {
        // Given a word that is a town of the open lists, once with an age in commas and once in a possessive
        const string text = "Police detained Wang on Friday. Wang , 45 , was sentenced last month. The court rejected Wang 's appeal.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then every mention is a person
        var mentions = result.Entities.Where(e => e.Text == "Wang").ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(EntityKind.Person, m.Kind));
    }

    [Fact]
    public void A_name_joined_to_a_lowercase_word_is_a_name_derived_word_of_its_own()
    {
        // Given a firm named after a town-based compound
        var result = FactsTestKit.Analyze("Shares of Ontario-based Velmora Corp rose sharply.", "2025-03-11");

        // Then the compound is an "other" name and the firm an organisation
        Assert.Contains(result.Entities, e => e.Text == "Ontario-based" && e.Kind == EntityKind.Other);
        Assert.Contains(result.Entities, e => e.Text == "Velmora Corp" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Every_word_of_a_place_in_capitals_is_part_of_the_name_and_and_after_a_firm_suffix_starts_a_new_name()
    {
        // Given a headline with a city whose second word is an inflected ordinary word, and two firms with legal suffixes
        const string text = "FIRES NEAR LOS ANGELES .\nBuyers are Brindle Systems Inc. and Norvale Corp. this year.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the city is one place and the firms two organisations
        Assert.Contains(result.Entities, e => e.Text == "LOS ANGELES" && e.Kind == EntityKind.Place);
        Assert.Contains(result.Entities, e => e.Text == "Brindle Systems Inc." && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Norvale Corp." && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_noun_for_a_firm_or_a_place_beside_a_name_settles_its_class_in_the_whole_article()
    {
        // Given a news agency named after its cue noun and then alone before "said", and a town before "airport"
        const string text = "The news agency Varnatel reported the crash. Varnatel said two people died. Flights left Brokovna airport late.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then both mentions of the agency are organisations and the airport's town a place
        var agency = result.Entities.Where(e => e.Text == "Varnatel").ToList();
        Assert.Equal(2, agency.Count);
        Assert.All(agency, a => Assert.Equal(EntityKind.Organization, a.Kind));
        Assert.Contains(result.Entities, e => e.Text == "Brokovna" && e.Kind == EntityKind.Place);
    }
}
