using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Parallax.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Refuses, before SQLite touches it, a path that is a folder or a non-empty file that is not SQLite.</summary>
    private void RefuseForeignFile()
    {
        if (Directory.Exists(Path))
        {
            throw new StoreException($"cannot open store {Path}: it is a directory");
        }

        if (!File.Exists(Path))
        {
            return;
        }

        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (file.Length == 0)
            {
                return;
            }

            var header = new byte[SqliteHeader.Length];
            var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new StoreException($"cannot open store {Path}: the file is not a SQLite database, so not a Parallax store; refusing to touch it");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open store {Path}: cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Refuses a SQLite database that another application made, or that a newer Parallax wrote.</summary>
    private void RefuseForeignDatabase()
    {
        var applicationId = Scalar("PRAGMA application_id");
        var version = Scalar("PRAGMA user_version");
        var objects = Scalar("SELECT count(*) FROM sqlite_schema");
        var fresh = applicationId == 0 && version == 0 && objects == 0;
        if (!fresh && applicationId != SqliteSchema.ApplicationId)
        {
            throw new StoreException(string.Create(
                CultureInfo.InvariantCulture,
                $"cannot open store {Path}: it is a SQLite database of another application (application_id 0x{applicationId:x8}, {objects} schema objects), not a Parallax store; refusing to touch it"));
        }

        if (version > SqliteSchema.Latest)
        {
            throw new StoreException(string.Create(
                CultureInfo.InvariantCulture,
                $"cannot open store {Path}: it has schema version {version}, newer than this build of Parallax knows ({SqliteSchema.Latest}); upgrade Parallax"));
        }
    }

    private void Configure()
    {
        using var command = Command(string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
        command.ExecuteNonQuery();
    }

    /// <summary>Applies the missing migration steps in order, each in its own transaction with its version.</summary>
    private void Migrate()
    {
        for (var version = UserVersion() + 1; version <= SqliteSchema.Latest; version++)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using (var step = Command(SqliteSchema.Migrations[version - 1], transaction))
            {
                step.ExecuteNonQuery();
            }

            using (var stamp = Command(string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = {version};"), transaction))
            {
                stamp.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private int UserVersion() => (int)Scalar("PRAGMA user_version");

    private long Scalar(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
