using Parallax.Tests.TestKit;

namespace Parallax.Tests.Reports;

/// <summary>The golden-file helper's diff points at the first line that differs.</summary>
public sealed class GoldenHelperTests
{
    [Fact]
    public void The_diff_shows_the_first_differing_line_with_context()
    {
        var diff = Golden.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");

        Assert.StartsWith("first difference at line 3 (expected 5 lines, got 5)", diff, StringComparison.Ordinal);
        Assert.Contains("  b\n", diff, StringComparison.Ordinal);
        Assert.Contains("- c\n", diff, StringComparison.Ordinal);
        Assert.Contains("+ X\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_golden_file_fails_with_how_to_create_it()
    {
        if (Golden.Updating)
        {
            Assert.Skip("golden files are being rewritten");
        }

        var error = Assert.ThrowsAny<Exception>(() => Golden.Verify("Reports/no-such-file.txt", "x"));

        Assert.Contains(Golden.UpdateVariable + "=1", error.Message, StringComparison.Ordinal);
    }
}
