using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>What an HTML page says about itself, each value with where it was found.</summary>
internal sealed record PageMetadata
{
    public Found<string>? Title { get; init; }
    public Found<string>? Byline { get; init; }
    public Found<DateTimeOffset>? Published { get; init; }
    public Found<DateTimeOffset>? Modified { get; init; }
    public Found<string>? Site { get; init; }
    public Found<string>? Language { get; init; }
    public Found<string>? Canonical { get; init; }
    public Found<string>? Description { get; init; }

    /// <summary>The page's document title with nothing stripped, for the not-an-article checks.</summary>
    public string RawTitle { get; init; } = "";
}
