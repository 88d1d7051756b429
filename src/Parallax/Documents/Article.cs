namespace Parallax.Documents;

/// <summary>A metadata value together with where it was found ("meta.json", "json-ld", "og:title", "text", ...).</summary>
public sealed record Found<T>(T Value, string Source);

/// <summary>A stretch of the decoded input left out of the clean text, with the reason it was removed.</summary>
public sealed record RemovedSpan(int Start, int End, string Reason, string Text);

/// <summary>
/// A clean article: the text an outlet published, with its metadata, what was removed to get it, and a
/// map from every clean-text offset back to the decoded input.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the clean text and the source key (see <see cref="ArticleIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The name of the input this came from (path, "stdin", "file.jsonl:3").</summary>
    public required string SourceName { get; init; }

    public required string Text { get; init; }
    public string? Url { get; init; }
    public Found<string>? Outlet { get; init; }
    public Found<string>? Title { get; init; }
    public Found<string>? Byline { get; init; }
    public Found<DateTimeOffset>? Published { get; init; }
    public Found<DateTimeOffset>? Modified { get; init; }
    public Found<string>? Language { get; init; }
    public IReadOnlyList<RemovedSpan> Removed { get; init; } = [];
    public OffsetMap Map { get; init; } = OffsetMap.Identity(0);

    /// <summary>The decoded input the offsets of <see cref="Map"/> and <see cref="Removed"/> point into.</summary>
    public string Input { get; init; } = "";

    public Span SpanOf(int start, int end) => new(Id, start, end);
}
