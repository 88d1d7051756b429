using Parallax.Documents;

namespace Parallax.Facts;

/// <summary>A sentence of an article's clean text.</summary>
public sealed record Sentence(Span Span);

/// <summary>Coarse entity classes; <see cref="EntityMention.Subtype"/> holds a richer one.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Place,
    Other,
}

/// <summary>A named entity mention; <see cref="Canonical"/> is the name it corefers to within the article.</summary>
public sealed record EntityMention(Span Span, string Text, EntityKind Kind, string Canonical, string? Subtype = null)
{
    /// <summary>For a person: the title or role stated with the name ("Russian Defence Minister").</summary>
    public string? Role { get; init; }

    /// <summary>For a place or demonym: the ISO 3166-1 alpha-2 code of its country, when the gazetteer knows it.</summary>
    public string? Country { get; init; }

    /// <summary>For a city of the gazetteer (GeoNames): its latitude and longitude in degrees.</summary>
    public (double Latitude, double Longitude)? Coordinates { get; init; }
}

/// <summary>How exactly a quantity is stated.</summary>
public enum Approximation
{
    Exact,
    About,
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
    Vague,
}

/// <summary>
/// A number in the text: its value, unit ("percent", "km", "USD"), what it counts ("troops"), and how
/// exactly it is stated. Ordinals and numbers that are part of a date or a name are not quantities.
/// </summary>
public sealed record QuantityMention(Span Span, string Text, double Value, string? Unit, string? Counted, Approximation Approximation);

/// <summary>TIMEX3 types (TimeML 1.2.1, section 2.2).</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A time expression with its TIMEX3 value ("2021-07-28", "2021-W30", "P20Y", "XXXX-08-05"). When the value
/// depends on an anchor that is unknown, <see cref="Value"/> keeps a relative form and <see cref="Anchor"/> is null.
/// </summary>
public sealed record TimeMention(Span Span, string Text, TimexType Type, string Value, string? Anchor)
{
    /// <summary>The TIMEX3 mod attribute (TimeML 1.2.1, section 2.2.1): START, MID, END ("the end of August").</summary>
    public string? Mod { get; init; }

    /// <summary>
    /// The TIMEX3 functionInDocument attribute (TimeML 1.2.1, section 2.2.1): "CREATION_TIME" for the date of a
    /// dateline ("KESTREL FALLS, March 11 (Meridian Wire) -"), which dates the article rather than an event in it.
    /// </summary>
    public string? Function { get; init; }
}

public enum QuoteKind
{
    Direct,
    Indirect,
    Partial,
}

/// <summary>A reported statement: its content, the cue ("said"), the source span and the resolved speaker name.</summary>
public sealed record QuoteMention(Span Content, Span? Cue, Span? Source, string? Speaker, QuoteKind Kind)
{
    /// <summary>
    /// Whether this quote continues the speaker's turn begun by an earlier quote of the same paragraph with the same
    /// cue: the second half of a split quote ("A," she said, "B") or a bare quote after an attributed one.
    /// </summary>
    public bool ContinuesTurn { get; init; }
}
