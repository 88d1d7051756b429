using Parallax.Ingest;
using Parallax.Pipeline;

namespace Parallax.Cli;

/// <summary>
/// What every command writes to and works with; tests pass string writers, a reader over their own stdin,
/// and, where they want, another engine.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    private readonly Lazy<ParallaxEngine> _engine = new(() => ParallaxDefaults.Builder().Build());

    public InputReader Reader { get; init; } = new();

    public ParallaxEngine Engine => EngineOverride ?? _engine.Value;

    public ParallaxEngine? EngineOverride { get; init; }
}

/// <summary>Exit codes shared by all commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed (diagnostics printed) but others were processed.</summary>
    public const int Partial = 1;

    /// <summary>Bad arguments: unknown option, missing value, unsupported format, unwritable output.</summary>
    public const int Usage = 2;

    /// <summary>No input could be processed at all.</summary>
    public const int InputError = 3;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreError = 4;

    /// <summary>The story or article asked for is not in the store.</summary>
    public const int NotFound = 5;

    public const int Cancelled = 130;
}
