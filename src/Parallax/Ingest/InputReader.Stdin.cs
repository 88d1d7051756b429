using System.Runtime.CompilerServices;
using Parallax.Documents;

namespace Parallax.Ingest;

public sealed partial class InputReader
{
    private async IAsyncEnumerable<IngestItem> ReadStdinAsync(IngestOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var hints = Defaults(options);
        var (stream, problem) = OpenStdin();
        if (stream is null)
        {
            yield return Error(IngestCodes.Unreadable, $"cannot open standard input: {problem}", StdinName);
            yield break;
        }

        if (options.Stdin == StdinFormat.Jsonl)
        {
            await foreach (var item in ReadJsonlAsync(stream, StdinName, hints, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        yield return await ReadStdinDocumentAsync(stream, hints, options, ct).ConfigureAwait(false);
    }

    private (Stream? Stream, string? Problem) OpenStdin()
    {
        try
        {
            return (_openStdin(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return (null, ex.Message);
        }
    }

    private static async Task<IngestItem> ReadStdinDocumentAsync(Stream stream, DocumentHints hints, IngestOptions options, CancellationToken ct)
    {
        try
        {
            var bytes = await ReadBoundedAsync(stream, options.MaxFileBytes, 64 * 1024, ct).ConfigureAwait(false);
            if (bytes is not { } read)
            {
                return TooLarge(StdinName, null, options);
            }

            var kind = options.Stdin switch
            {
                StdinFormat.Html => ContentKind.Html,
                StdinFormat.Text => ContentKind.Text,
                _ => LooksLikeHtml(read.Span) ? ContentKind.Html : ContentKind.Text,
            };
            return Check(StdinName, kind, read, hints);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Error(IngestCodes.Unreadable, $"cannot read standard input: {ex.Message}", StdinName);
        }
    }

    /// <summary>HTML when the first character after a UTF-8 byte order mark and white space is '&lt;'.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var first = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n\f\v"u8);
        return first >= 0 && bytes[first] == (byte)'<';
    }
}
