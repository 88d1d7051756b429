using System.Globalization;

namespace Parallax.Ingest;

/// <summary>
/// Parses the dates users and feeds hand over: ISO 8601 calendar dates ("2021-07-28") and date-times with
/// optional seconds, fraction and offset ("2021-07-28T10:15:00+03:00", "2021-07-28 10:15Z"), invariantly.
/// A value without an offset is taken as UTC.
/// </summary>
public static class IsoDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        return DateTimeOffset.TryParseExact(
            text.Trim(),
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out value);
    }
}
