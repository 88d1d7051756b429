using System.Text;

namespace Parallax.Tests.TestKit;

/// <summary>
/// Golden files: expected outputs kept under <c>tests/Parallax.Tests/Golden/</c> and reviewed in the diff. A test
/// compares its output with the file; with <c>PARALLAX_UPDATE_GOLDEN=1</c> it rewrites the file in the source tree
/// (found by walking up to <c>Parallax.slnx</c>) instead, and passes.
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "PARALLAX_UPDATE_GOLDEN";

    private const int ContextLines = 3;

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Checks <paramref name="actual"/> against <c>Golden/&lt;relativePath&gt;</c> (line endings normalised to "\n").</summary>
    public static void Verify(string relativePath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var source = SourcePath(relativePath);
        if (Updating)
        {
            if (source is null)
            {
                Assert.Fail($"{UpdateVariable}=1 but the source tree (a folder holding Parallax.slnx) is not above {AppContext.BaseDirectory}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
            return;
        }

        var expectedPath = source is not null && File.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "Golden", relativePath);
        if (!File.Exists(expectedPath))
        {
            Assert.Fail($"golden file Golden/{relativePath} does not exist; run the tests with {UpdateVariable}=1 to create it, then review it");
        }

        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"output differs from Golden/{relativePath} ({expectedPath}); if the change is intended, run with {UpdateVariable}=1 and review the diff\n{Diff(expected, actual)}");
        }
    }

    /// <summary>The first differing line with a few lines around it, expected (-) against actual (+).</summary>
    internal static string Diff(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && string.Equals(want[first], got[first], StringComparison.Ordinal))
        {
            first++;
        }

        var builder = new StringBuilder();
        builder.Append("first difference at line ").Append(first + 1).Append(" (expected ").Append(want.Length).Append(" lines, got ").Append(got.Length).Append(")\n");
        for (var i = Math.Max(0, first - ContextLines); i < first; i++)
        {
            builder.Append("  ").Append(want[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(want.Length, first + ContextLines + 1); i++)
        {
            builder.Append("- ").Append(want[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(got.Length, first + ContextLines + 1); i++)
        {
            builder.Append("+ ").Append(got[i]).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The golden file's path in the source tree, or null when the tree is not above the test binaries.</summary>
    private static string? SourcePath(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Parallax.Tests", "Golden", relativePath);
            }
        }

        return null;
    }
}
