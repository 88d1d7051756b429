namespace Parallax.Storage.Sqlite;

/// <summary>
/// The schema of the embedded store as ordered migration steps: step N brings a store from version N-1
/// to N (PRAGMA user_version). Steps are never edited once released; changes are new steps.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>PRAGMA application_id of a Parallax store: "PRLX".</summary>
    public const int ApplicationId = 0x50524C58;

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('application', 'parallax');

        CREATE TABLE articles(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source_key TEXT NOT NULL,
            revision INTEGER NOT NULL,
            source_name TEXT NOT NULL,
            url TEXT,
            outlet TEXT, outlet_source TEXT,
            title TEXT, title_source TEXT,
            byline TEXT, byline_source TEXT,
            published TEXT, published_source TEXT,
            modified TEXT, modified_source TEXT,
            language TEXT, language_source TEXT,
            text TEXT NOT NULL,
            input TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            map_length INTEGER NOT NULL,
            map BLOB NOT NULL,
            stored_at TEXT NOT NULL,
            UNIQUE(source_key, revision));
        CREATE INDEX articles_content_hash ON articles(content_hash);

        CREATE TABLE sources(
            source_key TEXT PRIMARY KEY,
            first_seq INTEGER NOT NULL REFERENCES articles(seq),
            latest_seq INTEGER NOT NULL REFERENCES articles(seq));
        CREATE INDEX sources_first ON sources(first_seq);

        CREATE TABLE removed_spans(
            article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY(article_seq, ord)) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;

        CREATE TABLE stories(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            independent_sources INTEGER NOT NULL,
            first TEXT,
            last TEXT);
        CREATE TABLE story_articles(
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY(story_seq, ord)) WITHOUT ROWID;
        CREATE INDEX story_articles_article ON story_articles(article_id);
        CREATE TABLE story_outlets(
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            outlet TEXT NOT NULL,
            PRIMARY KEY(story_seq, ord)) WITHOUT ROWID;
        """,
        """
        ALTER TABLE story_articles ADD COLUMN title TEXT;
        ALTER TABLE story_articles ADD COLUMN copy_group TEXT;
        CREATE TABLE story_state(
            story_seq INTEGER PRIMARY KEY REFERENCES stories(seq) ON DELETE CASCADE,
            sequence INTEGER NOT NULL UNIQUE,
            centroid BLOB NOT NULL,
            centroid_norm REAL NOT NULL,
            event_dates BLOB NOT NULL,
            dated_members INTEGER NOT NULL,
            month_dated_members INTEGER NOT NULL,
            last_ticks INTEGER,
            retired INTEGER NOT NULL);
        CREATE INDEX story_state_retiring ON story_state(retired, last_ticks);
        CREATE TABLE story_keys(key TEXT PRIMARY KEY, df INTEGER NOT NULL, posting BLOB) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('story_state', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN 'rebuild' ELSE 'current' END);
        """,
    ];

    public static int Latest => Migrations.Count;
}
