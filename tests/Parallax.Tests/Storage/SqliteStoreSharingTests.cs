using Parallax.Storage;
using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Storage;

public sealed class SqliteStoreSharingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_open_stores_on_one_file_see_each_others_writes()
    {
        var path = Path.Combine(_folder.Path, "shared.db");
        using var writer = new SqliteArticleStore(path);
        using var reader = new SqliteArticleStore(path);
        var article = StoreSamples.Plain("a.txt", "Written by one, read by the other.");

        writer.Put(article);

        Assert.Equal(article.Id, reader.Get(article.Id)?.Id);
        Assert.Equal(StoreResult.Unchanged, reader.Put(article));
    }

    [Fact]
    public void Text_with_nul_characters_and_astral_symbols_round_trips()
    {
        using var store = new SqliteArticleStore(Path.Combine(_folder.Path, "odd.db"));
        var article = StoreSamples.Plain("odd.txt", "a\0b \U0001F600 c\u0301");

        store.Put(article);

        Assert.Equal(article.Text, store.Get(article.Id)?.Text);
    }

    [Fact]
    public void A_disposed_store_refuses_work()
    {
        var store = new SqliteArticleStore(Path.Combine(_folder.Path, "closed.db"));
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.Latest());
    }
}
