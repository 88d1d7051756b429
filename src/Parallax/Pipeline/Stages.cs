using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Pipeline;

/// <summary>The outcome of extraction: an article, or the reason there is none, with diagnostics either way.</summary>
public sealed record ExtractionResult(Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ExtractionResult Failed(Diagnostic why) => new(null, [why]);
}

/// <summary>Raw document to clean article. Pure: no I/O.</summary>
public interface IExtractor
{
    ExtractionResult Extract(SourceDocument document, CancellationToken cancellationToken = default);
}

/// <summary>Clean article to sentences, entities, quantities, times and quotes. Pure: no I/O.</summary>
public interface ITextAnalyzer
{
    AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default);
}

/// <summary>Analyzed articles to stories.</summary>
public interface IStoryGrouper
{
    IReadOnlyList<Story> Group(IReadOnlyList<AnalyzedArticle> articles);
}

/// <summary>The articles of one story to the cross-source report.</summary>
public interface IStoryComparer
{
    ComparisonReport Compare(Story? story, IReadOnlyList<AnalyzedArticle> articles);
}

/// <summary>Renders a report in one format ("text", "md", "html", "json").</summary>
public interface IReportWriter
{
    string Format { get; }

    void Write(ComparisonReport report, TextWriter writer);
}
