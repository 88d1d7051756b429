using System.Text.Json;
using Parallax.Documents;

namespace Parallax.Ingest;

/// <summary>
/// A NAME.meta.json file beside NAME.txt / NAME.html / NAME.jsonl: what the user knows about the document
/// besides its content (outlet, published, url, title, language, charset). Problems with it are warnings:
/// the document itself still comes through.
/// </summary>
internal static class Sidecar
{
    public const string Suffix = ".meta.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 16,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string PathFor(string documentPath) =>
        Path.Combine(Path.GetDirectoryName(documentPath) ?? "", Path.GetFileNameWithoutExtension(documentPath) + Suffix);

    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    public static async Task<DocumentHints> ReadAsync(string documentPath, IngestOptions options, List<Diagnostic> problems, CancellationToken ct)
    {
        var path = PathFor(documentPath);
        if (!File.Exists(path))
        {
            return DocumentHints.None;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxSidecarBytes)
            {
                problems.Add(Problem(path, $"is {Sizes.Describe(length)}, over the sidecar limit of {Sizes.Describe(options.MaxSidecarBytes)}; ignored"));
                return DocumentHints.None;
            }

            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(Severity.Warning, IngestCodes.Unreadable, $"cannot read sidecar: {ex.Message}; ignored", path));
            return DocumentHints.None;
        }

        return Parse(bytes, path, problems);
    }

    public static DocumentHints Parse(byte[] bytes, string path, List<Diagnostic> problems)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, Options);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problem(path, $"holds {HintFields.Describe(json.RootElement.ValueKind)}, not a JSON object; ignored"));
                return DocumentHints.None;
            }

            return HintFields.Read(json.RootElement, path, IngestCodes.MetaBadValue, problems);
        }
        catch (JsonException ex)
        {
            problems.Add(Problem(path, $"is not valid JSON ({ex.Message}); ignored"));
            return DocumentHints.None;
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json refuses to return strings with an unpaired surrogate escape ("\ud800").
            problems.Add(Problem(path, $"holds a string that is not valid Unicode ({ex.Message}); ignored"));
            return DocumentHints.None;
        }
    }

    private static Diagnostic Problem(string path, string message) => new(Severity.Warning, IngestCodes.MetaBadJson, message, path);
}
