namespace Parallax.Tests.TestKit;

/// <summary>Where test inputs live: the samples copied beside the test binaries, and ../shared found by walking up.</summary>
internal static class TestPaths
{
    /// <summary>The repository's samples/ folder, copied into the test output.</summary>
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>shared/seeds (the real seed scrapes) found above the test binaries; skips the test when absent.</summary>
    public static string Seeds() => Shared("seeds");

    /// <summary>A folder of ../shared found above the test binaries; skips the test with the reason when absent.</summary>
    public static string Shared(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Skip($"shared/{folder} not found above {AppContext.BaseDirectory}; these tests need the repo cloned next to shared/");
        return "";
    }
}
