namespace Parallax.Tests.Storage;

public abstract partial class ArticleStoreContract
{
    [Fact]
    public void Stories_are_found_by_the_words_of_their_articles_best_match_first()
    {
        // Given a flood story of two articles and a budget story, one article of which mentions the flood in passing
        using var store = Open();
        var flood = StoreSamples.Plain("flood.txt", "River flood in Lowmere: the river burst its banks and the flood reached the square.");
        var rescue = StoreSamples.Plain("rescue.txt", "Boats rescued families in Lowmere.");
        var budget = StoreSamples.Plain("budget.txt", "The council approved the budget; a line on flood defences was cut.");
        store.PutMany([flood, rescue, budget]);
        store.ReplaceStories([StoreSamples.Story("budget", budget), StoreSamples.Story("flood", flood, rescue)]);

        // When stories are searched
        var found = store.SearchStories("flood", 10);

        // Then both stories are found, the one whose article is most about the flood first, with all their articles
        Assert.Equal(["flood", "budget"], found.Select(s => s.Id));
        Assert.Equal([flood.Id, rescue.Id], found[0].ArticleIds);
        Assert.Equal(["flood"], store.SearchStories("Lowmere boats", 10).Select(s => s.Id));
        Assert.Equal(["flood"], store.SearchStories("flood", 1).Select(s => s.Id));
    }

    [Fact]
    public void A_story_search_without_words_or_matches_finds_nothing()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        store.Put(a);
        store.ReplaceStories([StoreSamples.Story("s", a)]);

        Assert.Empty(store.SearchStories("  \"*( ", 10));
        Assert.Empty(store.SearchStories("omega", 10));
    }
}
