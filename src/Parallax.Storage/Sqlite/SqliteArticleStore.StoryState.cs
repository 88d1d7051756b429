using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Stories;

namespace Parallax.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string SeenKey = "stream_articles_seen";
    private const string LatestKey = "stream_latest";
    private const string SequenceKey = "stream_next_sequence";

    /// <summary>The story-stream state read and written inside an update: rows of story_state and story_keys, counters in meta.</summary>
    private sealed partial class Update
    {
        public StreamTotals Totals => Run("read story state", () => new StreamTotals(
            int.Parse(store.MetaValue(SeenKey) ?? "0", CultureInfo.InvariantCulture),
            store.MetaValue(LatestKey) is { } latest ? ArticleRows.ParseDate(latest) : null,
            int.Parse(store.MetaValue(SequenceKey) ?? "0", CultureInfo.InvariantCulture)));

        public int DocumentFrequency(string key) => Run("read story state", () =>
        {
            using var command = store.Command("SELECT df FROM story_keys WHERE key = $key");
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() is long df ? (int)df : 0;
        });

        public IReadOnlyList<(int Sequence, string Id)> Posting(string key) => Run("read story state", () =>
        {
            using var posting = store.Command("SELECT posting FROM story_keys WHERE key = $key");
            posting.Parameters.AddWithValue("$key", key);
            if (posting.ExecuteScalar() is not byte[] bytes || bytes.Length == 0)
            {
                return [];
            }

            var sequences = StoryStateRows.DecodeInts(bytes);
            using var live = store.Command(
                // The list drives the lookup (CROSS JOIN keeps that order), one probe of the sequence index per entry.
                "SELECT ss.sequence, s.id FROM json_each($list) j CROSS JOIN story_state ss ON ss.sequence = j.value " +
                "JOIN stories s ON s.seq = ss.story_seq WHERE ss.retired = 0");
            live.Parameters.AddWithValue("$list", "[" + string.Join(',', sequences.Select(s => Invariant(s))) + "]");
            var ids = new Dictionary<int, string>();
            using (var r = live.ExecuteReader())
            {
                while (r.Read())
                {
                    ids[r.GetInt32(0)] = r.GetString(1);
                }
            }

            return (IReadOnlyList<(int, string)>)[.. sequences.Where(ids.ContainsKey).Select(s => (s, ids[s]))];
        });

        public StoredStory? Story(int sequence) => Run("read story state", () =>
        {
            using var command = store.Command(
                "SELECT ss.story_seq, s.id, ss.centroid, ss.centroid_norm, ss.event_dates, ss.dated_members, ss.month_dated_members, s.first, s.last, ss.retired " +
                "FROM story_state ss JOIN stories s ON s.seq = ss.story_seq WHERE ss.sequence = $sequence");
            command.Parameters.AddWithValue("$sequence", sequence);
            using var r = command.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            var (seq, id) = (r.GetInt64(0), r.GetString(1));
            try
            {
                return new StoredStory(
                    id,
                    sequence,
                    Members(seq),
                    StoryStateRows.DecodeCentroid((byte[])r.GetValue(2)),
                    r.GetDouble(3),
                    [.. StoryStateRows.DecodeInts((byte[])r.GetValue(4)).Select(DateOnly.FromDayNumber)],
                    r.GetInt32(5),
                    r.GetInt32(6),
                    ArticleRows.NullableDate(r, 7),
                    ArticleRows.NullableDate(r, 8),
                    r.GetInt64(9) != 0);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new StoreException($"store {store.Path}: the stored state of story {id} is damaged", ex);
            }
        });

        public bool StoryIdTaken(string storyId) => Run("read story state", () =>
        {
            using var command = store.Command("SELECT count(*) FROM stories WHERE id = $id");
            command.Parameters.AddWithValue("$id", storyId);
            return (long)command.ExecuteScalar()! > 0;
        });

        public IReadOnlyList<int> Retiring(DateTimeOffset cutoff) => Run("read story state", () =>
        {
            using var command = store.Command("SELECT sequence FROM story_state WHERE retired = 0 AND last_ticks < $ticks ORDER BY sequence");
            command.Parameters.AddWithValue("$ticks", cutoff.UtcTicks);
            using var r = command.ExecuteReader();
            var sequences = new List<int>();
            while (r.Read())
            {
                sequences.Add(r.GetInt32(0));
            }

            return sequences;
        });

        public int? StoryHolding(string articleId) => Run("read story state", () =>
        {
            using var command = store.Command(
                "SELECT ss.sequence FROM story_articles sa JOIN story_state ss ON ss.story_seq = sa.story_seq WHERE sa.article_id = $id LIMIT 1");
            command.Parameters.AddWithValue("$id", articleId);
            return command.ExecuteScalar() is long sequence ? (int?)sequence : null;
        });

        public void ClearStories() => Run("clear stories", () =>
        {
            using var command = store.Command(
                "DELETE FROM stories; DELETE FROM story_keys; DELETE FROM meta WHERE key IN ($seen, $latest, $sequence);");
            command.Parameters.AddWithValue("$seen", SeenKey);
            command.Parameters.AddWithValue("$latest", LatestKey);
            command.Parameters.AddWithValue("$sequence", SequenceKey);
            return command.ExecuteNonQuery();
        });

        public void Save(StreamChanges changes)
        {
            ArgumentNullException.ThrowIfNull(changes);
            Run("save stories", () =>
            {
                SaveStories(changes);
                SaveKeys(changes);
                store.SetMeta(SeenKey, Invariant(changes.Totals.ArticlesSeen));
                store.SetMeta(SequenceKey, Invariant(changes.Totals.NextSequence));
                if (changes.Totals.Latest is { } latest)
                {
                    store.SetMeta(LatestKey, ArticleRows.FormatDate(latest));
                }

                store.SetMeta(StateKey, "current");
                return 0;
            });
        }

        private List<StoredMember> Members(long storySeq)
        {
            using var command = store.Command(
                "SELECT sa.article_id, coalesce(sa.title, a.title, ''), a.outlet, a.published, sa.copy_group " +
                "FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_seq = $seq ORDER BY sa.ord");
            command.Parameters.AddWithValue("$seq", storySeq);
            using var r = command.ExecuteReader();
            var members = new List<StoredMember>();
            while (r.Read())
            {
                members.Add(new StoredMember(r.GetString(0), r.GetString(1), ArticleRows.NullableString(r, 2), ArticleRows.NullableDate(r, 3), ArticleRows.NullableString(r, 4)));
            }

            return members;
        }

        private void SaveStories(StreamChanges changes)
        {
            using (var remove = store.Command("DELETE FROM stories WHERE id = $id"))
            {
                var id = remove.Parameters.Add("$id", SqliteType.Text);
                foreach (var gone in changes.Removed)
                {
                    id.Value = gone;
                    remove.ExecuteNonQuery();
                }
            }

            foreach (var change in changes.Stories)
            {
                var seq = store.UpsertStory(change.View, transaction);
                using (var clear = store.Command("DELETE FROM story_articles WHERE story_seq = $seq; DELETE FROM story_outlets WHERE story_seq = $seq;"))
                {
                    clear.Parameters.AddWithValue("$seq", seq);
                    clear.ExecuteNonQuery();
                }

                using (var member = store.Command("INSERT INTO story_articles(story_seq, ord, article_id, title, copy_group) VALUES ($seq, $ord, $id, $title, $group)"))
                {
                    member.Parameters.AddWithValue("$seq", seq);
                    var (ord, id, title, group) = (member.Parameters.Add("$ord", SqliteType.Integer), member.Parameters.Add("$id", SqliteType.Text),
                        member.Parameters.Add("$title", SqliteType.Text), member.Parameters.Add("$group", SqliteType.Text));
                    var members = change.State.Members;
                    for (var i = 0; i < members.Count; i++)
                    {
                        (ord.Value, id.Value, title.Value, group.Value) = (i, members[i].Id, members[i].Title, (object?)members[i].CopyGroup ?? DBNull.Value);
                        member.ExecuteNonQuery();
                    }
                }

                using (var outlet = store.Command("INSERT INTO story_outlets(story_seq, ord, outlet) VALUES ($seq, $ord, $id)"))
                {
                    AddList(outlet, seq, change.View.Outlets, _ => { });
                }

                SaveState(seq, change.State);
            }
        }

        private void SaveState(long seq, StoredStory state)
        {
            using var command = store.Command(
                "INSERT INTO story_state(story_seq, sequence, centroid, centroid_norm, event_dates, dated_members, month_dated_members, last_ticks, retired) " +
                "VALUES ($seq, $sequence, $centroid, $norm, $dates, $dated, $monthDated, $last, $retired) ON CONFLICT(story_seq) DO UPDATE SET " +
                "sequence = excluded.sequence, centroid = excluded.centroid, centroid_norm = excluded.centroid_norm, event_dates = excluded.event_dates, " +
                "dated_members = excluded.dated_members, month_dated_members = excluded.month_dated_members, last_ticks = excluded.last_ticks, retired = excluded.retired");
            var p = command.Parameters;
            p.AddWithValue("$seq", seq);
            p.AddWithValue("$sequence", state.Sequence);
            p.AddWithValue("$centroid", StoryStateRows.EncodeCentroid(state.Centroid));
            p.AddWithValue("$norm", state.CentroidNorm);
            p.AddWithValue("$dates", StoryStateRows.EncodeInts(state.EventDates.Select(d => d.DayNumber)));
            p.AddWithValue("$dated", state.DatedMembers);
            p.AddWithValue("$monthDated", state.MonthDatedMembers);
            p.AddWithValue("$last", state.Last is { } last ? last.UtcTicks : DBNull.Value);
            p.AddWithValue("$retired", state.Retired ? 1 : 0);
            command.ExecuteNonQuery();
        }

        private void SaveKeys(StreamChanges changes)
        {
            using var df = store.Command("INSERT INTO story_keys(key, df) VALUES ($key, $df) ON CONFLICT(key) DO UPDATE SET df = excluded.df");
            var (dfKey, dfValue) = (df.Parameters.Add("$key", SqliteType.Text), df.Parameters.Add("$df", SqliteType.Integer));
            foreach (var (key, value) in changes.DocumentFrequencies)
            {
                (dfKey.Value, dfValue.Value) = (key, value);
                df.ExecuteNonQuery();
            }

            using var posting = store.Command("INSERT INTO story_keys(key, df, posting) VALUES ($key, 0, $posting) ON CONFLICT(key) DO UPDATE SET posting = excluded.posting");
            var (postingKey, postingValue) = (posting.Parameters.Add("$key", SqliteType.Text), posting.Parameters.Add("$posting", SqliteType.Blob));
            foreach (var (key, stories) in changes.Postings)
            {
                (postingKey.Value, postingValue.Value) = (key, stories.Count == 0 ? DBNull.Value : StoryStateRows.EncodeInts(stories));
                posting.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Writes a story's row (inserted, or updated by id) and returns its seq.</summary>
    private long UpsertStory(Story story, SqliteTransaction transaction)
    {
        using var upsert = Command(
            "INSERT INTO stories(id, title, independent_sources, first, last) VALUES ($id, $title, $sources, $first, $last) " +
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, independent_sources = excluded.independent_sources, first = excluded.first, last = excluded.last " +
            "RETURNING seq",
            transaction);
        upsert.Parameters.AddWithValue("$id", story.Id);
        upsert.Parameters.AddWithValue("$title", story.Title);
        upsert.Parameters.AddWithValue("$sources", story.IndependentSources);
        upsert.Parameters.AddWithValue("$first", story.First is { } first ? ArticleRows.FormatDate(first) : DBNull.Value);
        upsert.Parameters.AddWithValue("$last", story.Last is { } last ? ArticleRows.FormatDate(last) : DBNull.Value);
        return (long)upsert.ExecuteScalar()!;
    }
}
