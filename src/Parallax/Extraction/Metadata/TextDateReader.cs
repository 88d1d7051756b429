using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Reads a calendar date written for readers ("7 May 2019", "May 7, 2019", "07.05.2019", "7. Mai 2019",
/// "2019-05-07", "05/07/2019"), with month names in several languages taken from the rules.
/// </summary>
internal sealed class TextDateReader
{
    private readonly Dictionary<string, int> _months;
    private readonly Regex _pattern;

    public TextDateReader(IReadOnlyList<string> monthNames)
    {
        _months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < monthNames.Count && i < 12; i++)
        {
            foreach (var name in monthNames[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                _months.TryAdd(name, i + 1);
            }
        }

        var names = string.Join('|', _months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        const string Day = @"(?:0?[1-9]|[12][0-9]|3[01])";
        const string Year = @"(?:19[89][0-9]|20[0-9]{2})";
        _pattern = RuleFiles.Pattern(
            $@"(?<![\p{{L}}\p{{N}}])(?:"
            + $@"(?<y1>{Year})-(?<m1>0[1-9]|1[0-2])-(?<d1>0[1-9]|[12][0-9]|3[01])"
            + $@"|(?<d2>{Day})\.\s?(?<m2>0?[1-9]|1[0-2])\.\s?(?<y2>{Year})"
            + $@"|(?<a3>[01]?[0-9]|[23][0-9])/(?<b3>[0-3]?[0-9])/(?<y3>{Year})"
            + $@"|(?<d4>{Day})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(?<n4>{names})\.?,?\s+(?:de\s+)?(?<y4>{Year})"
            + $@"|(?<n5>{names})\.?\s+(?<d5>{Day})(?:st|nd|rd|th)?,?\s+(?<y5>{Year})"
            + $@")(?![\p{{L}}\p{{N}}])");
    }

    /// <summary>
    /// The first date written in <paramref name="text"/>, or null. "a/b/yyyy" is read month first (US order) unless
    /// <paramref name="dayFirst"/> says the page's locale writes the day first, or the first number cannot be a month.
    /// </summary>
    public DateTimeOffset? Find(string? text, bool dayFirst = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (Match m in _pattern.Matches(text))
        {
            if (FromMatch(m, dayFirst) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private DateTimeOffset? FromMatch(Match m, bool dayFirst)
    {
        var g = m.Groups;
        var (y, mo, d) = g["y1"].Success ? (Num(g["y1"]), Num(g["m1"]), Num(g["d1"]))
            : g["y2"].Success ? (Num(g["y2"]), Num(g["m2"]), Num(g["d2"]))
            : g["y3"].Success ? (dayFirst ? DayOrUs(Num(g["y3"]), Num(g["a3"]), Num(g["b3"])) : UsOrDay(Num(g["y3"]), Num(g["a3"]), Num(g["b3"])))
            : g["y4"].Success ? (Num(g["y4"]), _months[g["n4"].Value], Num(g["d4"]))
            : (Num(g["y5"]), _months[g["n5"].Value], Num(g["d5"]));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    /// <summary>"a/b/yyyy": month first (US order) unless the first number cannot be a month.</summary>
    private static (int Y, int M, int D) UsOrDay(int y, int a, int b) => a > 12 ? (y, b, a) : (y, a, b);

    /// <summary>"a/b/yyyy": day first unless the second number cannot be a month.</summary>
    private static (int Y, int M, int D) DayOrUs(int y, int a, int b) => b > 12 ? (y, a, b) : (y, b, a);

    private static int Num(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
