using Microsoft.Data.Sqlite;
using Parallax.Storage;
using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Storage;

public sealed class SqliteStoreOpeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_file_is_migrated_to_the_latest_schema_version()
    {
        var path = Path.Combine(_folder.Path, "new.db");

        using (var store = new SqliteArticleStore(path))
        {
            Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        }

        Assert.Equal(SqliteSchema.Latest, Pragma(path, "user_version"));
        Assert.Equal(SqliteSchema.ApplicationId, Pragma(path, "application_id"));
        Assert.Equal("wal", PragmaText(path, "journal_mode"));
    }

    [Fact]
    public void An_empty_file_becomes_a_store()
    {
        var path = _folder.File("empty.db", []);

        using var store = new SqliteArticleStore(path);

        Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
    }

    [Fact]
    public void A_missing_folder_is_created()
    {
        var path = Path.Combine(_folder.Path, "deep", "er", "store.db");

        using var store = new SqliteArticleStore(path);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Reopening_keeps_the_version_and_the_data()
    {
        var path = Path.Combine(_folder.Path, "again.db");
        var article = StoreSamples.Plain("a.txt", "Kept across runs.");
        using (var first = new SqliteArticleStore(path))
        {
            first.Put(article);
        }

        using var second = new SqliteArticleStore(path);

        Assert.Equal(SqliteSchema.Latest, second.SchemaVersion);
        Assert.Equal(StoreResult.Unchanged, second.Put(article));
    }

    [Fact]
    public void A_sqlite_database_of_another_application_is_refused_and_left_byte_identical()
    {
        var path = Path.Combine(_folder.Path, "foreign.db");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ann');";
            create.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_byte_identical()
    {
        var path = _folder.File("notes.db", "These are my notes, not a database.\n");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_damaged_sqlite_file_is_refused_with_a_store_exception()
    {
        var bytes = new byte[8192];
        "SQLite format 3\0"u8.CopyTo(bytes);
        new Random(7).NextBytes(bytes.AsSpan(16));
        var path = _folder.File("damaged.db", bytes);

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_store_written_by_a_newer_version_is_refused()
    {
        var path = Path.Combine(_folder.Path, "newer.db");
        new SqliteArticleStore(path).Dispose();
        Execute(path, "PRAGMA user_version = 999;");

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_created_gives_a_store_exception_naming_the_path()
    {
        var blocker = _folder.File("plain-file", "x");
        var path = Path.Combine(blocker, "parallax.db");

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains($"cannot open store {path}", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot create directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_is_not_writable_gives_a_store_exception()
    {
        var folder = ReadOnlyFolder();
        var path = Path.Combine(folder, "parallax-test.db");

        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(path));

        Assert.Contains($"cannot open store {path}", error.Message, StringComparison.Ordinal);
        Assert.Contains("not writable", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_directory_path_is_refused()
    {
        var error = Assert.Throws<StoreException>(() => new SqliteArticleStore(_folder.Path));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A folder this process cannot write to: a chmod 555 folder, or /proc/self when running as root
    /// (root ignores permission bits, but procfs accepts no new files).
    /// </summary>
    private string ReadOnlyFolder()
    {
        var folder = Path.Combine(_folder.Path, "locked");
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            if (!CanWrite(folder))
            {
                return folder;
            }

            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (!Directory.Exists("/proc/self"))
        {
            Assert.Skip("this user can write to any folder, and there is no /proc to fall back on");
        }

        return "/proc/self";
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, "probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Pragma(string path, string name) => Convert.ToInt64(Query(path, $"PRAGMA {name}"), System.Globalization.CultureInfo.InvariantCulture);

    private static string PragmaText(string path, string name) => Convert.ToString(Query(path, $"PRAGMA {name}"), System.Globalization.CultureInfo.InvariantCulture)!;

    private static object? Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(string path, string sql) => Query(path, sql);
}
