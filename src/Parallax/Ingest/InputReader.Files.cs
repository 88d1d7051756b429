using System.Runtime.CompilerServices;
using Parallax.Documents;

namespace Parallax.Ingest;

public sealed partial class InputReader
{
    /// <summary>How far into a document NUL bytes mark it as binary.</summary>
    private const int BinaryProbeBytes = 8 * 1024;

    private static async IAsyncEnumerable<IngestItem> ReadFileAsync(string path, IngestOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var format = FormatOf(path);
        if (format is null)
        {
            yield return Error(
                IngestCodes.UnsupportedFormat,
                $"unsupported file type \"{Path.GetExtension(path)}\"; supported: {string.Join(", ", SupportedExtensions)} (and folders, \"-\" for stdin)",
                path);
            yield break;
        }

        var problems = new List<Diagnostic>();
        var hints = Defaults(options).OverriddenBy(await Sidecar.ReadAsync(path, options, problems, ct).ConfigureAwait(false));
        foreach (var problem in problems)
        {
            yield return IngestItem.Failed(problem);
        }

        if (format == Format.Jsonl)
        {
            await foreach (var item in ReadJsonlFileAsync(path, hints, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        yield return await ReadDocumentFileAsync(path, format == Format.Html ? ContentKind.Html : ContentKind.Text, hints, options, ct).ConfigureAwait(false);
    }

    private static async Task<IngestItem> ReadDocumentFileAsync(string path, ContentKind kind, DocumentHints hints, IngestOptions options, CancellationToken ct)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return TooLarge(path, length, options);
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadBoundedAsync(stream, options.MaxFileBytes, (int)length, ct).ConfigureAwait(false);
                return bytes is { } read ? Check(path, kind, read, hints) : TooLarge(path, null, options);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Error(IngestCodes.NotFound, "the file disappeared while being read", path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error(IngestCodes.Unreadable, $"cannot read the file: {ex.Message}", path);
        }
    }

    /// <summary>Turns the bytes of one document into a document, or into the diagnostic saying why not.</summary>
    private static IngestItem Check(string name, ContentKind kind, ReadOnlyMemory<byte> bytes, DocumentHints hints)
    {
        if (IsBlank(bytes.Span))
        {
            return Error(IngestCodes.Empty, bytes.Length == 0 ? "the input is empty" : "the input holds only white space", name);
        }

        if (IsBinary(bytes.Span))
        {
            return Error(IngestCodes.Binary, $"the input looks binary (a NUL byte in its first {BinaryProbeBytes / 1024} KB), not {(kind == ContentKind.Html ? "HTML" : "text")}", name);
        }

        return IngestItem.Of(SourceDocument.FromBytes(name, kind, bytes, hints));
    }

    /// <summary>Reads a stream to its end into memory, or returns null as soon as it passes <paramref name="max"/> bytes.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(Stream stream, long max, int expected, CancellationToken ct)
    {
        var buffer = new byte[Math.Clamp(expected, 0, (int)Math.Min(max, Array.MaxLength - 1)) + 1];
        var used = 0;
        while (true)
        {
            if (used == buffer.Length)
            {
                if (used > max)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), Math.Min(max + 1, Array.MaxLength)));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(used), ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            used += read;
            if (used > max)
            {
                return null;
            }
        }

        return buffer.AsMemory(0, used);
    }

    private static IngestItem TooLarge(string name, long? length, IngestOptions options) => Error(
        IngestCodes.TooLarge,
        length is { } known
            ? $"the input is {Sizes.Describe(known)}, over the limit of {Sizes.Describe(options.MaxFileBytes)}"
            : $"the input is larger than the limit of {Sizes.Describe(options.MaxFileBytes)}",
        name);

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n\f\v"u8) < 0;
    }

    /// <summary>NUL bytes in the first 8 KB mean binary, unless a UTF-16/32 byte order mark says they are part of the text.</summary>
    private static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return false;
        }

        return bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0);
    }

    private static Format? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => Format.Html,
        ".TXT" => Format.Text,
        ".JSONL" => Format.Jsonl,
        _ => null,
    };

    private enum Format
    {
        Html,
        Text,
        Jsonl,
    }
}
