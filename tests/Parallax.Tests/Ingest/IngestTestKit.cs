using System.Text;
using Parallax.Ingest;

namespace Parallax.Tests.Ingest;

internal static class IngestTestKit
{
    public static async Task<List<IngestItem>> ReadAll(IReadOnlyList<string> paths, IngestOptions? options = null, Stream? stdin = null)
    {
        var reader = stdin is null ? new InputReader(() => throw new InvalidOperationException("no stdin in this test")) : new InputReader(() => stdin);
        var items = new List<IngestItem>();
        await foreach (var item in reader.ReadAsync(paths, options ?? IngestOptions.Default, TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    public static Stream Stdin(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static string Codes(IEnumerable<IngestItem> items) =>
        string.Join(" ", items.Select(i => i.IsDocument ? "doc" : i.Diagnostic.Code));

    public static string Text(IngestItem item) =>
        item.Document!.Text ?? Encoding.UTF8.GetString(item.Document.Bytes.Span);
}
