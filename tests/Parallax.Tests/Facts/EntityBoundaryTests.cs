using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Where a name starts and ends: names joined by "and", "of" or an ampersand.</summary>
public sealed class EntityBoundaryTests
{
    [Fact]
    public void Names_joined_by_and_are_separate_names_unless_the_whole_is_one_known_name()
    {
        // Given two firms joined by "and", and a country whose name has "and" in it
        const string text = "The contract went to Velmora and Quastrix last week. Officials from Bosnia and Herzegovina approved it.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the firms are two names and the country one
        Assert.Contains(result.Entities, e => e.Text == "Velmora");
        Assert.Contains(result.Entities, e => e.Text == "Quastrix");
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("Velmora and", StringComparison.Ordinal));
        Assert.Contains(result.Entities, e => e.Text == "Bosnia and Herzegovina" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_person_before_of_and_an_opening_common_word_before_of_are_not_part_of_the_organisation()
    {
        // Given a person "of" a firm, and a sentence opening with an ordinary word before "of"
        const string text = "The deal was backed, said Peter Malkovan of Brindle Harcourt Bank. Shares of Orvex Holdings rose.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the person and the firm are separate names, and the opening word is no name
        Assert.Contains(result.Entities, e => e.Text == "Peter Malkovan" && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Text == "Brindle Harcourt Bank" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Orvex Holdings" && e.Kind == EntityKind.Organization);
        Assert.DoesNotContain(result.Entities, e => e.Text.StartsWith("Shares", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_joined_by_an_ampersand_are_one_firm()
    {
        var result = FactsTestKit.Analyze("An analyst at Morvane & Tullis said the bid was low.", "2025-03-11");

        var firm = Assert.Single(result.Entities);
        Assert.Equal("Morvane & Tullis", firm.Text);
        Assert.Equal(EntityKind.Organization, firm.Kind);
    }

    [Fact]
    public void A_country_inside_a_longer_name_makes_a_firm_but_a_known_place_with_a_head_word_stays_a_place()
    {
        // Given a firm named after a country, a place with a modifier, and known places ending in organisation head words
        const string text = "Unions at Air Moldova protested. Troops moved in Central Java. Talks on the West Bank and the Soviet Union resumed.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the firm is an organisation and the others places
        Assert.Contains(result.Entities, e => e.Text == "Air Moldova" && e.Kind == EntityKind.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Central Java" && e.Kind == EntityKind.Place);
        Assert.Contains(result.Entities, e => e.Text == "West Bank" && e.Kind == EntityKind.Place);
        Assert.Contains(result.Entities, e => e.Text == "Soviet Union" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void In_a_sports_report_the_region_of_a_dateline_and_a_ground_before_a_colon_stay_places()
    {
        // Given a cricket report with a town and region dateline and a results line opening with the ground
        const string text = "CRICKET - COUNTY RESULTS .\nSZEGED , Wisconsin 1996-08-31\nResults of county cricket matches , innings and wickets :\n"
            + "Leicester : Essex 363 and Kent 259 .";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "1996-08-31");

        // Then the region and the ground are places
        Assert.Contains(result.Entities, e => e.Text == "Wisconsin" && e.Kind == EntityKind.Place);
        Assert.Contains(result.Entities, e => e.Text == "Leicester" && e.Kind == EntityKind.Place);
    }
}
