namespace Parallax.Ingest;

/// <summary>The stable diagnostic codes ingest reports.</summary>
public static class IngestCodes
{
    public const string NotFound = "input.not-found";
    public const string Empty = "input.empty";
    public const string Binary = "input.binary";
    public const string TooLarge = "input.too-large";
    public const string UnsupportedFormat = "input.unsupported-format";
    public const string Unreadable = "input.unreadable";
    public const string TooDeep = "input.too-deep";
    public const string MetaBadJson = "meta.bad-json";
    public const string MetaBadValue = "meta.bad-value";
    public const string JsonlBadLine = "jsonl.bad-line";
    public const string JsonlNoContent = "jsonl.no-content";
    public const string JsonlLineTooLong = "jsonl.line-too-long";
    public const string JsonlBadValue = "jsonl.bad-value";
}
