using Parallax.Facts.Tokens;

namespace Parallax.Facts.Time;

/// <summary>Clock times and amounts of time: "10:30 pm", "20 years", "three days ago", "a 41-year rule", "for decades".</summary>
internal sealed partial class TimeExtractor
{
    private static readonly HashSet<string> DurationCues = new(["for", "over", "within", "after", "spanning", "lasting", "past"], StringComparer.Ordinal);

    /// <summary>"10 a.m.", "10:30 pm", "at 14:00".</summary>
    private static int TryClock(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        if (t[i].Kind != TokenKind.Number || t[i].IsOrdinal)
        {
            return -1;
        }

        var j = i + 1;
        var utc = j < t.Count && t[j].Text is "UTC" or "GMT";

        // "1336 GMT", "0900 UTC": the four-digit clock time of wire copy, always followed by its zone (a bare
        // four-digit number is a year or an amount).
        if (utc && t[i].Text is [>= '0' and <= '2', >= '0' and <= '9', >= '0' and <= '5', >= '0' and <= '9'] wire
            && (wire[0] - '0') * 10 + (wire[1] - '0') is var wireHour && wireHour <= 23)
        {
            found.Add(new TimeCandidate(i, j + 1, TimeShape.Clock) { Hour = wireHour, Minute = ((wire[2] - '0') * 10) + (wire[3] - '0'), Utc = true });
            return j + 1;
        }

        var parts = t[i].Text.Split(':');
        if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var hour) || hour > 24)
        {
            return -1;
        }

        var minute = 0;
        if (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out minute) || minute > 59))
        {
            return -1;
        }

        if (j < t.Count && t[j].IsWord && t[j].Lower.Replace(".", "", StringComparison.Ordinal) is "am" or "pm" && hour is >= 1 and <= 12)
        {
            var pm = t[j].Lower.StartsWith('p');
            hour = pm ? (hour % 12) + 12 : hour % 12;
            found.Add(new TimeCandidate(i, j + 1, TimeShape.Clock) { Hour = hour, Minute = minute });
            return j + 1;
        }

        // "16:08 UTC", "09:30 GMT": a clock time in universal time (ISO 8601 4.2.4, the "Z" designator).
        if (parts.Length == 2 && utc)
        {
            found.Add(new TimeCandidate(i, j + 1, TimeShape.Clock) { Hour = hour, Minute = minute, Utc = true });
            return j + 1;
        }

        if (parts.Length == 2 && i > 0 && t[i - 1].Lower is "at" or "by" or "until" or "from" or "before" or "after" or "around")
        {
            found.Add(new TimeCandidate(i, i + 1, TimeShape.Clock) { Hour = hour, Minute = minute });
            return i + 1;
        }

        return -1;
    }

    /// <summary>"six straight days", "two more weeks", "an additional year": a word between the amount and a unit.</summary>
    private int SkipFiller(IReadOnlyList<Token> t, int j) =>
        j + 1 < t.Count && t[j].IsLowerWord && rules.AmountFillers.Contains(t[j].Lower) && rules.Units.ContainsKey(t[j + 1].Lower) ? j + 1 : j;

    /// <summary>"twelve-year", "four-week", "single-day": a number word and a singular unit joined by a hyphen.</summary>
    private bool TryHyphenated(Token w, out double amount, out string unit)
    {
        amount = 0;
        unit = "";
        var dash = w.Lower.LastIndexOf('-');
        if (!w.IsWord || dash <= 0 || !rules.Units.TryGetValue(w.Lower[(dash + 1)..], out var u) || w.Lower.EndsWith('s'))
        {
            return false;
        }

        var prefix = w.Lower[..dash];
        if (rules.HyphenAmounts.TryGetValue(prefix, out var fixedAmount))
        {
            amount = fixedAmount;
        }
        else if (numbers.TryRead([new Token(w.Start, w.Start + dash, prefix, TokenKind.Word, w.NewlinesBefore, w.SpaceBefore)], 0, out var n) && !n.Vague)
        {
            amount = n.Value;
        }
        else
        {
            return false;
        }

        unit = u;
        return true;
    }

    /// <summary>"20 years", "three days", "a week", "two days ago", "for decades", "years of".</summary>
    private int TryAmount(IReadOnlyList<Token> t, int i, List<TimeCandidate> found)
    {
        double? amount;
        int j;
        if (t[i].Is("a") || t[i].Is("an"))
        {
            amount = 1;
            j = SkipFiller(t, i + 1);
            if (j >= t.Count || !rules.Units.ContainsKey(t[j].Lower) || t[j].Lower.EndsWith('s'))
            {
                return -1;
            }
        }
        else if (TryHyphenated(t[i], out var joinedAmount, out var joinedUnit))
        {
            found.Add(new TimeCandidate(i, i + 1, TimeShape.Duration) { Unit = joinedUnit, Amount = joinedAmount });
            return i + 1;
        }
        else if (numbers.TryRead(t, i, out var n) && !t[i].IsOrdinal)
        {
            amount = n.Vague ? null : n.Value;
            j = SkipFiller(t, n.End);
            // "a 41-year history", "the 12-month period": a length of time used as a modifier.
            if (j + 1 < t.Count && t[j].IsPunct('-') && !t[j].SpaceBefore && !t[j + 1].SpaceBefore && amount is not null
                && rules.Units.TryGetValue(t[j + 1].Lower, out var hyphenUnit) && !t[j + 1].Lower.EndsWith('s'))
            {
                found.Add(new TimeCandidate(i, j + 2, TimeShape.Duration) { Unit = hyphenUnit, Amount = amount });
                return j + 2;
            }
        }
        else if (t[i].Is("recent") && i + 1 < t.Count && rules.Units.TryGetValue(t[i + 1].Lower, out var recentUnit) && t[i + 1].Lower.EndsWith('s'))
        {
            // "recent years" is a vague past (TimeML PAST_REF); "recent days", "recent weeks" an unstated length of time.
            found.Add(recentUnit is "Y" or "DE" or "CE"
                ? new TimeCandidate(i, i + 2, TimeShape.Reference) { Fixed = "PAST_REF" }
                : new TimeCandidate(i, i + 2, TimeShape.Duration) { Unit = recentUnit });
            return i + 2;
        }
        else if (t[i].IsLowerWord && rules.Units.ContainsKey(t[i].Lower) && t[i].Lower.EndsWith('s')
            && ((i > 0 && DurationCues.Contains(t[i - 1].Lower)) || (i + 1 < t.Count && t[i + 1].Is("of"))))
        {
            found.Add(new TimeCandidate(i, i + 1, TimeShape.Duration) { Unit = rules.Units[t[i].Lower] });
            return i + 1;
        }
        else
        {
            return -1;
        }

        if (j >= t.Count || !t[j].IsWord || !rules.Units.TryGetValue(t[j].Lower, out var unit))
        {
            return -1;
        }

        if (rules.AgoWords.TryMatch(t, j + 1, out var direction, out var after) && amount is { } a)
        {
            found.Add(new TimeCandidate(i, after, TimeShape.Offset) { Unit = unit, Shift = direction * a });
            return after;
        }

        // "several years ago", "a few weeks later": an unstated amount before or after the anchor (TimeML PAST_REF / FUTURE_REF).
        if (amount is null && rules.AgoWords.TryMatch(t, j + 1, out var vagueDirection, out var vagueAfter))
        {
            found.Add(new TimeCandidate(i, vagueAfter, TimeShape.Reference) { Fixed = vagueDirection < 0 ? "PAST_REF" : "FUTURE_REF" });
            return vagueAfter;
        }

        found.Add(new TimeCandidate(i, j + 1, TimeShape.Duration) { Unit = unit, Amount = amount });
        return j + 1;
    }
}
