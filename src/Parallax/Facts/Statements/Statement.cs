using Parallax.Documents;

namespace Parallax.Facts;

/// <summary>Who stands behind a sentence's claim.</summary>
public enum StatementStatus
{
    /// <summary>The outlet states it in its own voice.</summary>
    Asserted,

    /// <summary>The outlet reports it as a named source's statement ("X said", "according to X", a quote).</summary>
    Attributed,

    /// <summary>The outlet distances itself: "reportedly", "appeared to", "is believed to", an unnamed "many say".</summary>
    Hedged,
}

/// <summary>A word or phrase that marks a statement: a hedge, or evaluative language in the outlet's own voice.</summary>
public sealed record StatementCue(Span Span, string Text, string Kind);

/// <summary>
/// The attribution status of one sentence, with the source it is attributed to (the quote stage's speaker and
/// spans) and the hedges and evaluative words found outside quotation marks, which are the outlet's own words.
/// </summary>
public sealed record Statement(Span Span, StatementStatus Status)
{
    /// <summary>The resolved speaker of an attributed statement.</summary>
    public string? Source { get; init; }

    public Span? SourceSpan { get; init; }

    /// <summary>The verb or phrase of saying ("said", "according to").</summary>
    public Span? Cue { get; init; }

    public IReadOnlyList<StatementCue> Hedges { get; init; } = [];

    /// <summary>Loaded, evaluative or intensifying words outside quotation marks.</summary>
    public IReadOnlyList<StatementCue> Evaluative { get; init; } = [];

    /// <summary>Whether the outlet speaks for itself here (asserted or hedged, not attributed to a source).</summary>
    public bool OwnVoice => Status != StatementStatus.Attributed;
}
