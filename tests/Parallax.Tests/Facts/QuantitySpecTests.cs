using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Quantities: value, unit, counted noun and approximation per spec case; years, dates, times, ordinals and names are not quantities.</summary>
public sealed class QuantitySpecTests
{
    public sealed record Expected(string Text, double Value, string? Unit, string? Counted, Approximation Approximation);

    public static TheoryData<SpecCase> Cases => SpecCase.Load(FactSpecs.Quantities);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_quantity_is_found_with_its_unit_counted_noun_and_approximation(SpecCase spec)
    {
        // Given a sentence
        // When it is analysed
        var result = FactsTestKit.Analyze(spec.Text, "2021-07-28");

        // Then exactly the expected quantities are found
        var actual = result.Quantities.Select(q => new Expected(q.Text, q.Value, q.Unit, q.Counted, q.Approximation)).ToList();
        Assert.Equal(spec.Expected<Expected>(), actual);
        Assert.All(result.Quantities, q => Assert.Equal(q.Text, result.Slice(q.Span)));
    }
}
