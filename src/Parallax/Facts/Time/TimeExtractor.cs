using Parallax.Facts.Quantities;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Time;

/// <summary>
/// Finds time expressions in the tokens (the extraction step; <see cref="TimeResolver"/> gives them values).
/// The shapes follow the TIMEX3 types of TimeML 1.2.1, section 2.2.1: DATE, TIME, DURATION and SET. One
/// left-to-right pass; each rule looks at a few tokens, so the work is linear in the text.
/// </summary>
internal sealed partial class TimeExtractor(TimeRules rules, NumberReader numbers)
{
    private static readonly HashSet<string> Ranges = new(["to", "through", "until", "till", "-", "\u2013", "\u2014", "and"], StringComparer.Ordinal);

    /// <summary>Every word a rule below can start at (the words the rules test at their first token).</summary>
    private readonly StartWords _starts = new([
        .. rules.Mods.FirstWords, .. rules.SetWords.Keys, .. rules.SetCues.Words, .. rules.Shifts.Keys, .. rules.Quarters.Keys,
        .. rules.Weekdays.Keys, .. rules.Months.Keys, .. rules.RelativeDays.Keys, .. rules.References.Keys, .. rules.Units.Keys,
        .. numbers.FirstWords, "the", "fiscal", "year-ago", "year-earlier", "tonight", "a", "an", "recent",
        .. rules.HyphenAmounts.Keys, "'", "\u2019", .. rules.Seasons.Keys]);

    public List<TimeCandidate> Extract(TextLayer layer, CancellationToken cancellationToken)
    {
        var tokens = layer.Tokens;
        var found = new List<TimeCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i & 511) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = _starts.Allows(tokens[i]) ? TryModified(tokens, i, found) : -1;
            i = end > i ? end : i + 1;
        }

        return found;
    }

    private int TryModified(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        if (rules.Mods.TryMatch(t, i, out var mod, out var after))
        {
            var at = found.Count;
            var end = TryCore(t, after, found);
            if (end > after && found.Count > at && found[at].Shape is TimeShape.Calendar or TimeShape.Year or TimeShape.ShiftedUnit)
            {
                found[at] = found[at] with { FirstToken = i, Mod = mod };
                return end;
            }

            found.RemoveRange(at, found.Count - at);
        }

        return TryCore(t, i, found);
    }

    private int TryCore(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        if (i >= t.Count)
        {
            return -1;
        }

        var w = t[i];
        var end = TrySet(t, i, found);
        if (end > 0)
        {
            return end;
        }

        if (IsIsoDate(t, i, out var iso))
        {
            found.Add(iso);
            return iso.EndToken;
        }

        if (w.IsWord && rules.Shifts.TryGetValue(w.Lower, out var shift) && i + 1 < t.Count)
        {
            var next = t[i + 1];
            if (Weekday(next) is { } wd)
            {
                found.Add(new TimeCandidate(i, i + 2, TimeShape.Weekday) { Weekday = wd, Shift = shift, ExplicitShift = true });
                return i + 2;
            }

            if (rules.PartsOfDay.TryGetValue(next.Lower, out var part) && shift <= 0)
            {
                found.Add(new TimeCandidate(i, i + 2, TimeShape.RelativeDay) { Shift = shift, PartOfDay = part });
                return i + 2;
            }

            if (rules.Seasons.TryGetValue(next.Lower, out var season))
            {
                found.Add(new TimeCandidate(i, i + 2, TimeShape.ShiftedUnit) { Shift = shift, Unit = season });
                return i + 2;
            }

            if (rules.Units.TryGetValue(next.Lower, out var unit) && !next.Lower.EndsWith('s'))
            {
                found.Add(new TimeCandidate(i, i + 2, TimeShape.ShiftedUnit) { Shift = shift, Unit = unit });
                return i + 2;
            }
        }

        end = TryQuarter(t, i, found);
        if (end > 0)
        {
            return end;
        }

        if (Weekday(w) is { } weekday)
        {
            var j = i + 1;
            if (j < t.Count && t[j].IsPunct(','))
            {
                j++;
            }

            var date = TryMonthFirst(t, j, found);
            if (date > 0)
            {
                found[^1] = found[^1] with { FirstToken = i };
                return date;
            }

            // "Sun", "Wed": an abbreviated weekday is a day only before a date ("Wed, March 5"); alone it is a name or word.
            if (w.Text.TrimEnd('.').Length <= 4)
            {
                return -1;
            }

            var part = PartOfDay(t, i + 1);
            found.Add(new TimeCandidate(i, part is null ? i + 1 : i + 2, TimeShape.Weekday) { Weekday = weekday, PartOfDay = part });
            return part is null ? i + 1 : i + 2;
        }

        if (w.IsWord && rules.RelativeDays.TryGetValue(w.Lower, out var days))
        {
            var part = w.Is("tonight") ? "NI" : PartOfDay(t, i + 1);
            var stop = part is null || w.Is("tonight") ? i + 1 : i + 2;
            found.Add(new TimeCandidate(i, stop, TimeShape.RelativeDay) { Shift = days, PartOfDay = part });
            return stop;
        }

        end = TryMonthFirst(t, i, found);
        if (end > 0)
        {
            return end;
        }

        end = TryDayFirst(t, i, found);
        if (end > 0)
        {
            return end;
        }

        // A clock time first: "1400 GMT" is two in the afternoon, not a year.
        end = TryClock(t, i, found);
        if (end > 0)
        {
            return end;
        }

        end = TryYear(t, i, found);
        if (end > 0)
        {
            return end;
        }

        end = TryAmount(t, i, found);
        if (end > 0)
        {
            return end;
        }

        if (w.Lower == "the" && i + 1 < t.Count && t[i + 1].Lower == "future" && (i + 2 >= t.Count || t[i + 2].Lower != "of"))
        {
            // "in the future": the future as a whole (TimeML 1.2.1 section 2.2.1, FUTURE_REF); "the future of X" is a topic.
            found.Add(new TimeCandidate(i, i + 2, TimeShape.Reference) { Fixed = "FUTURE_REF" });
            return i + 2;
        }

        if (w.Lower == "the" && i + 1 < t.Count && t[i + 1].Is("weekend"))
        {
            // "over the weekend": the weekend nearest the anchor, before or after it by the tense (TimeML 1.2.1 "WE").
            found.Add(new TimeCandidate(i, i + 2, TimeShape.Weekday) { Weekday = 6, Weekend = true });
            return i + 2;
        }

        end = TrySeason(t, i, found);
        if (end > 0)
        {
            return end;
        }

        if (w.IsWord && rules.References.TryGetValue(w.Lower, out var reference))
        {
            found.Add(new TimeCandidate(i, i + 1, TimeShape.Reference) { Fixed = reference });
            return i + 1;
        }

        return -1;
    }

    /// <summary>
    /// "in summer", "during the winter", "late autumn": a season of the anchor's year (TimeML 1.2.1 section 2.2.1, SU).
    /// A season word counts only after a cue word; one that is also a common word ("fall", "spring") only after "in"
    /// or "during", with or without "the" ("the fall of the city" is an event).
    /// </summary>
    private int TrySeason(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        var w = t[i];
        if (!w.IsLowerWord || !rules.Seasons.TryGetValue(w.Lower, out var season) || i == 0 || (i + 1 < t.Count && t[i + 1].Is("of")))
        {
            return -1;
        }

        var previous = t[i - 1].Lower;
        var cued = rules.AmbiguousSeasons.Contains(w.Lower)
            ? rules.SeasonPrepositions.Contains(previous) || (previous == "the" && i > 1 && rules.SeasonPrepositions.Contains(t[i - 2].Lower))
            : rules.SeasonPrepositions.Contains(previous) || rules.SeasonCues.Contains(previous);
        if (!cued)
        {
            return -1;
        }

        found.Add(new TimeCandidate(i, i + 1, TimeShape.ShiftedUnit) { Shift = 0, Unit = season });
        return i + 1;
    }

    private int TrySet(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        var w = t[i];
        if (w.IsLowerWord && rules.SetWords.TryGetValue(w.Lower, out var fixedValue))
        {
            found.Add(new TimeCandidate(i, i + 1, TimeShape.Set) { Fixed = fixedValue });
            return i + 1;
        }

        if (!w.IsWord || !rules.SetCues.Contains(w.Lower) || i + 1 >= t.Count)
        {
            return -1;
        }

        if (Weekday(t[i + 1]) is { } wd)
        {
            found.Add(new TimeCandidate(i, i + 2, TimeShape.Set) { Weekday = wd });
            return i + 2;
        }

        var j = i + 1;
        double amount = 1;
        if (numbers.TryRead(t, j, out var n) && !n.Vague)
        {
            amount = n.Value;
            j = n.End;
        }

        if (j < t.Count && rules.Units.TryGetValue(t[j].Lower, out var unit) && (amount != 1 || !t[j].Lower.EndsWith('s')))
        {
            found.Add(new TimeCandidate(i, j + 1, TimeShape.Set) { Unit = unit, Amount = amount });
            return j + 1;
        }

        return -1;
    }

    /// <summary>"the third quarter", "third-quarter", "the fiscal first quarter", "the latest quarter", "the quarter".</summary>
    private int TryQuarter(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        var the = t[i].Is("the");
        var j = the ? i + 1 : i;
        if (j < t.Count && t[j].Is("fiscal"))
        {
            j++;
        }

        if (j >= t.Count || !t[j].IsWord)
        {
            return -1;
        }

        // "the year-ago quarter", "the year-earlier third quarter", "year-earlier results": the period a year before.
        var yearBack = t[j].Lower is "year-ago" or "year-earlier";
        if (yearBack)
        {
            var k = j + 1;
            if (k + 1 < t.Count && rules.Quarters.TryGetValue(t[k].Lower, out var ordinal) && ordinal > 0 && t[k + 1].Is("quarter"))
            {
                found.Add(new TimeCandidate(i, k + 2, TimeShape.Quarter) { Amount = ordinal, Shift = -1 });
                return k + 2;
            }

            if (k < t.Count && (t[k].Is("quarter") || t[k].Is("period")))
            {
                found.Add(new TimeCandidate(i, k + 1, TimeShape.Quarter) { Amount = 0, Shift = -1 });
                return k + 1;
            }

            found.Add(new TimeCandidate(j, j + 1, TimeShape.Offset) { Unit = "Y", Shift = -1 });
            return j + 1;
        }

        var word = t[j].Lower;
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && word.AsSpan(dash + 1) is "quarter" && rules.Quarters.TryGetValue(word[..dash], out var joined) && joined > 0)
        {
            found.Add(new TimeCandidate(i, j + 1, TimeShape.Quarter) { Amount = joined });
            return j + 1;
        }

        int quarter;
        if (rules.Quarters.TryGetValue(word, out var q) && j + 1 < t.Count && t[j + 1].Is("quarter"))
        {
            quarter = q;
            j++;
        }
        else if (the && word == "latest" && j + 1 < t.Count && t[j + 1].Is("period"))
        {
            quarter = 0; // "the latest period" of a quarterly report: the quarter just reported
            j++;
        }
        else if (the && t[j].Is("quarter"))
        {
            quarter = 0; // "the quarter": the one just reported, not "a quarter of the vote"
        }
        else
        {
            return -1;
        }

        // "the first quarter of 2009", "the final quarter of last year": the year is given.
        if (quarter > 0 && j + 2 < t.Count && t[j + 1].Is("of"))
        {
            if (t[j + 2].Number is { } y && t[j + 2].Text.Length == 4 && y >= rules.MinYear && y <= rules.MaxYear)
            {
                found.Add(new TimeCandidate(i, j + 3, TimeShape.Quarter) { Amount = quarter, Year = (int)y });
                return j + 3;
            }

            if (j + 3 < t.Count && rules.Shifts.TryGetValue(t[j + 2].Lower, out var shift) && t[j + 3].Is("year"))
            {
                found.Add(new TimeCandidate(i, j + 4, TimeShape.Quarter) { Amount = quarter, Shift = shift, ExplicitShift = true });
                return j + 4;
            }
        }

        found.Add(new TimeCandidate(i, j + 1, TimeShape.Quarter) { Amount = quarter });
        return j + 1;
    }

    private static bool IsIsoDate(IReadOnlyList<Token> t, int i, out TimeCandidate candidate)
    {
        candidate = null!;
        if (i + 4 >= t.Count || t[i].Kind != TokenKind.Number || t[i].Text.Length != 4 || !t[i + 1].IsPunct('-') || !t[i + 3].IsPunct('-')
            || t[i + 2].Text.Length != 2 || t[i + 4].Text.Length != 2 || t[i + 2].Number is not { } m || t[i + 4].Number is not { } d
            || t[i + 1].SpaceBefore || t[i + 2].SpaceBefore || t[i + 3].SpaceBefore || t[i + 4].SpaceBefore || t[i].Number is not { } y)
        {
            return false;
        }

        candidate = new TimeCandidate(i, i + 5, TimeShape.Calendar) { Year = (int)y, Month = (int)m, Day = (int)d };
        return true;
    }

    private int? Weekday(Token t) => t.IsCapitalized && rules.Weekdays.TryGetValue(t.Lower.TrimEnd('.'), out var d) ? d : null;

    private int? Month(Token t) => t.IsCapitalized && rules.Months.TryGetValue(t.Lower.TrimEnd('.'), out var m) ? m : null;

    private string? PartOfDay(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].IsLowerWord && rules.PartsOfDay.TryGetValue(t[i].Lower, out var p) ? p : null;

    private static int? DayNumber(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Text.Length <= 4 && int.TryParse(t[i].Text.AsSpan(0, t[i].IsOrdinal ? t[i].Text.Length - 2 : t[i].Text.Length), System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            ? d : null;

    private int? YearNumber(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Text.Length == 4 && t[i].Number is { } y && y >= rules.MinYear && y <= rules.MaxYear
            ? (int)y : null;

    /// <summary>"March 10", "March 10, 2025", "Aug. 5 to 10", "March 2025", "in March".</summary>
    private int TryMonthFirst(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        if (i >= t.Count || Month(t[i]) is not { } month)
        {
            return -1;
        }

        if (DayNumber(t, i + 1) is { } day && !(i + 2 < t.Count && t[i + 2].IsWord && rules.Units.ContainsKey(t[i + 2].Lower)))
        {
            var j = i + 2;
            int? year = null;
            if (j + 1 < t.Count && t[j].IsPunct(',') && YearNumber(t, j + 1) is { } y1)
            {
                year = y1;
                j += 2;
            }
            else if (YearNumber(t, j) is { } y2)
            {
                year = y2;
                j++;
            }

            found.Add(new TimeCandidate(i, j, TimeShape.Calendar) { Year = year, Month = month, Day = day });
            if (j + 1 < t.Count && Ranges.Contains(t[j].Lower) && DayNumber(t, j + 1) is { } to && to > day
                && !(j + 2 < t.Count && (Month(t[j + 2]) is not null || (t[j + 2].IsWord && rules.Units.ContainsKey(t[j + 2].Lower)))))
            {
                var k = j + 2;
                if (k + 1 < t.Count && t[k].IsPunct(',') && YearNumber(t, k + 1) is { } y3)
                {
                    year ??= y3;
                    k += 2;
                }

                found.Add(new TimeCandidate(j + 1, k, TimeShape.Calendar) { Year = year, Month = month, Day = to });
                return k;
            }

            return j;
        }

        if (YearNumber(t, i + 1) is { } year2)
        {
            found.Add(new TimeCandidate(i, i + 2, TimeShape.Calendar) { Year = year2, Month = month });
            return i + 2;
        }

        // "June last year", "January this year": the month of the year before, of, or after the anchor's.
        if (i + 2 < t.Count && rules.Shifts.TryGetValue(t[i + 1].Lower, out var shift) && t[i + 2].Is("year"))
        {
            found.Add(new TimeCandidate(i, i + 3, TimeShape.Calendar) { Month = month, Shift = shift, ExplicitShift = true });
            return i + 3;
        }

        if ((rules.AmbiguousMonths.Contains(t[i].Lower.TrimEnd('.')) || t[i].Text.EndsWith('.'))
            && !(t[i].Text == "May" && i > 0 && t[i - 1].IsLowerWord && rules.MonthCues.Contains(t[i - 1].Lower)))
        {
            return -1;
        }

        found.Add(new TimeCandidate(i, i + 1, TimeShape.Calendar) { Month = month });
        return i + 1;
    }

    /// <summary>"10 March", "10 March 2025", "the 5th of August".</summary>
    private int TryDayFirst(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        if (DayNumber(t, i) is not { } day)
        {
            return -1;
        }

        var j = i + 1;
        if (j < t.Count && t[j].Is("of"))
        {
            j++;
        }

        if (j >= t.Count || Month(t[j]) is not { } month)
        {
            return -1;
        }

        j++;
        int? year = null;
        if (YearNumber(t, j) is { } y)
        {
            year = y;
            j++;
        }

        found.Add(new TimeCandidate(i, j, TimeShape.Calendar) { Year = year, Month = month, Day = day });
        return j;
    }

    /// <summary>"in 2001", "the 1968 dam", "the 1990s": a four-digit number in the year range after a year cue.</summary>
    private int TryYear(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        var end = TryShortYear(t, i, found);
        if (end > 0)
        {
            return end;
        }

        if (YearNumber(t, i) is not { } year)
        {
            return -1;
        }

        if (i + 1 < t.Count && !t[i + 1].SpaceBefore && (t[i + 1].Is("s") || t[i + 1].Is("'s")))
        {
            found.Add(new TimeCandidate(i, i + 2, TimeShape.Year) { Year = year, Decade = true });
            return i + 2;
        }

        var previous = i > 0 ? t[i - 1] : null;
        var cue = previous is not null && (rules.YearCues.Contains(previous.Lower) || previous.IsPunct('(') || previous.IsPunct(','));
        if (!cue)
        {
            return -1;
        }

        found.Add(new TimeCandidate(i, i + 1, TimeShape.Year) { Year = year });
        return i + 1;
    }

    /// <summary>"the 70s", "the '80s", "in '82": a two-digit decade or year of the 1900s.</summary>
    private static int TryShortYear(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        var apostrophe = t[i].Text is "'" or "\u2019";
        var k = apostrophe ? i + 1 : i;
        if (k >= t.Count || t[k].Kind != TokenKind.Number || t[k].Text.Length != 2 || t[k].Number is not { } n || (apostrophe && t[k].SpaceBefore))
        {
            return -1;
        }

        var year = 1900 + (int)n;
        if (k + 1 < t.Count && !t[k + 1].SpaceBefore && t[k + 1].Is("s") && n % 10 == 0)
        {
            found.Add(new TimeCandidate(i, k + 2, TimeShape.Year) { Year = year, Decade = true });
            return k + 2;
        }

        // "'82" alone: only after a space and before no letter or digit ("rock'n'roll", "'82 percent" aside).
        if (apostrophe && (i == 0 || t[i].SpaceBefore) && !(k + 1 < t.Count && !t[k + 1].SpaceBefore && t[k + 1].Kind != TokenKind.Punct)
            && !(k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].Lower is "percent" or "per"))
        {
            found.Add(new TimeCandidate(i, k + 1, TimeShape.Year) { Year = year });
            return k + 1;
        }

        return -1;
    }
}
