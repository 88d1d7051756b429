using System.Globalization;
using Parallax.Facts.Sentences;

namespace Parallax.Facts.Time;

/// <summary>A resolved TIMEX3: its type, value and mod (TimeML 1.2.1, section 2.2.1).</summary>
internal sealed record Timex(TimexType Type, string Value, string? Mod);

/// <summary>
/// Gives an extracted time expression its TIMEX3 value against the anchor (the document creation time,
/// TimeML 1.2.1 section 2.2.1 "anchorTimeID"/"functionInDocument CREATION_TIME"). Values are ISO 8601 as
/// TIMEX3 uses them: "2021-07-28", "2021-W29", "2021-07", "2021", "199" (a decade), "P20Y", "PT3H",
/// "XXXX-WXX-1" (a Monday), "2025-03-10TEV" (Monday evening). Without an anchor, a relative expression keeps
/// a value relative to it: "REF-P1D" (yesterday), "REF+P1W" (next week), "REF+P0Y" (this year).
/// </summary>
internal sealed class TimeResolver(TimeRules rules)
{
    public Timex? Resolve(TimeCandidate c, DateOnly? anchor, TextLayer layer) => c.Shape switch
    {
        TimeShape.Calendar => Calendar(c, anchor, c.Year is null && c.Month is not null && anchor is not null ? Tense(c, layer) : 0),
        TimeShape.Quarter => Quarter(c, anchor),
        TimeShape.Year => new Timex(TimexType.Date, c.Decade ? (c.Year!.Value / 10).ToString(CultureInfo.InvariantCulture) : Year(c.Year!.Value), c.Mod),
        TimeShape.Weekday => Weekday(c, anchor, layer),
        TimeShape.RelativeDay => WithPart(anchor is { } a ? Date(a.AddDays((int)c.Shift)) : Relative(c.Shift, "D"), c.PartOfDay),
        TimeShape.ShiftedUnit => Shifted(c, anchor),
        TimeShape.Offset => Offset(c, anchor, layer),
        TimeShape.Duration => new Timex(TimexType.Duration, Duration(c.Amount, c.Unit!), null),
        TimeShape.Set => new Timex(TimexType.Set, c.Fixed ?? (c.Weekday is { } d ? $"XXXX-WXX-{d}" : Duration(c.Amount ?? 1, c.Unit!)), null),
        TimeShape.Clock => new Timex(TimexType.Time, (anchor is { } day ? Date(day) : "XXXX-XX-XX") + Clock(c), null),
        TimeShape.Reference => new Timex(TimexType.Date, c.Fixed!, null),
        _ => null,
    };

    /// <summary>The clock part "T10:30" of a TIME value.</summary>
    public static string Clock(TimeCandidate c) => string.Create(CultureInfo.InvariantCulture, $"T{c.Hour:00}:{c.Minute ?? 0:00}{(c.Utc ? "Z" : "")}");

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Year(int y) => y.ToString("0000", CultureInfo.InvariantCulture);

    private static Timex WithPart(string value, string? part) =>
        part is null ? new Timex(TimexType.Date, value, null) : new Timex(TimexType.Time, value + "T" + part, null);

    private static string Relative(double amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"REF{(amount < 0 ? "-" : "+")}P{Math.Abs(amount)}{unit}");

    /// <summary>A quarter of the anchor's year ("1989-Q3"); 0 is the last completed quarter before the anchor.</summary>
    private static Timex Quarter(TimeCandidate c, DateOnly? anchor)
    {
        var q = (int)(c.Amount ?? 0);
        if (anchor is not { } a)
        {
            return new Timex(TimexType.Date, q > 0 ? $"XXXX-Q{q}" : "XXXX-QX", null);
        }

        var year = c.Year ?? a.Year;
        if (q == 0)
        {
            q = ((a.Month - 1) / 3) is 0 ? 4 : (a.Month - 1) / 3;
            year = q == 4 ? a.Year - 1 : a.Year;
        }
        else if (c.Year is null && !c.ExplicitShift && q > ((a.Month - 1) / 3) + 1)
        {
            // "the fourth quarter" written in January: results are reported after the quarter, so last year's.
            year--;
        }

        year += (int)c.Shift; // "the year-ago quarter", "the first quarter of last year"

        return new Timex(TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{q}"), c.Mod);
    }

    private static Timex? Calendar(TimeCandidate c, DateOnly? anchor, int tense)
    {
        if (c.Month is not { } month || month is < 1 or > 12 || c.Day is < 1 || c.Year is < 1 or > 9999)
        {
            return null;
        }

        var year = c.Year ?? (c.ExplicitShift && anchor is { } shifted ? shifted.Year + (int)c.Shift : null);
        if (year is null && anchor is { } a)
        {
            year = NearestYear(a, month, c.Day, tense);
        }

        if (c.Day is { } day)
        {
            if (day > DateTime.DaysInMonth(year ?? 2000, month))
            {
                return null;
            }

            var value = year is { } y ? Date(new DateOnly(y, month, day)) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
            return new Timex(TimexType.Date, value, c.Mod);
        }

        return new Timex(TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"{(year is { } yy ? Year(yy) : "XXXX")}-{month:00}"), c.Mod);
    }

    /// <summary>
    /// The year that puts month/day nearest to the anchor in the direction of the tense (past: on or before the
    /// anchor, future: on or after it; a bare month counts from its first or last day); without a tense cue, or
    /// when the nearest date is within two months of the anchor ("Jan. 14" a week ahead), the nearest.
    /// </summary>
    private static int NearestYear(DateOnly anchor, int month, int? day, int tense)
    {
        var nearest = tense == 0 ? 0 : NearestYear(anchor, month, day, 0);
        if (tense != 0 && Math.Abs(new DateOnly(nearest, month, Math.Min(day ?? 15, DateTime.DaysInMonth(nearest, month))).DayNumber - anchor.DayNumber) <= 62)
        {
            return nearest;
        }

        var best = anchor.Year;
        var bestDistance = int.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var last = DateTime.DaysInMonth(y, month);
            var d = new DateOnly(y, month, Math.Min(day ?? (tense < 0 ? 1 : tense > 0 ? last : 15), last));
            var distance = Math.Abs(d.DayNumber - anchor.DayNumber);
            if ((tense < 0 && d > anchor) || (tense > 0 && d < anchor))
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = y;
                bestDistance = distance;
            }
        }

        return best;
    }

    private Timex Weekday(TimeCandidate c, DateOnly? anchor, TextLayer layer)
    {
        var weekday = c.Weekday!.Value;
        if (anchor is not { } a)
        {
            return c.Weekend
                ? new Timex(TimexType.Date, "XXXX-WXX-WE", null)
                : WithPart(c.ExplicitShift && c.Shift != 0 ? Relative(c.Shift, "W") + $"-{weekday}" : $"XXXX-WXX-{weekday}", c.PartOfDay);
        }

        var anchorDay = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
        DateOnly date;
        if (c.ExplicitShift)
        {
            date = c.Shift switch
            {
                < 0 => a.AddDays(-(((anchorDay - weekday + 7) % 7) is 0 ? 7 : (anchorDay - weekday + 7) % 7)),
                > 0 => a.AddDays(((weekday - anchorDay + 7) % 7) is 0 ? 7 : (weekday - anchorDay + 7) % 7),
                _ => a.AddDays(weekday - anchorDay),
            };
        }
        else
        {
            date = Tense(c, layer) > 0
                ? a.AddDays((weekday - anchorDay + 7) % 7)
                : a.AddDays(-((anchorDay - weekday + 7) % 7));
        }

        return c.Weekend ? new Timex(TimexType.Date, Week(date) + "-WE", null) : WithPart(Date(date), c.PartOfDay);
    }

    /// <summary>
    /// The tense of the clause around the expression: the nearest strong tense cue before it ("will", "said"),
    /// else one shortly after it, else a weak past cue (a word in -ed): 1 future, -1 past, 0 no cue.
    /// </summary>
    private int Tense(TimeCandidate c, TextLayer layer)
    {
        var tokens = layer.Tokens;
        var sentence = layer.SentenceAt(c.FirstToken);
        var weakPast = false;
        for (var i = c.FirstToken - 1; i >= Math.Max(sentence.FirstToken, c.FirstToken - 12); i--)
        {
            var word = tokens[i].Lower;
            if (rules.FutureCues.Contains(word))
            {
                return 1;
            }

            if (rules.PastCues.Contains(word))
            {
                return -1;
            }

            weakPast |= tokens[i].IsLowerWord && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);
        }

        if (weakPast)
        {
            return -1;
        }

        for (var i = c.EndToken; i < Math.Min(sentence.EndToken, c.EndToken + 5); i++)
        {
            if (rules.FutureCues.Contains(tokens[i].Lower))
            {
                return 1;
            }

            if (rules.PastCues.Contains(tokens[i].Lower))
            {
                return -1;
            }
        }

        return 0;
    }

    private static Timex? Shifted(TimeCandidate c, DateOnly? anchor)
    {
        var unit = c.Unit!;
        var n = (int)c.Shift;
        if (anchor is not { } a)
        {
            return new Timex(TimexType.Date, Relative(n, unit), c.Mod);
        }

        var value = unit switch
        {
            "D" => Date(a.AddDays(n)),
            "W" => Week(a.AddDays(7 * n)),
            "WE" => Week(a.AddDays(7 * n)) + "-WE",
            "M" => a.AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "Y" => Year(a.Year + n),
            "DE" => ((a.Year / 10) + n).ToString(CultureInfo.InvariantCulture),
            "CE" => ((a.Year / 100) + n).ToString(CultureInfo.InvariantCulture),
            "SP" or "SU" or "FA" or "WI" => Year(a.Year + n) + "-" + unit,
            _ => null,
        };
        return value is null ? null : new Timex(TimexType.Date, value, c.Mod);
    }

    private static Timex? Offset(TimeCandidate c, DateOnly? anchor, TextLayer layer)
    {
        var unit = c.Unit!;
        if (anchor is not { } a)
        {
            return new Timex(TimexType.Date, Relative(c.Shift, unit), null);
        }

        var n = (int)Math.Round(c.Shift);
        if (unit == "Y" && n < 0 && QuarterlyContext(c, layer))
        {
            // "a year ago/earlier" in a quarterly report: the reported (last completed) quarter that many years before.
            var q = ((a.Month - 1) / 3) is 0 ? 4 : (a.Month - 1) / 3;
            var year = (q == 4 ? a.Year - 1 : a.Year) + n;
            return new Timex(TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{q}"), null);
        }

        var value = unit switch
        {
            "D" or "H" or "MIN" or "S" => Date(unit == "D" ? a.AddDays(n) : a),
            "W" => Week(a.AddDays(7 * n)),
            "FN" => Week(a.AddDays(14 * n)),
            "M" => a.AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "Y" => Year(a.Year + n),
            "DE" => Year(a.Year + (10 * n)),
            _ => null,
        };
        return value is null ? null : new Timex(TimexType.Date, value, null);
    }

    /// <summary>Whether the text around the expression (the sentence and the two before it) is about a quarter's results.</summary>
    private static bool QuarterlyContext(TimeCandidate c, TextLayer layer)
    {
        var tokens = layer.Tokens;
        var sentence = layer.SentenceAt(c.FirstToken);
        var from = sentence.FirstToken;
        for (var back = 0; back < 2 && from > 0; back++)
        {
            from = layer.SentenceAt(from - 1).FirstToken;
        }

        for (var i = from; i < sentence.EndToken; i++)
        {
            var word = tokens[i].Lower;
            if (word.Contains("quarter", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ISO 8601 week ("2021-W29").</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt)}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    /// <summary>A TIMEX3 duration: "P20Y", "P3D", "PT2H", "PXY" (an unstated amount, TimeML 1.2.1 section 2.2.1).</summary>
    public static string Duration(double? amount, string unit)
    {
        var n = amount is { } a ? a.ToString("0.###", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            "H" => $"PT{n}H",
            "MIN" => $"PT{n}M",
            "S" => $"PT{n}S",
            "FN" => amount is { } f ? string.Create(CultureInfo.InvariantCulture, $"P{f * 2:0.###}W") : "PXW",
            _ => $"P{n}{unit}",
        };
    }
}
