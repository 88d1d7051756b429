using System.Text;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Publication dates shown to readers, when the page declares none in its head.</summary>
internal sealed partial class HtmlMetadataReader
{
    private static readonly string[] DateAttributes = ["datetime", "content", "title", "data-date", "data-timestamp"];

    /// <summary>How close to midnight (hours) a declared time must be for a shown date one day off to win.</summary>
    private const double MidnightHours = 6;

    /// <summary>Whether the page's locale writes numeric dates day first ("02/10/2020" = 2 October): any known locale but US English.</summary>
    private static bool DayFirst(string? locale) => locale is not null && locale != "en" && !locale.StartsWith("en-us", StringComparison.Ordinal);

    /// <summary>Longest page text searched for an "updated" date when the page gives no other.</summary>
    private const int MaxUpdatedSearchChars = 300_000;

    /// <summary>
    /// The publication date: JSON-LD or meta tags, checked against the date the page shows; else a date in the
    /// URL, a date element (outside comments and sidebars), the first &lt;time datetime&gt;, a date written below
    /// the headline, the modified date, and last an "updated" date written in the page.
    /// </summary>
    private Found<DateTimeOffset>? Published(PageIndex page, JsonLdReader.JsonLdArticle? ld, string? url, IElement? headline, Found<DateTimeOffset>? modified)
    {
        var locale = page.Locale;
        var declared = InReadersZone(FirstDate(
            (ld?.Published, "json-ld.datePublished"),
            (rules.PublishedMetaNames.Select(n => Meta(page.Metas, n)).FirstOrDefault(v => DateReader.Parse(v) is not null), "meta")), locale);
        var dayFirst = DayFirst(locale);
        var element = InReadersZone(ElementDate(page, dayFirst), locale);
        var written = DateAfterHeadline(headline, dayFirst);
        if (declared is not null)
        {
            return (element ?? written) is { } shown ? Reconcile(declared, shown, modified) : declared;
        }

        return (DateReader.FromUrl(url) is { } d ? new Found<DateTimeOffset>(d, "url") : null)
            ?? element
            ?? InReadersZone(FirstDate((page.FirstTimeDatetime, "time.datetime")), locale)
            ?? written
            ?? modified
            ?? UpdatedDate(page);
    }

    /// <summary>
    /// A time stamp given in UTC, read in the civil zone of the page's locale, so that its day is the reader's:
    /// the same instant, with the offset the page's readers live in. Date-only values (midnight) stay as they are.
    /// </summary>
    private Found<DateTimeOffset>? InReadersZone(Found<DateTimeOffset>? date, string? locale)
    {
        if (date is null || date.Value.Offset != TimeSpan.Zero || date.Value.TimeOfDay == TimeSpan.Zero || locale is null)
        {
            return date;
        }

        var language = locale.Split('-')[0];
        return rules.LocaleZones.TryGetValue(locale, out var zone) || rules.LocaleZones.TryGetValue(language, out zone)
            ? date with { Value = TimeZoneInfo.ConvertTime(date.Value, zone) }
            : date;
    }

    /// <summary>
    /// A declared date and the one the page shows: the shown day wins when it is the modified date (the page
    /// presents its update as its date) or one day off the declared one (a time stamp in UTC or another zone
    /// than the reader's); otherwise the declared date stands.
    /// </summary>
    private static Found<DateTimeOffset> Reconcile(Found<DateTimeOffset> declared, Found<DateTimeOffset> shown, Found<DateTimeOffset>? modified)
    {
        var day = shown.Value.Date;
        if (declared.Value.Date == day)
        {
            return declared;
        }

        if (modified is not null && modified.Value.Date == day)
        {
            return modified with { Source = modified.Source + "+shown" };
        }

        // A zone can only move the day of a time stamp near midnight (or of a bare date, given as midnight).
        var hour = declared.Value.TimeOfDay.TotalHours;
        var nearMidnight = hour < MidnightHours || hour >= 24 - MidnightHours;
        return nearMidnight && Math.Abs((declared.Value.Date - day).TotalDays) <= 1 ? shown with { Source = shown.Source + "+" + declared.Source } : declared;
    }

    /// <summary>An "Updated 17.01.2021" / "Letzte Änderung: 14.01.2022" / "last edited 2019-11-10" date in the page's text.</summary>
    private Found<DateTimeOffset>? UpdatedDate(PageIndex page)
    {
        if (page.Body is not { } body)
        {
            return null;
        }

        var text = body.TextContent;
        if (text.Length > MaxUpdatedSearchChars)
        {
            text = text[..MaxUpdatedSearchChars];
        }

        foreach (System.Text.RegularExpressions.Match m in rules.UpdatedDateLabels.Matches(text))
        {
            var end = m.Index + m.Length;
            if (rules.TextDates.Find(text.Substring(end, Math.Min(40, text.Length - end)), DayFirst(page.Locale)) is { } d)
            {
                return new Found<DateTimeOffset>(d, "text.updated");
            }
        }

        return null;
    }

    /// <summary>
    /// The first date in an element that names a date (class or id with "date", "time", "publish", …; time, abbr),
    /// outside comments, sidebars and "updated" notes; its machine-readable attribute first, then its text.
    /// </summary>
    private Found<DateTimeOffset>? ElementDate(PageIndex page, bool dayFirst)
    {
        // Microdata that names the publication date comes before elements that only look like dates.
        var marked = page.DateCandidates.Where(e => string.Equals(e.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase));
        foreach (var e in marked.Concat(page.DateCandidates))
        {
            if (InSkippedContainer(e))
            {
                continue;
            }

            foreach (var attr in DateAttributes)
            {
                if (DateReader.Parse(e.GetAttribute(attr)) is { } fromAttr)
                {
                    return new Found<DateTimeOffset>(fromAttr, "element." + attr);
                }
            }

            if (e.ChildElementCount <= 20)
            {
                var text = e.TextContent;
                if (text.Length <= 200 && rules.TextDates.Find(text, dayFirst) is { } fromText)
                {
                    return new Found<DateTimeOffset>(fromText, "element.text");
                }
            }
        }

        return null;
    }

    /// <summary>The first date written in the text that follows the headline ("Published May 7, 2019").</summary>
    private Found<DateTimeOffset>? DateAfterHeadline(IElement? headline, bool dayFirst) =>
        headline is not null && rules.TextDates.Find(TextAfter(headline, rules.DateTextAfterTitleChars), dayFirst) is { } d
            ? new Found<DateTimeOffset>(d, "text.after-title")
            : null;

    private bool InSkippedContainer(IElement e)
    {
        for (var a = e; a is not null and not { LocalName: "body" }; a = a.ParentElement)
        {
            if (SkipsDates(a))
            {
                return true;
            }
        }

        return false;
    }

    private bool SkipsDates(IElement e)
    {
        if (e.LocalName is "aside" or "nav" or "footer" or "form" or "script" or "style")
        {
            return true;
        }

        var words = e.GetAttribute("class") + " " + e.Id;
        return words.Length > 1 && rules.DateElementSkip.IsMatch(words);
    }

    /// <summary>
    /// The headline's own text and the text after it in document order, up to <paramref name="max"/> characters,
    /// leaving out elements whose dates are not the article's.
    /// </summary>
    private string TextAfter(IElement start, int max)
    {
        var sb = new StringBuilder(start.TextContent);
        for (INode? n = start; n is not null && sb.Length < max; n = n.NextSibling ?? Up(n))
        {
            if (!ReferenceEquals(n, start) && !(n is IElement e && SkipsDates(e)))
            {
                sb.Append(' ').Append(n.TextContent);
            }
        }

        return sb.Length > max ? sb.ToString(0, max) : sb.ToString();
    }

    /// <summary>The node after <paramref name="n"/>'s subtree in document order when it has no next sibling.</summary>
    private static INode? Up(INode n)
    {
        for (var p = n.Parent; p is not null; p = p.Parent)
        {
            if (p.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }
}
