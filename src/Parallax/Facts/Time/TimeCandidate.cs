namespace Parallax.Facts.Time;

/// <summary>The shapes of time expression the extractor recognises; the resolver gives each a TIMEX3 value.</summary>
internal enum TimeShape
{
    /// <summary>A calendar date with some of year, month, day known ("March 10", "10 March 2025", "2021-07-28").</summary>
    Calendar,

    /// <summary>A year ("in 2001") or a decade ("the 1990s").</summary>
    Year,

    /// <summary>A day of the week ("on Monday", "last Friday").</summary>
    Weekday,

    /// <summary>A day relative to the anchor ("yesterday", "today").</summary>
    RelativeDay,

    /// <summary>A calendar unit shifted from the anchor's ("last week", "next month", "this year").</summary>
    ShiftedUnit,

    /// <summary>An amount of units before or after the anchor ("two days ago").</summary>
    Offset,

    /// <summary>A length of time ("20 years", "three days", "hours").</summary>
    Duration,

    /// <summary>A recurring time ("every year", "weekly", "every Monday").</summary>
    Set,

    /// <summary>A clock time ("10 a.m.", "10:30").</summary>
    Clock,

    /// <summary>A quarter of the anchor's year ("the third quarter", "third-quarter"), or the last completed one ("the quarter").</summary>
    Quarter,

    /// <summary>A reference to the present or past without a calendar value ("now", "recently").</summary>
    Reference,
}

/// <summary>One extracted time expression over tokens [FirstToken, EndToken), before resolution.</summary>
internal sealed record TimeCandidate(int FirstToken, int EndToken, TimeShape Shape)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Weekday { get; init; }

    /// <summary>Units of shift from the anchor (-1 last, 0 this, +1 next), or the signed amount of an offset.</summary>
    public double Shift { get; init; }

    /// <summary>Whether a weekday's shift was stated ("last Monday") rather than inferred from tense.</summary>
    public bool ExplicitShift { get; init; }

    /// <summary>An ISO 8601 duration letter (Y, M, W, D, H, ...) or TimeML's DE/CE/WE/FN.</summary>
    public string? Unit { get; init; }

    public double? Amount { get; init; }

    public bool Decade { get; init; }

    /// <summary>The weekend of the week that <see cref="Weekday"/> falls in ("over the weekend"), TIMEX3 "2008-W41-WE".</summary>
    public bool Weekend { get; init; }

    /// <summary>A TimeML part of day (MO, AF, EV, NI, MI).</summary>
    public string? PartOfDay { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    /// <summary>The clock time is given in UTC ("16:08 UTC"): the value ends in "Z" (ISO 8601 4.2.4).</summary>
    public bool Utc { get; init; }

    /// <summary>A TIMEX3 mod (START, MID, END).</summary>
    public string? Mod { get; init; }

    /// <summary>A fixed value (PRESENT_REF, P1Y of "annually").</summary>
    public string? Fixed { get; init; }
}
