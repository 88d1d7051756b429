using Microsoft.Data.Sqlite;
using Parallax.Stories;

namespace Parallax.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public void ReplaceStories(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        Write("replace stories", transaction =>
        {
            using (var clear = Command("DELETE FROM stories; DELETE FROM story_keys;", transaction))
            {
                clear.ExecuteNonQuery();
            }

            // The stream state no longer matches the stories: the next update regroups from scratch.
            SetMeta(StateKey, "rebuild", transaction);

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var story in stories)
            {
                if (!seen.Add(story.Id))
                {
                    throw new StoreException($"store {Path}: story id {story.Id} appears twice; no story was replaced");
                }

                InsertStory(story, transaction);
            }

            return stories.Count;
        });
    }

    public IReadOnlyList<Story> Stories() => Read("stories", () => LoadStories(""));

    public IReadOnlyList<Story> SearchStories(string query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (FtsQuery.Build(query) is not { } match)
        {
            return [];
        }

        return Read("search stories", () =>
        {
            var seqs = new List<long>();
            using (var command = Command(
                // The matches are materialised first: bm25() is only usable in the query that runs the MATCH itself.
                "WITH m AS MATERIALIZED (SELECT a.id AS id, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts f " +
                "JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH $match) " +
                "SELECT sa.story_seq FROM m JOIN story_articles sa ON sa.article_id = m.id " +
                "GROUP BY sa.story_seq ORDER BY min(m.score), sa.story_seq LIMIT $limit"))
            {
                command.Parameters.AddWithValue("$match", match);
                command.Parameters.AddWithValue("$limit", limit);
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    seqs.Add(r.GetInt64(0));
                }
            }

            return seqs.Select(seq => LoadStories($"WHERE seq = {seq}").Single()).ToList();
        });
    }

    public Story? GetStory(string idOrPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPrefix);
        return Read("get story", () =>
        {
            var seq = FindSeq("stories", idOrPrefix, "story");
            return seq is null ? null : LoadStories($"WHERE seq = {seq.Value}").Single();
        });
    }

    private void InsertStory(Story story, SqliteTransaction transaction)
    {
        var seq = UpsertStory(story, transaction);

        using var known = Command("SELECT count(*) FROM articles WHERE id = $id", transaction);
        var knownId = known.Parameters.Add("$id", SqliteType.Text);
        using var member = Command("INSERT INTO story_articles(story_seq, ord, article_id) VALUES ($seq, $ord, $id)", transaction);
        AddList(member, seq, story.ArticleIds, id =>
        {
            knownId.Value = id;
            if ((long)known.ExecuteScalar()! == 0)
            {
                throw new StoreException($"store {Path}: story {story.Id} refers to article {id}, which is not stored; no story was replaced");
            }
        });

        using var outlet = Command("INSERT INTO story_outlets(story_seq, ord, outlet) VALUES ($seq, $ord, $id)", transaction);
        AddList(outlet, seq, story.Outlets, _ => { });
    }

    private static void AddList(SqliteCommand insert, long seq, IReadOnlyList<string> values, Action<string> check)
    {
        insert.Parameters.AddWithValue("$seq", seq);
        var ord = insert.Parameters.Add("$ord", SqliteType.Integer);
        var value = insert.Parameters.Add("$id", SqliteType.Text);
        for (var i = 0; i < values.Count; i++)
        {
            check(values[i]);
            (ord.Value, value.Value) = (i, values[i]);
            insert.ExecuteNonQuery();
        }
    }

    private List<Story> LoadStories(string clause)
    {
        var rows = new List<(long Seq, string Id, string Title, int Sources, DateTimeOffset? First, DateTimeOffset? Last)>();
        using (var command = Command($"SELECT seq, id, title, independent_sources, first, last FROM stories {clause} ORDER BY seq"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), ArticleRows.NullableDate(r, 4), ArticleRows.NullableDate(r, 5)));
            }
        }

        using var articles = Command("SELECT article_id FROM story_articles WHERE story_seq = $seq ORDER BY ord");
        using var outlets = Command("SELECT outlet FROM story_outlets WHERE story_seq = $seq ORDER BY ord");
        return rows.Select(row => new Story(
            row.Id,
            row.Title,
            Strings(articles, row.Seq),
            Strings(outlets, row.Seq),
            row.Sources,
            row.First,
            row.Last)).ToList();
    }

    private static List<string> Strings(SqliteCommand command, long seq)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$seq", seq);
        using var r = command.ExecuteReader();
        var values = new List<string>();
        while (r.Read())
        {
            values.Add(r.GetString(0));
        }

        return values;
    }
}
