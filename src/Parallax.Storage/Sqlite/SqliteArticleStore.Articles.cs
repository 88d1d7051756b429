using Microsoft.Data.Sqlite;
using Parallax.Documents;

namespace Parallax.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public StoreResult Put(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Write("put", transaction => PutOne(article, transaction));
    }

    public IReadOnlyList<StoreResult> PutMany(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Write("put", transaction => articles.Select(article => PutOne(article, transaction)).ToList());
    }

    public Article? Get(string idOrPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPrefix);
        return Read("get", () =>
        {
            var seq = FindSeq("articles", idOrPrefix, "article");
            return seq is null ? null : LoadArticles($"WHERE a.seq = {seq.Value}").Single();
        });
    }

    public IReadOnlyList<Article> Latest() =>
        Read("latest", () => LoadArticles("JOIN sources s ON s.latest_seq = a.seq ORDER BY s.first_seq"));

    public IReadOnlyList<ArticleSummary> List() => Read("list", () =>
    {
        using var command = Command(
            "SELECT a.id, a.source_name, a.url, a.outlet, a.title, a.published, a.revision, length(a.text) " +
            "FROM sources s JOIN articles a ON a.seq = s.latest_seq ORDER BY s.first_seq");
        using var r = command.ExecuteReader();
        var summaries = new List<ArticleSummary>();
        while (r.Read())
        {
            summaries.Add(new ArticleSummary(
                r.GetString(0),
                r.GetString(1),
                ArticleRows.NullableString(r, 2),
                ArticleRows.NullableString(r, 3),
                ArticleRows.NullableString(r, 4),
                ArticleRows.NullableDate(r, 5),
                r.GetInt32(6),
                r.GetInt32(7)));
        }

        return summaries;
    });

    public IReadOnlyList<string> Search(string query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (FtsQuery.Build(query) is not { } match)
        {
            return [];
        }

        return Read("search", () =>
        {
            using var command = Command(
                "SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid JOIN sources s ON s.latest_seq = a.seq " +
                "WHERE articles_fts MATCH $match ORDER BY bm25(articles_fts, 2.0, 1.0), a.seq LIMIT $limit");
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            using var r = command.ExecuteReader();
            var ids = new List<string>();
            while (r.Read())
            {
                ids.Add(r.GetString(0));
            }

            return ids;
        });
    }

    private StoreResult PutOne(Article article, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Id, nameof(article));
        var sourceKey = ArticleIds.SourceKey(article.Url, article.SourceName);
        using (var existing = Command("SELECT seq, source_key FROM articles WHERE id = $id", transaction))
        {
            existing.Parameters.AddWithValue("$id", article.Id);
            using var r = existing.ExecuteReader();
            if (r.Read())
            {
                return KeepExisting(article.Id, r.GetInt64(0), r.GetString(1), sourceKey, transaction);
            }
        }

        using var next = Command("SELECT coalesce(max(revision), 0) + 1 FROM articles WHERE source_key = $key", transaction);
        next.Parameters.AddWithValue("$key", sourceKey);
        var revision = Convert.ToInt32(next.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        using var insert = Command(ArticleRows.InsertSql, transaction);
        ArticleRows.Bind(insert, article, sourceKey, revision);
        var seq = (long)insert.ExecuteScalar()!;
        InsertRemoved(seq, article.Removed, transaction);

        using var source = Command(
            "INSERT INTO sources(source_key, first_seq, latest_seq) VALUES ($key, $seq, $seq) " +
            "ON CONFLICT(source_key) DO UPDATE SET latest_seq = excluded.latest_seq", transaction);
        source.Parameters.AddWithValue("$key", sourceKey);
        source.Parameters.AddWithValue("$seq", seq);
        source.ExecuteNonQuery();
        return revision == 1 ? StoreResult.Added : StoreResult.NewRevision;
    }

    /// <summary>An article whose id is stored: unchanged if it is its source's latest, else it becomes the latest again.</summary>
    private StoreResult KeepExisting(string id, long seq, string storedKey, string sourceKey, SqliteTransaction transaction)
    {
        if (!string.Equals(storedKey, sourceKey, StringComparison.Ordinal))
        {
            throw new StoreException($"store {Path}: article id {id} is already stored for source \"{storedKey}\", not \"{sourceKey}\"");
        }

        using var update = Command("UPDATE sources SET latest_seq = $seq WHERE source_key = $key AND latest_seq <> $seq", transaction);
        update.Parameters.AddWithValue("$seq", seq);
        update.Parameters.AddWithValue("$key", sourceKey);
        return update.ExecuteNonQuery() == 0 ? StoreResult.Unchanged : StoreResult.NewRevision;
    }

    private void InsertRemoved(long seq, IReadOnlyList<RemovedSpan> removed, SqliteTransaction transaction)
    {
        if (removed.Count == 0)
        {
            return;
        }

        using var insert = Command(
            "INSERT INTO removed_spans(article_seq, ord, start_offset, end_offset, reason, text) VALUES ($seq, $ord, $start, $end, $reason, $text)",
            transaction);
        var ord = insert.Parameters.Add("$ord", SqliteType.Integer);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        var reason = insert.Parameters.Add("$reason", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        insert.Parameters.AddWithValue("$seq", seq);
        for (var i = 0; i < removed.Count; i++)
        {
            (ord.Value, start.Value, end.Value, reason.Value, text.Value) = (i, removed[i].Start, removed[i].End, removed[i].Reason, removed[i].Text);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Articles selected by a clause over "articles a", with their removed spans.</summary>
    private List<Article> LoadArticles(string clause)
    {
        var rows = new List<(long Seq, Article Article)>();
        using (var command = Command($"SELECT {ArticleRows.Columns} FROM articles a {clause}"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(ArticleRows.Read(r));
            }
        }

        using var spans = Command("SELECT start_offset, end_offset, reason, text FROM removed_spans WHERE article_seq = $seq ORDER BY ord");
        var seqParameter = spans.Parameters.Add("$seq", SqliteType.Integer);
        var articles = new List<Article>(rows.Count);
        foreach (var (seq, article) in rows)
        {
            seqParameter.Value = seq;
            using var r = spans.ExecuteReader();
            var removed = new List<RemovedSpan>();
            while (r.Read())
            {
                removed.Add(new RemovedSpan(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3)));
            }

            articles.Add(article with { Removed = removed });
        }

        return articles;
    }

    /// <summary>
    /// The seq of the row of <paramref name="table"/> whose id is <paramref name="idOrPrefix"/>, else of the
    /// only one whose id starts with it; null when none; a <see cref="StoreException"/> when several do.
    /// </summary>
    private long? FindSeq(string table, string idOrPrefix, string what)
    {
        using var exact = Command($"SELECT seq FROM {table} WHERE id = $id");
        exact.Parameters.AddWithValue("$id", idOrPrefix);
        if (exact.ExecuteScalar() is long seq)
        {
            return seq;
        }

        using var prefix = Command($"SELECT seq, id FROM {table} WHERE substr(id, 1, length($id)) = $id ORDER BY id LIMIT 6");
        prefix.Parameters.AddWithValue("$id", idOrPrefix);
        using var r = prefix.ExecuteReader();
        var matches = new List<(long Seq, string Id)>();
        while (r.Read())
        {
            matches.Add((r.GetInt64(0), r.GetString(1)));
        }

        return matches.Count switch
        {
            0 => null,
            1 => matches[0].Seq,
            _ => throw new StoreException(
                $"{what} id prefix \"{idOrPrefix}\" is ambiguous: it matches {string.Join(", ", matches.Take(5).Select(m => m.Id))}{(matches.Count > 5 ? ", ..." : "")}"),
        };
    }
}
