using Microsoft.Data.Sqlite;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL, foreign keys on, busy timeout), schema migrated on open, full
/// text search over title and text with FTS5. Opening refuses anything that is not a Parallax store or an
/// empty file, and never deletes or truncates it.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private const int BusyTimeoutMs = 5000;

    private readonly SqliteConnection _connection;
    private bool _disposed;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>; see <see cref="StoreLocation.Default()"/>.</summary>
    /// <exception cref="StoreException">The path cannot be used as a store; the message says why.</exception>
    public SqliteArticleStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteNative.EnsureLoaded();
        Path = System.IO.Path.GetFullPath(path);
        StoreLocation.EnsureFolder(Path);
        RefuseForeignFile();
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            _connection.Open();
            RefuseForeignDatabase();
            Configure();
            Migrate();
            SchemaVersion = UserVersion();
        }
        catch (SqliteException ex)
        {
            _connection.Dispose();
            throw Fail("open", ex);
        }
        catch (StoreException)
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    public int SchemaVersion { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Dispose();
    }

    // The transaction of the open update (BeginUpdate), which every command joins until it ends.
    private SqliteTransaction? _update;

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction ?? _update;
        return command;
    }

    /// <summary>Runs <paramref name="action"/> in one immediate transaction; anything thrown rolls it back.</summary>
    private T Write<T>(string operation, Func<SqliteTransaction, T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_update is not null)
        {
            throw new InvalidOperationException("an update of the store is open: write through it, or end it first");
        }

        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = action(transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException ex)
        {
            throw Fail(operation, ex);
        }
    }

    private T Read<T>(string operation, Func<T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw Fail(operation, ex);
        }
    }

    /// <summary>A <see cref="StoreException"/> naming the store, the operation and the cause in plain words.</summary>
    private StoreException Fail(string operation, SqliteException ex)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        var cause = ex.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_CANTOPEN when !File.Exists(Path) => $"directory {folder} is not writable or not accessible",
            SQLitePCL.raw.SQLITE_CANTOPEN => "the file cannot be opened (check its permissions)",
            SQLitePCL.raw.SQLITE_READONLY => "the file or its directory is read-only",
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => "permission denied",
            SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB => "the file is damaged or not a SQLite database",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => "the store is locked by another process",
            SQLitePCL.raw.SQLITE_FULL => "the disk is full",
            SQLitePCL.raw.SQLITE_IOERR => "an I/O error occurred",
            _ => ex.Message,
        };
        return string.Equals(operation, "open", StringComparison.Ordinal)
            ? new StoreException($"cannot open store {Path}: {cause} (SQLite error {ex.SqliteErrorCode})", ex)
            : new StoreException($"store {Path}: {operation} failed: {cause} (SQLite error {ex.SqliteErrorCode})", ex);
    }
}
