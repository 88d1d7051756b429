using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>The compiled form of <c>Rules/Extraction/metadata.json</c>.</summary>
internal sealed class MetadataRules
{
    private MetadataRules(MetadataFile f)
    {
        TitleSeparators = f.TitleSeparators;
        TitleFurnitureParts = RuleFiles.Pattern(f.TitleFurnitureParts);
        HeadlineSkip = RuleFiles.Pattern(f.HeadlineSkip);
        SiteHeadingHints = RuleFiles.Pattern(f.SiteHeadingHints);
        HeadlineKickerHints = RuleFiles.Pattern(f.HeadlineKickerHints);
        BylineLabel = RuleFiles.Pattern(f.BylineLabel);
        WriterLabels = RuleFiles.Pattern(f.WriterLabels);
        BylineJoiners = RuleFiles.Pattern(f.BylineJoiners);
        BylineSiteLike = RuleFiles.Pattern(f.BylineSiteLike);
        BylineListAnd = RuleFiles.Pattern(f.BylineListAnd);
        UpdatedDateLabels = RuleFiles.Pattern(f.UpdatedDateLabels, scansPages: true);
        PublishedDateLabels = RuleFiles.Pattern(f.PublishedDateLabels, scansPages: true);
        LocaleZones = LoadZones(f.LocaleZones);
        AuthorMetaNames = f.AuthorMetaNames;
        PublishedMetaNames = f.PublishedMetaNames;
        ModifiedMetaNames = f.ModifiedMetaNames;
        LoosePublishedMetaNames = f.LoosePublishedMetaNames.ToHashSet(StringComparer.Ordinal);
        BylineClassHints = RuleFiles.Pattern(f.BylineClassHints);
        BylinePrefixes = RuleFiles.Pattern(f.BylinePrefixes);
        BylineReject = RuleFiles.Pattern(f.BylineReject);
        MaxBylineChars = f.MaxBylineChars;
        BylineTail = RuleFiles.Pattern(f.BylineTail);
        BylineSkip = RuleFiles.Pattern(f.BylineSkip);
        BylineSkipAwayFromHeadline = RuleFiles.Pattern(f.BylineSkipAwayFromHeadline);
        BylineAfterTitle = RuleFiles.Pattern(f.BylineAfterTitle, ignoreCase: false);
        BylineAfterTitleChars = f.BylineAfterTitleChars;
        TextDates = new TextDateReader(f.MonthNames);
        DateElementSelector = new ElementSelector(f.DateElementSelector);
        DateElementSkip = RuleFiles.Pattern(f.DateElementSkip);
        DateElementSkipAwayFromHeadline = RuleFiles.Pattern(f.DateElementSkipAwayFromHeadline);
        DateTextAfterTitleChars = f.DateTextAfterTitleChars;
    }

    public IReadOnlyList<string> TitleSeparators { get; }

    /// <summary>Title parts that every page of a site carries ("Blog Archive", "Home").</summary>
    public Regex TitleFurnitureParts { get; }

    /// <summary>Texts of &lt;h1&gt; elements that label a page region, not a story ("Navigation", "Menu").</summary>
    public Regex HeadlineSkip { get; }

    /// <summary>Class or id words of a heading (or its close ancestors) that holds the site's name (logo, brand).</summary>
    public Regex SiteHeadingHints { get; }

    /// <summary>Class or id words of the parts of a headline element that are not the headline (kicker, topic line, screen-reader text).</summary>
    public Regex HeadlineKickerHints { get; }

    /// <summary>The whole text of an element that labels the byline next to it ("Autor", "Text:").</summary>
    public Regex BylineLabel { get; }

    /// <summary>twitter:labelN texts whose twitter:dataN is the writer ("Written by", "Geschrieben von").</summary>
    public Regex WriterLabels { get; }

    /// <summary>Words between two names of a byline that do not belong to either ("im Gespräch mit").</summary>
    public Regex BylineJoiners { get; }

    /// <summary>The word before the last name of a list of names ("A, B und C"), read as a comma in such a list.</summary>
    public Regex BylineListAnd { get; }

    /// <summary>A byline that names an organisation or a domain, not a writer ("example.de", "… GmbH").</summary>
    public Regex BylineSiteLike { get; }

    /// <summary>The civil time zone of a page locale ("de-at" → Europe/Vienna); zones the system does not know are left out.</summary>
    public IReadOnlyDictionary<string, TimeZoneInfo> LocaleZones { get; }

    /// <summary>Labels before a date that say the page was updated then ("Aktualisiert am", "Last edited").</summary>
    public Regex UpdatedDateLabels { get; }

    /// <summary>Labels before a date that say the page was published then ("Veröffentlicht am", "Published on").</summary>
    public Regex PublishedDateLabels { get; }
    public IReadOnlyList<string> AuthorMetaNames { get; }
    public IReadOnlyList<string> PublishedMetaNames { get; }
    public IReadOnlyList<string> ModifiedMetaNames { get; }

    /// <summary>Published-date meta names that do not say which date they give ("date"): a date the page shows wins over them.</summary>
    public IReadOnlySet<string> LoosePublishedMetaNames { get; }
    public Regex BylineClassHints { get; }
    public Regex BylinePrefixes { get; }
    public Regex BylineReject { get; }
    public int MaxBylineChars { get; }

    /// <summary>What follows the names in a byline: a date, a separator, a role in brackets.</summary>
    public Regex BylineTail { get; }

    /// <summary>Class or id words of containers whose names are not the article's writers (comments and their forms).</summary>
    public Regex BylineSkip { get; }

    /// <summary>Class or id words of listings and teasers whose names are not the article's writers unless they hold or follow the headline.</summary>
    public Regex BylineSkipAwayFromHeadline { get; }

    /// <summary>"By/Von/par Name" in the text after the headline; the names are in the group <c>name</c>.</summary>
    public Regex BylineAfterTitle { get; }

    /// <summary>How much text after the headline is searched for a byline.</summary>
    public int BylineAfterTitleChars { get; }

    /// <summary>Dates written for readers, with the month names of the rules.</summary>
    public TextDateReader TextDates { get; }

    /// <summary>Elements that may hold the publication date (time, abbr, classes naming a date).</summary>
    public ElementSelector DateElementSelector { get; }

    /// <summary>Class or id words of containers whose dates are never the article's (comments, updates).</summary>
    public Regex DateElementSkip { get; }

    /// <summary>
    /// Class or id words of containers whose dates are not the article's (sidebars, teasers, related stories)
    /// unless the container holds the headline or follows it directly.
    /// </summary>
    public Regex DateElementSkipAwayFromHeadline { get; }

    /// <summary>How much text after the headline is searched for a written date.</summary>
    public int DateTextAfterTitleChars { get; }

    private static Dictionary<string, TimeZoneInfo> LoadZones(Dictionary<string, string> zones)
    {
        var found = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        foreach (var (locale, id) in zones)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                found[locale] = zone;
            }
        }

        return found;
    }

    public static MetadataRules Load() => new(RuleFiles.Read<MetadataFile>("metadata.json"));

    private sealed record MetadataFile(
        string[] TitleSeparators,
        string TitleFurnitureParts,
        string HeadlineSkip,
        string SiteHeadingHints,
        string HeadlineKickerHints,
        string[] AuthorMetaNames,
        string[] PublishedMetaNames,
        string[] ModifiedMetaNames,
        string[] LoosePublishedMetaNames,
        string BylineClassHints,
        string BylinePrefixes,
        string BylineReject,
        int MaxBylineChars,
        string BylineTail,
        string BylineSkip,
        string BylineSkipAwayFromHeadline,
        string BylineAfterTitle,
        int BylineAfterTitleChars,
        string[] MonthNames,
        string DateElementSelector,
        string DateElementSkip,
        string DateElementSkipAwayFromHeadline,
        int DateTextAfterTitleChars,
        string BylineLabel,
        string WriterLabels,
        string BylineJoiners,
        string BylineSiteLike,
        string BylineListAnd,
        string UpdatedDateLabels,
        string PublishedDateLabels,
        Dictionary<string, string> LocaleZones);
}
