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

    /// <summary>How many days after the day in its URL a declared date must be to count as a later republication.</summary>
    private const double RepublishedDays = 31;

    /// <summary>Whether the page's locale writes numeric dates day first ("02/10/2020" = 2 October): any known locale but US English.</summary>
    private static bool DayFirst(string? locale) => locale is not null && locale != "en" && !locale.StartsWith("en-us", StringComparison.Ordinal);

    /// <summary>Longest line above the headline read for its date.</summary>
    private const int MaxLineAboveHeadline = 150;

    /// <summary>Longest page text searched for a labelled date ("Published on", "Updated").</summary>
    private const int MaxUpdatedSearchChars = 300_000;

    /// <summary>
    /// The publication date: JSON-LD or meta tags, checked against the date the page shows; else a date in the
    /// URL, a date element (outside comments and sidebars), a date in the line above the headline, a date labelled as published in the page's text, the
    /// first &lt;time datetime&gt;, a date written below the headline, the modified date, and last an "updated" date
    /// written in the page.
    /// </summary>
    private Found<DateTimeOffset>? Published(PageIndex page, JsonLdReader.JsonLdArticle? ld, string? url, IElement? headline, Found<DateTimeOffset>? modified)
    {
        var locale = page.Locale;
        var declared = DeclaredDates(page, ld);
        var dayFirst = DayFirst(locale);
        var element = InReadersZone(ElementDate(page, headline, dayFirst), locale);
        var written = DateAfterHeadline(headline, dayFirst);
        var fromUrl = DateReader.FromUrl(url) is { } d ? new Found<DateTimeOffset>(d, "url") : null;
        if (declared.Count > 0)
        {
            if (fromUrl is not null && UrlOverrules(declared, fromUrl))
            {
                return fromUrl with { Source = "url+" + declared[0].Date.Source };
            }

            return (element ?? written) is { } shown ? Reconcile(declared, shown, written, modified) : declared[0].Date;
        }

        return fromUrl
            ?? element
            ?? DateBeforeHeadline(headline, dayFirst)
            ?? LabelledDate(page, rules.PublishedDateLabels, "text.published")
            ?? InReadersZone(FirstDate((page.FirstTimeDatetime, "time.datetime")), locale)
            ?? written
            ?? modified
            ?? LabelledDate(page, rules.UpdatedDateLabels, "text.updated");
    }

    /// <summary>
    /// The publication dates the page declares, in order of trust: JSON-LD datePublished, then the meta tags in
    /// the order of the rules, each read in the reader's zone; <c>Loose</c> marks a meta name that does not say
    /// which date it gives ("date", "dc.date").
    /// </summary>
    private List<(Found<DateTimeOffset> Date, bool Loose)> DeclaredDates(PageIndex page, JsonLdReader.JsonLdArticle? ld)
    {
        var found = new List<(Found<DateTimeOffset>, bool)>();
        if (InReadersZone(FirstDate((ld?.Published, "json-ld.datePublished")), page.Locale) is { } fromLd)
        {
            found.Add((fromLd, false));
        }

        foreach (var name in rules.PublishedMetaNames)
        {
            if (InReadersZone(FirstDate((Meta(page.Metas, name), "meta")), page.Locale) is { } fromMeta)
            {
                found.Add((fromMeta, rules.LoosePublishedMetaNames.Contains(name)));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the day in the URL wins over the declared dates: none of them falls on it, and the first is either
    /// a time stamp near midnight one day off (another zone than the one the URL was minted in) or more than
    /// <see cref="RepublishedDays"/> days later (the page was moved or republished; its URL keeps the first day).
    /// </summary>
    private static bool UrlOverrules(List<(Found<DateTimeOffset> Date, bool Loose)> declaredDates, Found<DateTimeOffset> fromUrl)
    {
        var day = fromUrl.Value.Date;
        if (declaredDates.Any(c => c.Date.Value.Date == day))
        {
            return false;
        }

        var declared = declaredDates[0].Date.Value;
        var later = (declared.Date - day).TotalDays;
        return later > RepublishedDays || (Math.Abs(later) <= 1 && NearMidnight(declared));
    }

    /// <summary>Whether a zone can move the day of a time stamp: it is near midnight (or a bare date, given as midnight).</summary>
    private static bool NearMidnight(DateTimeOffset d) => d.TimeOfDay.TotalHours is < MidnightHours or >= 24 - MidnightHours;

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
    /// The declared dates and the one the page shows: a declared date on the shown day wins (the first in order of
    /// trust); else the shown day wins when the page presents its modified date as its date, when the first declared
    /// date comes from a meta name that does not say which date it is, or when it is one day off the declared one
    /// (a time stamp in UTC or another zone than the reader's); otherwise the first declared date stands.
    /// </summary>
    private static Found<DateTimeOffset> Reconcile(
        List<(Found<DateTimeOffset> Date, bool Loose)> declaredDates, Found<DateTimeOffset> shown, Found<DateTimeOffset>? written, Found<DateTimeOffset>? modified)
    {
        var day = shown.Value.Date;
        foreach (var (date, _) in declaredDates)
        {
            if (date.Value.Date == day)
            {
                return date;
            }
        }

        var (declared, loose) = declaredDates[0];
        if (modified is not null && modified.Value.Date == day)
        {
            return modified with { Source = modified.Source + "+shown" };
        }

        if (loose && written is not null)
        {
            return written with { Source = written.Source + "+" + declared.Source };
        }

        return NearMidnight(declared.Value) && Math.Abs((declared.Value.Date - day).TotalDays) <= 1 ? shown with { Source = shown.Source + "+" + declared.Source } : declared;
    }

    /// <summary>
    /// The first date after one of <paramref name="labels"/> in the page's text: "Veröffentlicht am 16.08.2019",
    /// "Published on 7 May 2019"; "Updated 17.01.2021", "Letzte Änderung: 14.01.2022".
    /// </summary>
    private Found<DateTimeOffset>? LabelledDate(PageIndex page, System.Text.RegularExpressions.Regex labels, string source)
    {
        var text = page.BodyText(MaxUpdatedSearchChars);
        foreach (System.Text.RegularExpressions.Match m in labels.Matches(text))
        {
            var end = m.Index + m.Length;
            if (rules.TextDates.Find(text.Substring(end, Math.Min(40, text.Length - end)), DayFirst(page.Locale)) is { } d)
            {
                return new Found<DateTimeOffset>(d, source);
            }
        }

        return null;
    }

    /// <summary>
    /// The first date in an element that names a date (class or id with "date", "time", "publish", …; time, abbr),
    /// outside comments, sidebars and "updated" notes; its machine-readable attribute first, then its text.
    /// </summary>
    private Found<DateTimeOffset>? ElementDate(PageIndex page, IElement? headline, bool dayFirst)
    {
        // Microdata that names the publication date comes before elements that only look like dates.
        var marked = page.DateCandidates.Where(e => string.Equals(e.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase));
        foreach (var e in marked.Concat(page.DateCandidates))
        {
            if (InSkippedContainer(e, headline))
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

    /// <summary>
    /// A date in a short line just above the headline ("24. April 2020 | Press releases"): one of the two elements
    /// before it, or the element before its parent when it opens its container.
    /// </summary>
    private Found<DateTimeOffset>? DateBeforeHeadline(IElement? headline, bool dayFirst)
    {
        var e = headline?.PreviousElementSibling ?? headline?.ParentElement?.PreviousElementSibling;
        for (var i = 0; e is not null and not { LocalName: "head" } && i < 2; e = e.PreviousElementSibling, i++)
        {
            if (SkipsDates(e, headline))
            {
                continue;
            }

            var text = e.TextContent;
            if (text.Length <= MaxLineAboveHeadline * 4 && Clean(text) is { Length: <= MaxLineAboveHeadline } line
                && rules.TextDates.Find(line, dayFirst) is { } d)
            {
                return new Found<DateTimeOffset>(d, "text.before-title");
            }
        }

        return null;
    }

    private bool InSkippedContainer(IElement e, IElement? headline)
    {
        for (var a = e; a is not null and not { LocalName: "body" }; a = a.ParentElement)
        {
            if (SkipsDates(a, headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element's dates (and names) are not the article's: a comment or an update note always; a
    /// sidebar, teaser, list of related stories or a form unless it holds the headline or follows it directly
    /// (the article's own header, styled like a teaser; a page wrapped in one form).
    /// </summary>
    private bool SkipsDates(IElement e, IElement? headline)
    {
        if (e.LocalName is "script" or "style")
        {
            return true;
        }

        var words = e.GetAttribute("class") + " " + e.Id;
        if (words.Length > 1 && rules.DateElementSkip.IsMatch(words))
        {
            return true;
        }

        var away = e.LocalName is "aside" or "nav" or "footer" or "form" || (words.Length > 1 && rules.DateElementSkipAwayFromHeadline.IsMatch(words));
        return away && !(headline is not null && (ReferenceEquals(e.PreviousElementSibling, headline) || e.Contains(headline)));
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
            if (!ReferenceEquals(n, start) && !(n is IElement e && SkipsDates(e, start)))
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
