using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>Dates aligned by the event their sentence tells, compared by resolved TIMEX3 value.</summary>
public sealed class DateComparisonTests
{
    [Fact]
    public void Yesterday_and_March_10_with_the_same_value_are_agreed_and_the_note_says_how_each_put_it()
    {
        // Given "yesterday" (published 11 March) and "March 10", both resolved to 2025-03-10, for the dam's opening
        var a = new ArticleBuilder("a", "Wire", "Operators opened the Harrow Dam spillway yesterday as the reservoir rose.").Time("yesterday", "2025-03-10");
        var b = new ArticleBuilder("b", "Coastline", "Authorities opened the Harrow Dam spillway on March 10, officials said.").Time("March 10", "2025-03-10");

        // When compared
        var fact = Compared.Single(Compared.Run(a, b), FactKind.Date);

        // Then the date is agreed and the note quotes both wordings with their outlets
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal("2025-03-10", fact.Value);
        Assert.Contains("\u201Cyesterday\u201D (Wire)", fact.Note, StringComparison.Ordinal);
        Assert.Contains("\u201CMarch 10\u201D (Coastline)", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_days_for_the_same_event_conflict()
    {
        var a = new ArticleBuilder("a", "Wire", "Operators opened the Harrow Dam spillway on Sunday.").Time("Sunday", "2025-03-09");
        var b = new ArticleBuilder("b", "Coastline", "Authorities opened the Harrow Dam spillway on March 10.").Time("March 10", "2025-03-10");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Date);

        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Contains("2025-03-09", fact.Note, StringComparison.Ordinal);
        Assert.Contains("2025-03-10", fact.Note, StringComparison.Ordinal);
        Assert.Contains("Wire", fact.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_and_a_day_in_it_are_consistent()
    {
        var a = new ArticleBuilder("a", "Wire", "Operators opened the Harrow Dam spillway in March.").Time("March", "2025-03");
        var b = new ArticleBuilder("b", "Coastline", "Authorities opened the Harrow Dam spillway on March 10.").Time("March 10", "2025-03-10");

        var fact = Compared.Single(Compared.Run(a, b), FactKind.Date);

        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.Equal("2025-03-10", fact.Value);
    }

    [Fact]
    public void Dates_of_different_events_are_not_compared()
    {
        // Given the dam's construction year in one article and the cracks' year in another
        var a = new ArticleBuilder("a", "Coastline", "The dam was built in 1968 by the province.").Time("1968", "1968");
        var b = new ArticleBuilder("b", "Ledger", "Engineers reported cracks in the eastern wall in 2023.").Time("2023", "2023");

        var dates = Compared.Of(Compared.Run(a, b), FactKind.Date);

        // Then both are unique, not a conflict
        Assert.Equal(2, dates.Count);
        Assert.All(dates, f => Assert.Equal(FactStatus.Unique, f.Status));
    }

    [Fact]
    public void A_dateline_date_is_when_the_story_was_filed_not_an_event_date()
    {
        // Given a dateline date (marked as the creation time) in one article and an event date with similar words in another
        var a = new ArticleBuilder("a", "Wire", "KESTREL FALLS, March 11 (Wire) - Minister Varga visited Kestrel Falls after the flood.").Time("March 11", "2025-03-11", function: "CREATION_TIME");
        var b = new ArticleBuilder("b", "Ledger", "Minister Varga visited Kestrel Falls on Monday after the flood.").Time("Monday", "2025-03-10");

        // When compared
        var dates = Compared.Of(Compared.Run(a, b), FactKind.Date);

        // Then the dateline's date is not compared at all
        var only = Assert.Single(dates);
        Assert.Equal("2025-03-10", only.Value);
        Assert.Equal(FactStatus.Unique, only.Status);
    }

    [Fact]
    public void An_outlet_that_gives_both_dates_does_not_contradict_the_other()
    {
        // Given one outlet with the meeting on Wednesday and another with the meeting on Wednesday and a visit on Friday
        var a = new ArticleBuilder("a", "Times", "Shoigu met his Tajik counterpart in Dushanbe on Wednesday to discuss the border.").Time("Wednesday", "2021-07-28");
        var b = new ArticleBuilder("b", "Press", "Shoigu met his Tajik counterpart on Wednesday. On Friday officials in Dushanbe discussed the border.")
            .Time("Wednesday", "2021-07-28").Time("Friday", "2021-07-23");

        // When compared
        var dates = Compared.Of(Compared.Run(a, b), FactKind.Date);

        // Then Wednesday is agreed and Friday is the second outlet's own, not a conflict
        Assert.DoesNotContain(dates, f => f.Status == FactStatus.Conflict);
        Assert.Contains(dates, f => f.Value == "2021-07-28" && f.Status == FactStatus.Agreed);
        Assert.Contains(dates, f => f.Value == "2021-07-23" && f.Status == FactStatus.Unique);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-10T14:00", true)]
    [InlineData("XXXX-03-10", "2025-03-10", true)]
    [InlineData("2025-03-10", "2025-03-11", false)]
    [InlineData("2025-03-1", "2025-03-10", false)]
    [InlineData("PAST_REF", "2025-03-10", true)]
    [InlineData("2025", "2026-01", false)]
    public void Timex_values_are_compatible_when_they_can_name_the_same_time(string a, string b, bool compatible) =>
        Assert.Equal(compatible, DateAligner.Compatible(a, b));
}
