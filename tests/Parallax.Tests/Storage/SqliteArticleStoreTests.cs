using Parallax.Storage;
using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Storage;

/// <summary>The store contract on a SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IArticleStore Open() => new SqliteArticleStore(Path.Combine(_folder.Path, "store.db"));

    public void Dispose() => _folder.Dispose();
}
