namespace Parallax.Ingest;

/// <summary>What standard input ("-") holds.</summary>
public enum StdinFormat
{
    /// <summary>HTML when the first non-blank character is '&lt;', plain text otherwise.</summary>
    Sniff,
    Html,
    Text,

    /// <summary>JSON Lines records, as in a .jsonl file.</summary>
    Jsonl,
}

/// <summary>Limits and defaults for reading local inputs. Immutable; share one instance across runs.</summary>
public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>The largest single-document input (.html, .htm, .txt, stdin) read into memory; larger ones get "input.too-large".</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The longest JSON Lines record in characters; longer ones get "jsonl.line-too-long" and are skipped.</summary>
    public int MaxLineChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>The largest sidecar .meta.json file read.</summary>
    public int MaxSidecarBytes { get; init; } = 1024 * 1024;

    /// <summary>How deep folders are followed below a folder given on the command line.</summary>
    public int MaxFolderDepth { get; init; } = 32;

    public StdinFormat Stdin { get; init; } = StdinFormat.Sniff;

    /// <summary>A publication date for every document (a CLI --published flag); sidecars and records override it.</summary>
    public DateTimeOffset? Published { get; init; }
}
