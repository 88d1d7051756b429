namespace Parallax.Extraction;

/// <summary>Limits and switches of the extraction stage. Immutable; share one instance across threads.</summary>
public sealed record ExtractionOptions
{
    public static readonly ExtractionOptions Default = new();

    /// <summary>Inputs larger than this (bytes, or UTF-16 bytes for text) are refused with "input.too-large".</summary>
    public long MaxInputBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Elements nested deeper than this are not read; a diagnostic says so.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Raw markup is cut, with an "input.too-deep" warning, where it first holds more unclosed containers than this
    /// (hostile nesting would cost the parser minutes); the shallower text before it is read.
    /// </summary>
    public int MaxOpenElements { get; init; } = 4096;

    /// <summary>Keep photo captions that belong to the story in the clean text of scraped text (default: drop them).</summary>
    public bool KeepOwnCaptions { get; init; }
}
