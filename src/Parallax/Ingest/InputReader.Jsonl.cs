using System.Runtime.CompilerServices;
using System.Text.Json;
using Parallax.Documents;

namespace Parallax.Ingest;

public sealed partial class InputReader
{
    /// <summary>After this many bad records in one input the rest of it is not read.</summary>
    private const int MaxBadRecords = 100;

    private static readonly JsonDocumentOptions RecordOptions = new() { MaxDepth = 64 };

    private static async IAsyncEnumerable<IngestItem> ReadJsonlFileAsync(string path, DocumentHints hints, IngestOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var (stream, problem) = await OpenJsonlAsync(path, ct).ConfigureAwait(false);
        if (stream is null)
        {
            yield return problem!;
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in ReadJsonlAsync(stream, path, hints, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Opens a .jsonl file after checking that it is not empty and does not look binary.</summary>
    private static async Task<(Stream? Stream, IngestItem? Problem)> OpenJsonlAsync(string path, CancellationToken ct)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            if (stream.Length == 0)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return (null, Error(IngestCodes.Empty, "the input is empty", path));
            }

            var probe = new byte[Math.Min(stream.Length, BinaryProbeBytes)];
            await stream.ReadExactlyAsync(probe, ct).ConfigureAwait(false);
            if (IsBinary(probe))
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return (null, Error(IngestCodes.Binary, $"the input looks binary (a NUL byte in its first {BinaryProbeBytes / 1024} KB), not JSON Lines", path));
            }

            stream.Position = 0;
            return (stream, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            return (null, ex is FileNotFoundException or DirectoryNotFoundException
                ? Error(IngestCodes.NotFound, "the file disappeared while being read", path)
                : Error(IngestCodes.Unreadable, $"cannot read the file: {ex.Message}", path));
        }
    }

    /// <summary>Reads JSON Lines records one line at a time; a bad line is reported and the next one read.</summary>
    private static async IAsyncEnumerable<IngestItem> ReadJsonlAsync(Stream stream, string name, DocumentHints hints, IngestOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        using var lines = new BoundedLineReader(stream, options.MaxLineChars, leaveOpen: true);
        var records = 0;
        var bad = 0;
        while (true)
        {
            var (line, problem) = await NextLineAsync(lines, name, ct).ConfigureAwait(false);
            if (problem is not null)
            {
                yield return problem;
                yield break;
            }

            if (line is not { } current)
            {
                break;
            }

            if (current.Text is { } text && string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            records++;
            var source = $"{name}:{current.Number}";
            var items = current.TooLong
                ? [Error(IngestCodes.JsonlLineTooLong, $"line {current.Number} is longer than {options.MaxLineChars} characters; skipped", source)]
                : ParseRecord(current.Text!, source, current.Number, hints);
            foreach (var item in items)
            {
                bad += item.IsDocument || item.Diagnostic.Severity != Severity.Error ? 0 : 1;
                yield return item;
            }

            if (bad >= MaxBadRecords)
            {
                yield return Error(IngestCodes.JsonlBadLine, $"{bad} bad records; the rest of the input was not read", name);
                yield break;
            }
        }

        if (records == 0)
        {
            yield return Error(IngestCodes.Empty, "the input holds no JSON Lines records", name);
        }
    }

    private static async Task<(Line? Line, IngestItem? Problem)> NextLineAsync(BoundedLineReader lines, string name, CancellationToken ct)
    {
        try
        {
            return (await lines.ReadAsync(ct).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, Error(IngestCodes.Unreadable, $"cannot read further: {ex.Message}", name));
        }
    }

    /// <summary>
    /// One record: {"url", "outlet", "published" (or "dct"), "title", "language", "html" or "text", "id"}.
    /// "html" wins when both are present; the record's hints override the file's.
    /// </summary>
    internal static IReadOnlyList<IngestItem> ParseRecord(string line, string source, int number, DocumentHints defaults)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, RecordOptions);
        }
        catch (JsonException ex)
        {
            return [Error(IngestCodes.JsonlBadLine, $"line {number} is not valid JSON: {ex.Message}", source)];
        }

        using (json)
        {
            try
            {
                return ReadRecord(json.RootElement, source, number, defaults);
            }
            catch (InvalidOperationException ex)
            {
                // System.Text.Json refuses to return strings with an unpaired surrogate escape ("\ud800").
                return [Error(IngestCodes.JsonlBadLine, $"line {number} holds a string that is not valid Unicode: {ex.Message}", source)];
            }
        }
    }

    private static List<IngestItem> ReadRecord(JsonElement root, string source, int number, DocumentHints defaults)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [Error(IngestCodes.JsonlBadLine, $"line {number} holds {HintFields.Describe(root.ValueKind)}, not a JSON object", source)];
        }

        var problems = new List<Diagnostic>();
        var hints = defaults.OverriddenBy(HintFields.Read(root, source, IngestCodes.JsonlBadValue, problems));
        var items = problems.Select(IngestItem.Failed).ToList();
        var id = HintFields.Identifier(root, "id");
        if (Content(root, "html") is { } html)
        {
            items.Add(IngestItem.Of(SourceDocument.FromText(source, ContentKind.Html, html, hints), id));
        }
        else if (Content(root, "text") is { } text)
        {
            items.Add(IngestItem.Of(SourceDocument.FromText(source, ContentKind.Text, text, hints), id));
        }
        else
        {
            items.Add(Error(IngestCodes.JsonlNoContent, $"line {number} has neither a non-empty \"html\" nor a non-empty \"text\" string", source));
        }

        return items;
    }

    private static string? Content(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}
