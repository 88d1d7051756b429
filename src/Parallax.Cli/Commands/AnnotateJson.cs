using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Facts.Quotes;

namespace Parallax.Cli.Commands;

/// <summary>
/// The line `parallax annotate` writes for one article. Offsets are code points into the input `text`, end
/// exclusive, as the shared scorers read them (eval/ner/README.md, temporal/README.md, quotes/README.md).
/// </summary>
internal sealed record AnnotationJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("entities")] IReadOnlyList<EntityJson> Entities,
    [property: JsonPropertyName("timexes")] IReadOnlyList<TimexJson> Timexes,
    [property: JsonPropertyName("quantities")] IReadOnlyList<QuantityJson> Quantities,
    [property: JsonPropertyName("attributions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AttributionJson>? Attributions,
    [property: JsonPropertyName("sentences")] IReadOnlyList<SpanJson> Sentences,
    [property: JsonPropertyName("statements"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StatementJson>? Statements,
    [property: JsonPropertyName("events"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EventJson>? Events)
{
    /// <summary>Serialisation code generated at build time: no reflection and no warm-up at run time.</summary>
    private static readonly AnnotateJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The line of one article; the second-part layers not in <paramref name="layers"/> are left out (null), not empty.</summary>
    public static AnnotationJson From(string id, AnalyzedArticle analyzed, AnalysisLayers layers = AnalysisLayers.All)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var text = analyzed.Article.Text;
        var at = CodePointOffsets.For(text);
        SpanJson Of(Span s) => new(at(s.Start), at(s.End));
        return new AnnotationJson(
            id,
            [.. analyzed.Entities.Select(e => new EntityJson(at(e.Span.Start), at(e.Span.End), ScorerType(e), e.Subtype ?? KindName(e.Kind), e.Text, e.Canonical)
            {
                Country = e.Country,
                Coordinates = e.Coordinates is { } c ? [c.Latitude, c.Longitude] : null,
            })],
            [.. analyzed.Times.Select(t => new TimexJson(at(t.Span.Start), at(t.Span.End), TimexTypeName(t.Type), t.Value, t.Text) { Mod = t.Mod, Function = t.Function })],
            [.. analyzed.Quantities.Select(q => new QuantityJson(at(q.Span.Start), at(q.Span.End), q.Text, double.IsFinite(q.Value) ? q.Value : null, q.Unit, q.Counted, q.Approximation.ToString()))],
            !layers.HasFlag(AnalysisLayers.Quotes) ? null : [.. QuoteTurns.Group(analyzed.Quotes).Select(turn => new AttributionJson(
                [.. turn.Select(q => Of(q.Kind == QuoteKind.Indirect ? q.Content : WithQuotationMarks(text, q.Content)))],
                turn[0].Source is { } source ? [Of(source)] : null,
                turn[0].Cue is { } cue ? [Of(cue)] : null,
                turn[0].Speaker,
                KindName(turn[0].Kind)))],
            [.. analyzed.Sentences.Select(s => Of(s.Span))],
            !layers.HasFlag(AnalysisLayers.Statements) ? null : [.. analyzed.Statements.Select(s => StatementJson.From(s, at))],
            !layers.HasFlag(AnalysisLayers.Events) ? null : [.. analyzed.Events.Select(e => EventJson.From(e, at))]);
    }

    public string ToLine() => JsonSerializer.Serialize(this, Json.AnnotationJson);

    /// <summary>
    /// A quoted content with the quotation marks around it and the punctuation just inside the closing mark
    /// (“We were there,”), as PolNeAR and PARC mark direct-quote content; the analyzer's span is the words only.
    /// </summary>
    private static Span WithQuotationMarks(string text, Span content)
    {
        var start = content.Start;
        var end = content.End;
        if (start > 0 && IsQuotationMark(text[start - 1]))
        {
            start--;
        }

        if (end < text.Length && IsQuotationMark(text[end]))
        {
            end++;
        }
        else if (end + 1 < text.Length && text[end] is ',' or '.' or '?' or '!' && IsQuotationMark(text[end + 1]))
        {
            end += 2;
        }

        return content with { Start = start, End = end };
    }

    private static bool IsQuotationMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB';

    /// <summary>
    /// The CoNLL-2003 classes the NER scorer knows (eval/ner/README.md, "Scoring"). Nationality words are
    /// MISC there, not LOC (CoNLL-2003 / MUC-7 guidelines), so a place of subtype "demonym" is MISC.
    /// </summary>
    private static string ScorerType(EntityMention e) => e.Kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.Place when string.Equals(e.Subtype, "demonym", StringComparison.Ordinal) => "MISC",
        EntityKind.Place => "LOC",
        _ => "MISC",
    };

    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        _ => "other",
    };

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>TIMEX3 type attribute values (TimeML 1.2.1, section 2.2).</summary>
    private static string TimexTypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}

internal sealed record SpanJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

internal sealed record EntityJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("canonical")] string Canonical)
{
    /// <summary>ISO 3166-1 code of a place's (or a demonym's) country, from the gazetteer.</summary>
    [JsonPropertyName("country")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Country { get; init; }

    /// <summary>Latitude and longitude of a place resolved to a gazetteer entry.</summary>
    [JsonPropertyName("coordinates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Coordinates { get; init; }
}

internal sealed record TimexJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("mod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Mod { get; init; }

    [JsonPropertyName("functionInDocument")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Function { get; init; }
}

internal sealed record QuantityJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("counted")] string? Counted,
    [property: JsonPropertyName("approximation")] string Approximation);

/// <summary>One attribution as the quotes scorer reads it: role fragments, source and cue null when not found.</summary>
internal sealed record AttributionJson(
    [property: JsonPropertyName("content")] IReadOnlyList<SpanJson> Content,
    [property: JsonPropertyName("source")] IReadOnlyList<SpanJson>? Source,
    [property: JsonPropertyName("cue")] IReadOnlyList<SpanJson>? Cue,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("kind")] string Kind);

/// <summary>
/// Maps UTF-16 indices (what <see cref="Span"/> holds) to Unicode code point offsets (what the scorers count):
/// the identity unless the text has characters outside the BMP.
/// </summary>
[JsonSerializable(typeof(AnnotationJson))]
internal sealed partial class AnnotateJsonContext : JsonSerializerContext;

internal static class CodePointOffsets
{
    public static Func<int, int> For(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0)
        {
            return i => i;
        }

        var map = new int[text.Length + 1];
        var points = 0;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = points;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                points++;
            }
        }

        map[text.Length] = points;
        return i => map[Math.Clamp(i, 0, text.Length)];
    }
}
