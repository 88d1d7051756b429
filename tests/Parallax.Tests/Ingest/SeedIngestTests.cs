using Parallax.Documents;
using static Parallax.Tests.Ingest.IngestTestKit;

namespace Parallax.Tests.Ingest;

/// <summary>Reads the real seed scrapes from ../shared/seeds when that folder is present.</summary>
public sealed class SeedIngestTests
{
    [Fact]
    public async Task The_seed_folder_gives_two_text_documents_dated_by_their_sidecars()
    {
        var seeds = SeedsFolder();

        var items = await ReadAll([seeds]);

        Assert.Equal("doc doc", Codes(items));
        Assert.All(items, i =>
        {
            Assert.Equal(ContentKind.Text, i.Document!.Kind);
            Assert.Equal(new DateTimeOffset(2021, 7, 28, 0, 0, 0, TimeSpan.Zero), i.Document.Hints.Published);
        });
    }

    /// <summary>shared/seeds found by walking up from the test binaries; skips the test when absent.</summary>
    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        Assert.Skip("shared/seeds not found above " + AppContext.BaseDirectory + "; the seed tests need the repo cloned next to shared/");
        return "";
    }
}
