using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>The status of a fact across the articles of a story (DESIGN.md, "The report").</summary>
public enum FactStatus
{
    /// <summary>Two or more independent sources state it.</summary>
    Agreed,

    /// <summary>Compatible but stated differently or with different precision.</summary>
    Consistent,

    /// <summary>Cannot both be true; the note gives the reason.</summary>
    Conflict,

    /// <summary>One source only.</summary>
    Unique,
}

public enum FactKind
{
    Quantity,
    Date,
    Quote,
    Claim,
    Event,
    Entity,
}

public sealed record ReportArticle(string Id, string? Outlet, string? Title, string? Url, DateTimeOffset? Published);

/// <summary>One place where an article states a fact: offsets into that article's clean text.</summary>
public sealed record FactMention(string Article, int Start, int End, string Text, string Value);

public sealed record ComparedFact(
    string Id,
    FactKind Kind,
    string Summary,
    FactStatus Status,
    string Value,
    IReadOnlyList<FactMention> Mentions,
    string Note)
{
    /// <summary>How many independent sources (distinct outlets) state the fact; 0 when not computed.</summary>
    public int Sources { get; init; }
}

/// <summary>An outlet's own voice: evaluative words, hedges, emphasis, omissions.</summary>
public sealed record FramingMark(string Article, string Kind, int Start, int End, string Text, string Note);

public sealed record ComparisonReport(
    string? StoryId,
    string? StoryTitle,
    IReadOnlyList<ReportArticle> Articles,
    IReadOnlyList<ComparedFact> Facts,
    IReadOnlyList<FramingMark> Framing)
{
    /// <summary>Independent sources of the story (syndication groups, or distinct outlets); null when unknown.</summary>
    public int? IndependentSources { get; init; }

    /// <summary>What the comparison wants the reader to know: limits hit, fallbacks used.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
