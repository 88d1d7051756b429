using System.Globalization;
using System.Text;
using Parallax.Comparison;

namespace Parallax.Reports;

/// <summary>What every writer does to the strings of a report: made printable, bounded, labelled.</summary>
internal static class ReportText
{
    /// <summary>Longest field shown in the human formats (text, md, html); JSON keeps every character.</summary>
    public const int MaxField = 2_000;

    /// <summary>The sections of a report in their order, with the statuses they hold.</summary>
    public static readonly IReadOnlyList<(string Title, FactStatus Status)> Sections =
    [
        ("Conflicts", FactStatus.Conflict),
        ("Agreed", FactStatus.Agreed),
        ("Consistent", FactStatus.Consistent),
        ("Unique claims", FactStatus.Unique),
    ];

    /// <summary>
    /// A string safe to print on one line: null as "", control characters (newlines too) as spaces, lone
    /// surrogates as U+FFFD, whitespace runs collapsed, cut to <paramref name="max"/> characters with an ellipsis.
    /// </summary>
    public static string Line(string? value, int max = MaxField)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(value.Length, max + 1));
        var space = false;
        for (var i = 0; i < value.Length && builder.Length <= max; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        if (builder.Length > max)
        {
            builder.Length = char.IsHighSurrogate(builder[max - 1]) ? max - 1 : max;
            builder.Append('\u2026');
        }

        return builder.ToString();
    }

    /// <summary>A string for JSON: every character kept except lone surrogates (U+FFFD), which no encoder accepts.</summary>
    public static string Json(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    public static string Lower(FactStatus status) => status.ToString().ToLowerInvariant();

    public static string Lower(FactKind kind) => kind.ToString().ToLowerInvariant();

    public static string Date(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "";

    public static string Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>How the report names an article: its outlet, else its id.</summary>
    public static Func<string, string> Namer(ComparisonReport report)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in report.Articles ?? [])
        {
            if (article?.Id is { } id)
            {
                names.TryAdd(id, string.IsNullOrWhiteSpace(article.Outlet) ? id : article.Outlet);
            }
        }

        return id => names.GetValueOrDefault(id ?? "", id ?? "");
    }

    public static IEnumerable<ComparedFact> FactsOf(ComparisonReport report, FactStatus status) =>
        (report.Facts ?? []).Where(f => f is not null && f.Status == status);

    public static IReadOnlyList<FactMention> MentionsOf(ComparedFact fact) => [.. (fact.Mentions ?? []).Where(m => m is not null)];

    public static IReadOnlyList<FramingMark> FramingOf(ComparisonReport report) => [.. (report.Framing ?? []).Where(m => m is not null)];

    public static IReadOnlyList<ReportArticle> ArticlesOf(ComparisonReport report) => [.. (report.Articles ?? []).Where(a => a is not null)];
}
