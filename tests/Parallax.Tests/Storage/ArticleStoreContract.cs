using Parallax.Storage;

namespace Parallax.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IArticleStore"/> must have. A subclass per implementation supplies
/// <see cref="Open"/>: each call opens the same backing store again (same file, same database).
/// </summary>
public abstract partial class ArticleStoreContract
{
    protected abstract IArticleStore Open();

    [Fact]
    public void Putting_the_same_article_twice_stores_it_once()
    {
        using var store = Open();
        var article = StoreSamples.Plain("a.txt", "The bridge opened on Monday.");

        var first = store.Put(article);
        var second = store.Put(article);

        Assert.Equal(StoreResult.Added, first);
        Assert.Equal(StoreResult.Unchanged, second);
        Assert.Single(store.Latest());
    }

    [Fact]
    public void Changed_text_for_the_same_source_is_a_new_revision_and_becomes_latest()
    {
        using var store = Open();
        var v1 = StoreSamples.Plain("a.txt", "The bridge opened on Monday.", "https://news.example/bridge");
        var v2 = StoreSamples.Plain("b.txt", "The bridge opened on Tuesday.", "https://news.example/bridge");
        store.Put(v1);

        var result = store.Put(v2);

        Assert.Equal(StoreResult.NewRevision, result);
        Assert.Equal(v2.Id, Assert.Single(store.Latest()).Id);
        var summary = Assert.Single(store.List());
        Assert.Equal((v2.Id, 2), (summary.Id, summary.Revision));
        Assert.NotNull(store.Get(v1.Id));
    }

    [Fact]
    public void Going_back_to_an_earlier_text_makes_it_latest_again()
    {
        using var store = Open();
        var v1 = StoreSamples.Plain("a.txt", "First wording.");
        var v2 = StoreSamples.Plain("a.txt", "Second wording.");
        store.PutMany([v1, v2]);

        var result = store.Put(v1);

        Assert.Equal(StoreResult.NewRevision, result);
        Assert.Equal(v1.Id, Assert.Single(store.Latest()).Id);
    }

    [Fact]
    public void Every_field_survives_a_round_trip_through_a_reopened_store()
    {
        var article = StoreSamples.Full();
        using (var store = Open())
        {
            store.Put(article);
        }

        using var reopened = Open();
        var back = reopened.Get(article.Id);

        Assert.NotNull(back);
        Assert.Equal((article.Id, article.SourceName, article.Url, article.Text, article.Input), (back.Id, back.SourceName, back.Url, back.Text, back.Input));
        Assert.Equal(article.Outlet, back.Outlet);
        Assert.Equal(article.Title, back.Title);
        Assert.Equal(article.Byline, back.Byline);
        Assert.Equal(article.Published, back.Published);
        Assert.Equal(article.Published!.Value.Offset, back.Published!.Value.Offset);
        Assert.Equal(article.Modified, back.Modified);
        Assert.Equal(article.Language, back.Language);
        Assert.Equal(article.Removed, back.Removed);
        Assert.Equal(article.Map.CleanLength, back.Map.CleanLength);
        Assert.Equal(article.Map.Pieces(), back.Map.Pieces());
        Assert.Equal(article.Map.ToInput(17), back.Map.ToInput(17));
    }

    [Fact]
    public void Missing_optional_fields_stay_missing()
    {
        using var store = Open();
        var article = StoreSamples.Plain("bare.txt", "Only text.");

        store.Put(article);
        var back = store.Get(article.Id)!;

        Assert.Null(back.Url);
        Assert.Null(back.Title);
        Assert.Null(back.Published);
        Assert.Empty(back.Removed);
    }

    [Fact]
    public void Search_finds_articles_by_a_word_of_the_text_or_title_ignoring_case_and_accents()
    {
        using var store = Open();
        var harbour = StoreSamples.Full();
        var other = StoreSamples.Plain("o.txt", "Talks in Dushanbé ended without an agreement.");
        store.PutMany([harbour, other]);

        Assert.Equal([harbour.Id], store.Search("ferries", 10));
        Assert.Equal([harbour.Id], store.Search("HARBOUR", 10));
        Assert.Equal([other.Id], store.Search("dushanbe", 10));
        Assert.Equal([other.Id], store.Search("agree*", 10));
        Assert.Empty(store.Search("submarine", 10));
    }

    [Fact]
    public void Search_never_fails_on_query_syntax()
    {
        using var store = Open();
        store.Put(StoreSamples.Plain("a.txt", "Ferries sail again."));

        Assert.Empty(store.Search("\"unbalanced AND ( OR NEAR", 5));
        Assert.Empty(store.Search("   ", 5));
        Assert.Single(store.Search("(ferries!! \"", 5));
    }

    [Fact]
    public void Search_only_returns_the_latest_revision()
    {
        using var store = Open();
        var v1 = StoreSamples.Plain("a.txt", "The ferry sank.");
        var v2 = StoreSamples.Plain("a.txt", "The ferry was towed back.");
        store.PutMany([v1, v2]);

        Assert.Equal([v2.Id], store.Search("ferry", 10));
    }
}
