using Parallax.Documents;

namespace Parallax.Facts;

/// <summary>An article with everything the text stages found in it, each piece carrying its span.</summary>
public sealed record AnalyzedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<TimeMention> Times,
    IReadOnlyList<QuoteMention> Quotes)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Each sentence's attribution status (asserted, attributed, hedged), in sentence order.</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];

    /// <summary>Who did what to whom, where and when, with PLOVER categories.</summary>
    public IReadOnlyList<EventMention> Events { get; init; } = [];

    /// <summary>The dateline before the first sentence ("MOSCOW, July 28 (Reuters) -"), when there is one.</summary>
    public Span? Dateline { get; init; }

    public string Slice(Span span) => span.Slice(Article.Text);
}
