using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string StateKey = "story_state";

    public IStoreUpdate BeginUpdate()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_update is not null)
        {
            throw new InvalidOperationException("an update of the store is already open");
        }

        try
        {
            _update = _connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException ex)
        {
            throw Fail("begin update", ex);
        }

        return new Update(this, _update);
    }

    public int CountStories() => Read("count stories", () => (int)Scalar("SELECT count(*) FROM stories"));

    public IReadOnlyList<Story> StoriesWith(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return Read("stories with", () =>
        {
            using var command = Command(
                "SELECT DISTINCT sa.story_seq FROM story_articles sa WHERE sa.article_id IN (SELECT value FROM json_each($ids)) ORDER BY sa.story_seq");
            command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(articleIds));
            var seqs = new List<long>();
            using (var r = command.ExecuteReader())
            {
                while (r.Read())
                {
                    seqs.Add(r.GetInt64(0));
                }
            }

            return seqs.Select(seq => LoadStories($"WHERE seq = {seq}").Single()).ToList();
        });
    }

    private void EndUpdate(SqliteTransaction transaction, bool commit)
    {
        if (!ReferenceEquals(_update, transaction))
        {
            return;
        }

        try
        {
            if (commit)
            {
                transaction.Commit();
            }
            else
            {
                transaction.Rollback();
            }
        }
        catch (SqliteException ex)
        {
            throw Fail(commit ? "commit update" : "roll back update", ex);
        }
        finally
        {
            _update = null;
            transaction.Dispose();
        }
    }

    private string? MetaValue(string key)
    {
        using var command = Command("SELECT value FROM meta WHERE key = $key");
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private void SetMeta(string key, string value, SqliteTransaction? transaction = null)
    {
        using var command = Command("INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", transaction);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    /// <summary>One open write transaction (see <see cref="IStoreUpdate"/>); every SQLite failure becomes a <see cref="StoreException"/>.</summary>
    private sealed partial class Update(SqliteArticleStore store, SqliteTransaction transaction) : IStoreUpdate
    {
        private bool _ended;

        public bool NeedsRebuild => Run("read story state", () => string.Equals(store.MetaValue(StateKey), "rebuild", StringComparison.Ordinal));

        public IReadOnlyList<StoreResult> PutMany(IReadOnlyList<Article> articles)
        {
            ArgumentNullException.ThrowIfNull(articles);
            return Run("put", () => articles.Select(article => store.PutOne(article, transaction)).ToList());
        }

        public IReadOnlyList<Article> Latest() =>
            Run("latest", () => store.LoadArticles("JOIN sources s ON s.latest_seq = a.seq ORDER BY s.first_seq"));

        public IReadOnlyList<string> OtherRevisionsInStories(string articleId) => Run("revisions", () =>
        {
            using var command = store.Command(
                "SELECT sa.article_id FROM articles a JOIN articles o ON o.source_key = a.source_key AND o.id <> a.id " +
                "JOIN story_articles sa ON sa.article_id = o.id WHERE a.id = $id ORDER BY o.seq");
            command.Parameters.AddWithValue("$id", articleId);
            return Strings(command);
        });

        public void Commit()
        {
            ObjectDisposedException.ThrowIf(_ended, this);
            _ended = true;
            store.EndUpdate(transaction, commit: true);
        }

        public void Dispose()
        {
            if (!_ended)
            {
                _ended = true;
                store.EndUpdate(transaction, commit: false);
            }
        }

        private T Run<T>(string operation, Func<T> action)
        {
            ObjectDisposedException.ThrowIf(_ended, this);
            try
            {
                return action();
            }
            catch (SqliteException ex)
            {
                throw store.Fail(operation, ex);
            }
        }

        private static List<string> Strings(SqliteCommand command)
        {
            using var r = command.ExecuteReader();
            var values = new List<string>();
            while (r.Read())
            {
                values.Add(r.GetString(0));
            }

            return values;
        }

        private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
