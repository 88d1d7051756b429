using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Time expressions: each spec case's expected TIMEX3 mentions are found with their type, value and mod.</summary>
public sealed class TimeSpecTests
{
    public sealed record Expected(string Text, TimexType Type, string Value, string? Mod);

    public static TheoryData<SpecCase> Cases => SpecCase.Load(FactSpecs.Time);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_time_expression_is_found_and_resolved_against_the_anchor(SpecCase spec)
    {
        // Given a sentence and its publication date
        // When it is analysed
        var result = FactsTestKit.Analyze(spec.Text, spec.Anchor);

        // Then every expected time expression is there with its TIMEX3 type and value, and nothing else
        var actual = result.Times.Select(t => new Expected(t.Text, t.Type, t.Value, t.Mod)).ToList();
        var expected = spec.Expected<Expected>();
        Assert.Equal(expected, actual);
        Assert.All(result.Times, t => Assert.Equal(spec.Anchor, t.Anchor));
        Assert.All(result.Times, t => Assert.Equal(t.Text, result.Slice(t.Span)));
    }

    [Fact]
    public void The_date_of_a_dateline_is_marked_as_the_creation_time()
    {
        // Given an article opening with a dateline that carries a date, and an event date in the body
        const string text = "KESTREL FALLS, March 11 (Meridian Wire) - The dam burst on Monday, officials said.";

        // When it is analysed
        var result = FactsTestKit.Analyze(text, "2025-03-11");

        // Then the dateline's date has functionInDocument CREATION_TIME and the event's date has none
        Assert.Contains(result.Times, t => t.Text == "March 11" && t.Function == "CREATION_TIME");
        Assert.Contains(result.Times, t => t.Text == "Monday" && t.Function is null);
    }

    [Theory]
    [InlineData("The results for the first quarter of last year were weak.", "2009-05-07", "the first quarter of last year", "2008-Q1")]
    [InlineData("Sales rose in the final quarter of 2009.", "2010-01-28", "the final quarter of 2009", "2009-Q4")]
    [InlineData("Profit fell in the fourth quarter, the company said.", "1998-01-26", "the fourth quarter", "1997-Q4")]
    [InlineData("The plant closed in June last year.", "1998-02-19", "June last year", "1997-06")]
    [InlineData("The plant reopened in January this year.", "1998-02-19", "January this year", "1998-01")]
    [InlineData("He left the party several years ago.", "1998-02-13", "several years ago", "PAST_REF")]
    [InlineData("Prices have doubled in recent years.", "1998-02-13", "recent years", "PAST_REF")]
    public void Quarters_months_with_their_year_and_vague_pasts_resolve(string text, string anchor, string expression, string value)
    {
        // Given an expression whose year is stated relative to the anchor, or a vague past
        // When it is analysed
        var result = FactsTestKit.Analyze(text, anchor);

        // Then it is one time expression with that value
        var time = Assert.Single(result.Times, t => t.Text == expression);
        Assert.Equal(value, time.Value);
    }
}
