using System.Text.Json.Serialization;
using Parallax.Facts;

namespace Parallax.Cli.Commands;

/// <summary>A hedge or evaluative cue of a statement, in code points.</summary>
internal sealed record CueJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind);

/// <summary>One sentence's attribution status: "asserted", "attributed" or "hedged", with its source and cues.</summary>
internal sealed record StatementJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("ownVoice")] bool OwnVoice,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("sourceSpan")] SpanJson? SourceSpan,
    [property: JsonPropertyName("cue")] SpanJson? Cue,
    [property: JsonPropertyName("hedges")] IReadOnlyList<CueJson> Hedges,
    [property: JsonPropertyName("evaluative")] IReadOnlyList<CueJson> Evaluative)
{
    public static StatementJson From(Statement s, Func<int, int> at) => new(
        at(s.Span.Start),
        at(s.Span.End),
        s.Status switch { StatementStatus.Attributed => "attributed", StatementStatus.Hedged => "hedged", _ => "asserted" },
        s.OwnVoice,
        s.Source,
        s.SourceSpan is { } source ? new SpanJson(at(source.Start), at(source.End)) : null,
        s.Cue is { } cue ? new SpanJson(at(cue.Start), at(cue.End)) : null,
        [.. s.Hedges.Select(c => CueOf(c, at))],
        [.. s.Evaluative.Select(c => CueOf(c, at))]);

    private static CueJson CueOf(StatementCue c, Func<int, int> at) => new(at(c.Span.Start), at(c.Span.End), c.Text, c.Kind);
}

/// <summary>A participant or place: its span and text, and the canonical names of the entities in it.</summary>
internal sealed record ArgumentJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("entities")] IReadOnlyList<string> Entities)
{
    public static ArgumentJson? From(EventArgument? a, Func<int, int> at) =>
        a is null ? null : new(at(a.Span.Start), at(a.Span.End), a.Text, a.Entities);
}

/// <summary>An event's time: the time expression and its TIMEX3 value.</summary>
internal sealed record EventTimeJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] string Value);

/// <summary>One event: trigger, lemma, PLOVER category, agent (source), patient (target), place and time.</summary>
internal sealed record EventJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("lemma")] string Lemma,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("agent")] ArgumentJson? Agent,
    [property: JsonPropertyName("patient")] ArgumentJson? Patient,
    [property: JsonPropertyName("place")] ArgumentJson? Place,
    [property: JsonPropertyName("time")] EventTimeJson? Time,
    [property: JsonPropertyName("negated")] bool Negated,
    [property: JsonPropertyName("mode")] string? Mode,
    [property: JsonPropertyName("sentence")] int Sentence)
{
    public static EventJson From(EventMention e, Func<int, int> at) => new(
        at(e.Trigger.Start),
        at(e.Trigger.End),
        e.Text,
        e.Lemma,
        e.Category,
        ArgumentJson.From(e.Agent, at),
        ArgumentJson.From(e.Patient, at),
        ArgumentJson.From(e.Place, at),
        e.Time is { } t ? new EventTimeJson(at(t.Span.Start), at(t.Span.End), t.Text, t.Value) : null,
        e.Negated,
        e.Mode,
        e.Sentence);
}
