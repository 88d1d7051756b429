using System.Text.Json;
using Parallax.Cli;
using Parallax.Tests.Storage;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Cli;

/// <summary>`parallax stories --search`: stored stories found by the words of their articles.</summary>
public sealed class StoriesSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    private List<JsonElement> Search(string words) =>
        [.. JsonDocument.Parse(CliRun.Run("stories", "--db", Db, "--format", "json", "--search", words).Out).RootElement.Clone().EnumerateArray()];

    [Fact]
    public void A_search_lists_only_the_stories_whose_articles_hold_the_words()
    {
        // Given the two seeds (one story about Tajikistan) and the four samples (another story) in a store
        Assert.Equal(ExitCodes.Ok, CliRun.Run("ingest", TestPaths.Seeds(), TestPaths.Samples, "--db", Db).Exit);
        var all = JsonDocument.Parse(CliRun.Run("stories", "--db", Db, "--format", "json").Out).RootElement.GetArrayLength();

        // When stories are searched for a word of the seeds, and for a word found nowhere
        var tajik = Search("Tajikistan");
        var none = Search("zeppelinfield");

        // Then only the seeds' story is listed, with both its articles; nothing matches the other word
        Assert.Equal(2, all);
        var story = Assert.Single(tajik);
        Assert.Equal(2, story.GetProperty("articleIds").GetArrayLength());
        Assert.Empty(none);
    }
}
