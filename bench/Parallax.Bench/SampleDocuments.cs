using Parallax.Documents;

namespace Parallax.Bench;

/// <summary>The shipped samples (copied beside the benchmark binaries) as source documents, published 2025-03-11.</summary>
internal static class SampleDocuments
{
    public static SourceDocument[] Load()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        return [.. Directory.EnumerateFiles(samples)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => SourceDocument.FromBytes(
                Path.GetFileName(p),
                p.EndsWith(".html", StringComparison.Ordinal) ? ContentKind.Html : ContentKind.Text,
                File.ReadAllBytes(p),
                new DocumentHints { Published = new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero) }))];
    }
}
