using Parallax.Documents;

namespace Parallax.Facts;

/// <summary>A participant or place of an event: the phrase, and the canonical names of the entities in it.</summary>
public sealed record EventArgument(Span Span, string Text, IReadOnlyList<string> Entities);

/// <summary>When an event happened: a time expression of its sentence, with its resolved TIMEX3 value.</summary>
public sealed record EventTime(Span Span, string Text, string Value);

/// <summary>
/// Who did what to whom, where and when: the trigger ("invaded", "held joint drills"), its lemma, and its PLOVER
/// category (null for a verb PLOVER does not code, such as "claim"); the agent (PLOVER source), the patient
/// (PLOVER target), the place and the time, each when found.
/// </summary>
public sealed record EventMention(Span Trigger, string Text, string Lemma, string? Category)
{
    public EventArgument? Agent { get; init; }

    public EventArgument? Patient { get; init; }

    public EventArgument? Place { get; init; }

    public EventTime? Time { get; init; }

    /// <summary>"not", "never" or "n't" in the verb group.</summary>
    public bool Negated { get; init; }

    /// <summary>"planned" for an event announced for later ("will hold", "are scheduled to take part"), else null.</summary>
    public string? Mode { get; init; }

    /// <summary>The index of the event's sentence in <see cref="AnalyzedArticle.Sentences"/> (and its statement).</summary>
    public int Sentence { get; init; }
}
