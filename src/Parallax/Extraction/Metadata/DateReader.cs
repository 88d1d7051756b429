using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>Reads publication dates from attribute values (ISO 8601 and close relatives) and from URL paths.</summary>
internal static partial class DateReader
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyyMMdd",
        "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy HH:mm", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "yyyy-MM-dd'T'HH:mm:ssZ",
        "dd-MM-yyyy HH:mm", "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy",
    ];

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[/-](?<m>0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](?<d>0?[1-9]|[12][0-9]|3[01])(?![0-9])", RegexOptions.CultureInvariant, 250)]
    private static partial Regex UrlDate();

    /// <summary>The English month abbreviations some sites write in their URLs ("/2020/oct/02/"), in order.</summary>
    private const string UrlMonths = "janfebmaraprmayjunjulaugsepoctnovdec";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?=[T ])", RegexOptions.CultureInvariant, 250)]
    private static partial Regex LeadingDay();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<time>\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?<zone>[+-]\d{2})(?<zm>\d{2})$", RegexOptions.CultureInvariant, 250)]
    private static partial Regex CompactZone();

    /// <summary>A date from an attribute value, or null. Values without a zone are taken as UTC.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var s = value.Trim();
        if (CompactZone().Match(s) is { Success: true } m)
        {
            s = $"{m.Groups["date"].Value}T{m.Groups["time"].Value}{m.Groups["zone"].Value}:{m.Groups["zm"].Value}";
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return Plausible(exact);
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose))
        {
            return Plausible(loose);
        }

        // A time stamp in a form of its own ("2022-01-10T22:06:08:684Z"): its calendar day still holds.
        return LeadingDay().Match(s) is { Success: true } day
            && DateTimeOffset.TryParseExact(day.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var date)
            ? Plausible(date)
            : null;
    }

    /// <summary>A date in a URL path such as <c>/2021/07/28/</c>, <c>/2021-07-28-</c> or <c>/2020/oct/02/</c>.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048)
        {
            return null;
        }

        var m = UrlDate().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Value;
        var mo = char.IsAsciiDigit(month[0]) ? int.Parse(month, CultureInfo.InvariantCulture) : (UrlMonths.IndexOf(month, StringComparison.Ordinal) / 3) + 1;
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return d <= DateTime.DaysInMonth(y, mo) ? Plausible(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero)) : null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d.Year is >= 1990 and <= 2100 ? d : null;
}
