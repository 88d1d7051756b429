namespace Parallax.Cli;

/// <summary>What every command writes to; tests pass string writers.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);

/// <summary>Exit codes shared by all commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed (diagnostics printed) but others were processed.</summary>
    public const int Partial = 1;

    /// <summary>Bad arguments: unknown option, missing file, unsupported format.</summary>
    public const int Usage = 2;

    /// <summary>No input could be processed at all.</summary>
    public const int InputError = 3;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreError = 4;

    public const int Cancelled = 130;
}
