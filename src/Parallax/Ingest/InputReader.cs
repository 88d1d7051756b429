using System.Runtime.CompilerServices;
using Parallax.Documents;

namespace Parallax.Ingest;

/// <summary>
/// Reads local inputs (files, folders, "-" for standard input) into <see cref="SourceDocument"/>s, one at a
/// time. Every problem with an input becomes a <see cref="Diagnostic"/> item naming the input; the reader
/// itself only throws <see cref="OperationCanceledException"/> when <c>ct</c> is cancelled.
/// </summary>
public sealed partial class InputReader
{
    /// <summary>The name standard input gets in documents and diagnostics.</summary>
    public const string StdinName = "stdin";

    private readonly Func<Stream> _openStdin;

    /// <summary>A reader whose "-" is the process's standard input.</summary>
    public InputReader()
        : this(Console.OpenStandardInput)
    {
    }

    /// <summary>A reader whose "-" is the stream <paramref name="openStdin"/> returns (the caller owns it).</summary>
    public InputReader(Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(openStdin);
        _openStdin = openStdin;
    }

    /// <summary>The file extensions read from folders and accepted as explicit paths.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".html", ".htm", ".txt", ".jsonl"];

    public async IAsyncEnumerable<IngestItem> ReadAsync(
        IReadOnlyList<string> paths,
        IngestOptions options,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            await foreach (var item in ReadPathAsync(path, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private IAsyncEnumerable<IngestItem> ReadPathAsync(string path, IngestOptions options, CancellationToken ct)
    {
        if (string.Equals(path, "-", StringComparison.Ordinal))
        {
            return ReadStdinAsync(options, ct);
        }

        if (!string.IsNullOrWhiteSpace(path) && Directory.Exists(path))
        {
            return ReadFolderAsync(path, 0, options, ct);
        }

        if (!string.IsNullOrWhiteSpace(path) && File.Exists(path))
        {
            return ReadFileAsync(path, options, ct);
        }

        return Single(Error(IngestCodes.NotFound, "no such file or folder", string.IsNullOrWhiteSpace(path) ? "(empty path)" : path));
    }

    private static DocumentHints Defaults(IngestOptions options) =>
        options.Published is null ? DocumentHints.None : new DocumentHints { Published = options.Published };

    private static IngestItem Error(string code, string message, string source) =>
        IngestItem.Failed(new Diagnostic(Severity.Error, code, message, source));

    private static async IAsyncEnumerable<IngestItem> Single(IngestItem item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }
}
