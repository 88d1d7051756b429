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
}
