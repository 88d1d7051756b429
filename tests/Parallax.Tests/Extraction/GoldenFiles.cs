namespace Parallax.Tests.Extraction;

/// <summary>
/// Compares an output with a reviewed file under tests/Parallax.Tests/Golden/Extraction/. With
/// PARALLAX_UPDATE_GOLDEN=1 the file is (re)written in the source tree, found by walking up to Parallax.slnx,
/// so the change shows in the diff; otherwise a missing or different file fails the test.
/// </summary>
internal static class GoldenFiles
{
    private const string Folder = "Golden/Extraction";

    public static bool Updating => Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1";

    public static void Verify(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            var path = Path.Combine(SourceFolder(), name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, Folder, name);
        Assert.True(File.Exists(expectedPath), $"golden file {Folder}/{name} is missing; run the tests with PARALLAX_UPDATE_GOLDEN=1 and review the diff");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{Folder}/{name} differs from the output (first difference at line {FirstDifferentLine(expected, actual)}); "
                + "if the change is intended, rerun with PARALLAX_UPDATE_GOLDEN=1 and review the diff");
        }
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Parallax.Tests", Folder);
            }
        }

        throw new InvalidOperationException($"Parallax.slnx not found above {AppContext.BaseDirectory}; cannot update golden files");
    }
}
