using Parallax.Comparison;
using Parallax.Facts;

namespace Parallax.Tests.Comparison;

/// <summary>Numbers aligned across outlets by what they count, judged by value, approximation and rounding.</summary>
public sealed class QuantityComparisonTests
{
    private static ArticleBuilder Evacuation(string id, string outlet, string number, double value, Approximation approximation = Approximation.Exact, string counted = "people") =>
        new ArticleBuilder(id, outlet, $"Officials said {number} {counted} were evacuated from the Eastmoor valley after the dam opened.")
            .Quantity(number, value, counted, approximation);

    [Fact]
    public void The_same_number_from_two_outlets_is_agreed()
    {
        // Given two outlets that both report 12,000 people evacuated
        var a = Evacuation("a", "Ledger", "12,000", 12000);
        var b = Evacuation("b", "Wire", "12,000", 12000);

        // When they are compared
        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        // Then the number is agreed by two sources, with both mentions pointing at "12,000"
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal(2, fact.Sources);
        Assert.Equal("12000 people", fact.Value);
        Assert.All(fact.Mentions, m => Assert.Equal("12,000", m.Text));
        Assert.Equal(["a", "b"], fact.Mentions.Select(m => m.Article));
    }

    [Fact]
    public void About_12000_and_12000_are_consistent_with_the_reason()
    {
        var a = Evacuation("a", "Ledger", "12,000", 12000);
        var b = Evacuation("b", "Courier", "about 12,000", 12000, Approximation.About);

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.Contains("approximation", fact.Note, StringComparison.Ordinal);
        Assert.Contains("about 12,000 people (Courier)", fact.Note, StringComparison.Ordinal);
        Assert.Equal("12000 people", fact.Value);
    }

    [Fact]
    public void More_than_10000_and_12000_are_consistent()
    {
        var a = Evacuation("a", "Ledger", "12,000", 12000);
        var b = Evacuation("b", "Courier", "more than 10,000", 10000, Approximation.MoreThan);

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        Assert.Equal(FactStatus.Consistent, fact.Status);
    }

    [Fact]
    public void A_rounded_figure_and_a_precise_one_close_to_it_are_consistent()
    {
        var a = Evacuation("a", "Ledger", "12,000", 12000);
        var b = Evacuation("b", "Wire", "12,240", 12240);

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.Contains("precision", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifteen_thousand_against_about_twelve_thousand_is_a_conflict_naming_both_values_and_outlets()
    {
        // Given "15,000 residents" in one outlet and "about 12,000 people" in another, about the same evacuation
        var a = Evacuation("a", "Coastline", "15,000", 15000, counted: "residents");
        var b = Evacuation("b", "Courier", "about 12,000", 12000, Approximation.About);

        // When they are compared
        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        // Then it is a conflict (15,000 lies beyond the 10% an "about" allows) whose note gives both sides
        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Contains("15,000 residents (Coastline)", fact.Note, StringComparison.Ordinal);
        Assert.Contains("about 12,000 people (Courier)", fact.Note, StringComparison.Ordinal);
        Assert.Equal(2, fact.Mentions.Count);
    }

    [Fact]
    public void Two_exact_figures_that_differ_conflict()
    {
        var fact = Compared.Single(Compared.Run(Evacuation("a", "A", "3", 3), Evacuation("b", "B", "4", 4)), FactKind.Quantity);

        Assert.Equal(FactStatus.Conflict, fact.Status);
    }

    [Fact]
    public void A_number_only_one_outlet_gives_is_unique()
    {
        var a = new ArticleBuilder("a", "Coastline", "The reservoir rose by 4 metres after heavy rain.").Quantity("4", 4, null, unit: "m");
        var b = new ArticleBuilder("b", "Wire", "The regional government opened an inquiry into the operator.");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        Assert.Equal(FactStatus.Unique, fact.Status);
        Assert.Equal(1, fact.Sources);
        Assert.Contains("only Coastline", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_about_different_things_are_not_compared()
    {
        // Given deaths in one sentence and evacuees in another: both count people, but not the same people
        var a = new ArticleBuilder("a", "Ledger", "Three people died when a footbridge collapsed near Orrin. About 12,000 people were forced from their homes in the valley.")
            .Quantity("Three", 3, "people").Quantity("12,000", 12000, "people", Approximation.About);
        var b = new ArticleBuilder("b", "Wire", "Officials evacuated 12,000 people from their homes in the valley.")
            .Quantity("12,000", 12000, "people");

        var report = Compared.Run(a, b);

        // Then the evacuation figures are aligned and the deaths stay apart, with no conflict
        Assert.DoesNotContain(report.Facts, f => f.Status == FactStatus.Conflict);
        var quantities = Compared.Of(report, FactKind.Quantity);
        Assert.Equal(2, quantities.Count);
        Assert.Contains(quantities, f => f.Status == FactStatus.Consistent && f.Mentions.Count == 2);
        Assert.Contains(quantities, f => f.Status == FactStatus.Unique && f.Value == "3 people");
    }

    [Fact]
    public void Two_articles_of_one_outlet_count_as_one_source()
    {
        var a = Evacuation("a", "The Ledger", "12,000", 12000);
        var b = Evacuation("b", "the ledger", "12,000", 12000);

        var report = Compared.Run(a, b);

        var fact = Compared.Single(report, FactKind.Quantity);
        Assert.Equal(FactStatus.Unique, fact.Status);
        Assert.Equal(1, fact.Sources);
        Assert.Equal(1, report.IndependentSources);
        Assert.Contains(report.Diagnostics, d => d.Code == "comparison.single-source");
    }

    [Fact]
    public void The_same_large_figure_counting_things_named_differently_is_agreed()
    {
        // Given 230,000 "members of the security forces" in one article and 230,000 "security forces" in another
        var a = new ArticleBuilder("a", "Times", "Some 230,000 members of the security forces took part in the exercise.").Quantity("Some 230,000", 230000, "members", Approximation.About);
        var b = new ArticleBuilder("b", "Press", "Some 230,000 security forces took part in the exercise last week.").Quantity("Some 230,000", 230000, "security forces", Approximation.About);

        // When compared
        var fact = Compared.Single(Compared.Run(a, b), FactKind.Quantity);

        // Then it is one agreed fact whose note says how each outlet named what it counts
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Contains("members (Times)", fact.Note, StringComparison.Ordinal);
        Assert.Contains("security forces (Press)", fact.Note, StringComparison.Ordinal);
    }
}
