using Parallax.Ingest;

namespace Parallax.Tests.Ingest;

public sealed class IsoDatesTests
{
    [Theory]
    [InlineData("2021-07-28", "2021-07-28T00:00:00.0000000+00:00")]
    [InlineData("2021-07-28T10:15:00+03:00", "2021-07-28T10:15:00.0000000+03:00")]
    [InlineData("2021-07-28T10:15Z", "2021-07-28T10:15:00.0000000+00:00")]
    [InlineData(" 2021-07-28 10:15:30.25 ", "2021-07-28T10:15:30.2500000+00:00")]
    public void Iso_dates_parse_invariantly(string text, string expected)
    {
        Assert.True(IsoDates.TryParse(text, out var value));
        Assert.Equal(expected, value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("28/07/2021")]
    [InlineData("July 28, 2021")]
    [InlineData("2021-13-01")]
    [InlineData("")]
    public void Other_forms_are_refused(string text) => Assert.False(IsoDates.TryParse(text, out _));
}
