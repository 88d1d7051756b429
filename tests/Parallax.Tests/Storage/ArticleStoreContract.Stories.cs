using Parallax.Storage;

namespace Parallax.Tests.Storage;

public abstract partial class ArticleStoreContract
{
    [Fact]
    public void Stories_round_trip_in_order()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        var b = StoreSamples.Plain("b.txt", "Beta text.");
        store.PutMany([a, b]);
        var stories = new[] { StoreSamples.Story("s2", b, a), StoreSamples.Story("s1", a) };

        store.ReplaceStories(stories);
        var back = store.Stories();

        Assert.Equal(["s2", "s1"], back.Select(s => s.Id));
        Assert.Equal(stories[0].ArticleIds, back[0].ArticleIds);
        Assert.Equal(stories[0].Outlets, back[0].Outlets);
        Assert.Equal((stories[0].Title, stories[0].IndependentSources, stories[0].First, stories[0].Last), (back[0].Title, back[0].IndependentSources, back[0].First, back[0].Last));
    }

    [Fact]
    public void Replacing_stories_drops_the_old_ones()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        store.Put(a);
        store.ReplaceStories([StoreSamples.Story("old", a)]);

        store.ReplaceStories([StoreSamples.Story("new", a)]);

        Assert.Equal("new", Assert.Single(store.Stories()).Id);
        Assert.Null(store.GetStory("old"));
    }

    [Fact]
    public void Ids_are_found_by_a_unique_prefix_and_an_ambiguous_prefix_is_an_error()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        store.Put(a);
        store.ReplaceStories([StoreSamples.Story("abc123", a), StoreSamples.Story("abd456", a)]);

        Assert.Equal("abc123", store.GetStory("abc")?.Id);
        Assert.Equal("abd456", store.GetStory("abd456")?.Id);
        Assert.Null(store.GetStory("zz"));
        var ambiguous = Assert.Throws<StoreException>(() => store.GetStory("ab"));
        Assert.Contains("ambiguous", ambiguous.Message, StringComparison.Ordinal);
        Assert.Equal(a.Id, store.Get(a.Id[..5])?.Id);
    }

    [Fact]
    public void A_failure_inside_a_batch_leaves_the_store_as_it_was()
    {
        using var store = Open();
        var kept = StoreSamples.Plain("kept.txt", "Already stored.");
        store.Put(kept);
        var good = StoreSamples.Plain("good.txt", "Would be stored.");
        var clash = StoreSamples.Plain("elsewhere.txt", "Already stored.") with { Id = kept.Id };

        Assert.Throws<StoreException>(() => store.PutMany([good, clash]));

        Assert.Null(store.Get(good.Id));
        Assert.Equal([kept.Id], store.List().Select(s => s.Id));
    }

    [Fact]
    public void A_story_naming_an_unknown_article_is_refused_and_the_old_stories_stay()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        store.Put(a);
        store.ReplaceStories([StoreSamples.Story("before", a)]);
        var ghost = StoreSamples.Plain("ghost.txt", "Never stored.");

        var error = Assert.Throws<StoreException>(() => store.ReplaceStories([StoreSamples.Story("after", a), StoreSamples.Story("bad", ghost)]));

        Assert.Contains(ghost.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal("before", Assert.Single(store.Stories()).Id);
    }

    [Fact]
    public void A_fresh_store_reports_a_schema_version_and_holds_nothing()
    {
        using var store = Open();

        Assert.True(store.SchemaVersion >= 1);
        Assert.Empty(store.Latest());
        Assert.Empty(store.Stories());
        Assert.Null(store.Get("0123456789ab"));
    }
}
