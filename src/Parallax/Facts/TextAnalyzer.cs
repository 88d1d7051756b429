using Parallax.Documents;
using Parallax.Pipeline;

namespace Parallax.Facts;

// STUB: replaced by the facts work before anything lands.
public sealed record TextAnalyzerOptions;

public sealed class TextAnalyzer(TextAnalyzerOptions? options = null) : ITextAnalyzer
{
    public TextAnalyzerOptions Options { get; } = options ?? new();

    public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default) =>
        new(article, [], [], [], [], []);
}
