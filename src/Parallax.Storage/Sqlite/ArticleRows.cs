using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Documents;

namespace Parallax.Storage.Sqlite;

/// <summary>How an <see cref="Article"/> maps to a row of the articles table and back.</summary>
internal static class ArticleRows
{
    /// <summary>The columns <see cref="Read"/> expects, in this order.</summary>
    public const string Columns =
        "a.seq, a.id, a.source_name, a.url, a.outlet, a.outlet_source, a.title, a.title_source, a.byline, a.byline_source, " +
        "a.published, a.published_source, a.modified, a.modified_source, a.language, a.language_source, " +
        "a.text, a.input, a.map_length, a.map";

    private const int PieceBytes = 9;

    public static void Bind(SqliteCommand command, Article article, string sourceKey, int revision)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", article.Id);
        p.AddWithValue("$source_key", sourceKey);
        p.AddWithValue("$revision", revision);
        p.AddWithValue("$source_name", article.SourceName);
        p.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
        BindFound(p, "outlet", article.Outlet, v => v);
        BindFound(p, "title", article.Title, v => v);
        BindFound(p, "byline", article.Byline, v => v);
        BindFound(p, "published", article.Published, FormatDate);
        BindFound(p, "modified", article.Modified, FormatDate);
        BindFound(p, "language", article.Language, v => v);
        p.AddWithValue("$text", article.Text);
        p.AddWithValue("$input", article.Input);
        p.AddWithValue("$content_hash", ArticleIds.ContentHash(article.Text));
        p.AddWithValue("$map_length", article.Map.CleanLength);
        p.AddWithValue("$map", EncodeMap(article.Map));
        p.AddWithValue("$stored_at", FormatDate(DateTimeOffset.UtcNow));
    }

    public const string InsertSql =
        "INSERT INTO articles(id, source_key, revision, source_name, url, outlet, outlet_source, title, title_source, " +
        "byline, byline_source, published, published_source, modified, modified_source, language, language_source, " +
        "text, input, content_hash, map_length, map, stored_at) VALUES ($id, $source_key, $revision, $source_name, $url, " +
        "$outlet, $outlet_source, $title, $title_source, $byline, $byline_source, $published, $published_source, " +
        "$modified, $modified_source, $language, $language_source, $text, $input, $content_hash, $map_length, $map, $stored_at) " +
        "RETURNING seq";

    /// <summary>Reads a row selected with <see cref="Columns"/>; the removed spans are added by the caller.</summary>
    public static (long Seq, Article Article) Read(SqliteDataReader r)
    {
        var id = r.GetString(1);
        var article = new Article
        {
            Id = id,
            SourceName = r.GetString(2),
            Url = NullableString(r, 3),
            Outlet = FoundText(r, 4),
            Title = FoundText(r, 6),
            Byline = FoundText(r, 8),
            Published = FoundDate(r, 10),
            Modified = FoundDate(r, 12),
            Language = FoundText(r, 14),
            Text = r.GetString(16),
            Input = r.GetString(17),
            Map = DecodeMap(id, (byte[])r.GetValue(19), r.GetInt32(18)),
        };
        return (r.GetInt64(0), article);
    }

    public static string FormatDate(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? NullableDate(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : ParseDate(r.GetString(i));

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static byte[] EncodeMap(OffsetMap map)
    {
        var pieces = map.Pieces();
        var bytes = new byte[pieces.Count * PieceBytes];
        for (var i = 0; i < pieces.Count; i++)
        {
            var at = bytes.AsSpan(i * PieceBytes, PieceBytes);
            BinaryPrimitives.WriteInt32LittleEndian(at, pieces[i].CleanStart);
            BinaryPrimitives.WriteInt32LittleEndian(at[4..], pieces[i].InputStart);
            at[8] = pieces[i].Copied ? (byte)1 : (byte)0;
        }

        return bytes;
    }

    public static OffsetMap DecodeMap(string articleId, byte[] bytes, int cleanLength)
    {
        if (bytes.Length % PieceBytes != 0)
        {
            throw new StoreException($"the stored offset map of article {articleId} is damaged ({bytes.Length} bytes)");
        }

        var pieces = new OffsetMap.Piece[bytes.Length / PieceBytes];
        for (var i = 0; i < pieces.Length; i++)
        {
            var at = bytes.AsSpan(i * PieceBytes, PieceBytes);
            pieces[i] = new OffsetMap.Piece(BinaryPrimitives.ReadInt32LittleEndian(at), BinaryPrimitives.ReadInt32LittleEndian(at[4..]), at[8] != 0);
        }

        try
        {
            return OffsetMap.FromPieces(pieces, cleanLength);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"the stored offset map of article {articleId} is damaged: {ex.Message}", ex);
        }
    }

    private static void BindFound<T>(SqliteParameterCollection p, string name, Found<T>? found, Func<T, object> value)
    {
        p.AddWithValue("$" + name, found is null ? DBNull.Value : value(found.Value));
        p.AddWithValue("$" + name + "_source", (object?)found?.Source ?? DBNull.Value);
    }

    private static Found<string>? FoundText(SqliteDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new Found<string>(r.GetString(i), r.GetString(i + 1));

    private static Found<DateTimeOffset>? FoundDate(SqliteDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new Found<DateTimeOffset>(ParseDate(r.GetString(i)), r.GetString(i + 1));
}
