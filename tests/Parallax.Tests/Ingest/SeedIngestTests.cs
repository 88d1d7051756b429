using Parallax.Documents;
using Parallax.Tests.TestKit;
using static Parallax.Tests.Ingest.IngestTestKit;

namespace Parallax.Tests.Ingest;

/// <summary>Reads the real seed scrapes from ../shared/seeds when that folder is present.</summary>
public sealed class SeedIngestTests
{
    [Fact]
    public async Task The_seed_folder_gives_two_text_documents_dated_by_their_sidecars()
    {
        var seeds = TestPaths.Seeds();

        var items = await ReadAll([seeds]);

        Assert.Equal("doc doc", Codes(items));
        Assert.All(items, i =>
        {
            Assert.Equal(ContentKind.Text, i.Document!.Kind);
            Assert.Equal(new DateTimeOffset(2021, 7, 28, 0, 0, 0, TimeSpan.Zero), i.Document.Hints.Published);
        });
    }
}
