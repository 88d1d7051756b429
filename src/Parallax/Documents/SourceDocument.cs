namespace Parallax.Documents;

/// <summary>What kind of content a source document holds.</summary>
public enum ContentKind
{
    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>Plain text, such as a page scraped to text with its site furniture.</summary>
    Text,
}

/// <summary>
/// What the user or the transport says about a document, as opposed to what is detected in it.
/// Every field is optional; a present field overrides detection.
/// </summary>
public sealed record DocumentHints
{
    public static readonly DocumentHints None = new();

    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Title { get; init; }
    public string? Language { get; init; }

    /// <summary>The charset named by the transport (an HTTP Content-Type header), if any.</summary>
    public string? Charset { get; init; }

    /// <summary>Field-wise merge: values present in <paramref name="over"/> win.</summary>
    public DocumentHints OverriddenBy(DocumentHints over) => new()
    {
        Url = over.Url ?? Url,
        Outlet = over.Outlet ?? Outlet,
        Published = over.Published ?? Published,
        Title = over.Title ?? Title,
        Language = over.Language ?? Language,
        Charset = over.Charset ?? Charset,
    };
}

/// <summary>
/// A raw input as ingest received it: the bytes (or text, when the input was already decoded,
/// as in a JSON Lines record) plus the hints. <see cref="Name"/> identifies the input to the user
/// (a path, "stdin", "file.jsonl:12").
/// </summary>
public sealed record SourceDocument(string Name, ContentKind Kind, ReadOnlyMemory<byte> Bytes, string? Text, DocumentHints Hints)
{
    public static SourceDocument FromText(string name, ContentKind kind, string text, DocumentHints? hints = null) =>
        new(name, kind, ReadOnlyMemory<byte>.Empty, text, hints ?? DocumentHints.None);

    public static SourceDocument FromBytes(string name, ContentKind kind, ReadOnlyMemory<byte> bytes, DocumentHints? hints = null) =>
        new(name, kind, bytes, null, hints ?? DocumentHints.None);
}
