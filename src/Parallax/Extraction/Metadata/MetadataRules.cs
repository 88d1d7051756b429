using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>The compiled form of <c>Rules/Extraction/metadata.json</c>.</summary>
internal sealed class MetadataRules
{
    private MetadataRules(MetadataFile f)
    {
        TitleSeparators = f.TitleSeparators;
        AuthorMetaNames = f.AuthorMetaNames;
        PublishedMetaNames = f.PublishedMetaNames;
        ModifiedMetaNames = f.ModifiedMetaNames;
        BylineClassHints = RuleFiles.Pattern(f.BylineClassHints);
        BylinePrefixes = RuleFiles.Pattern(f.BylinePrefixes);
        BylineReject = RuleFiles.Pattern(f.BylineReject);
        MaxBylineChars = f.MaxBylineChars;
        BylineTail = RuleFiles.Pattern(f.BylineTail);
        BylineSkip = RuleFiles.Pattern(f.BylineSkip);
        BylineAfterTitle = RuleFiles.Pattern(f.BylineAfterTitle, ignoreCase: false);
        BylineAfterTitleChars = f.BylineAfterTitleChars;
        TextDates = new TextDateReader(f.MonthNames);
        DateElementSelector = f.DateElementSelector;
        DateElementSkip = RuleFiles.Pattern(f.DateElementSkip);
        DateTextAfterTitleChars = f.DateTextAfterTitleChars;
    }

    public IReadOnlyList<string> TitleSeparators { get; }
    public IReadOnlyList<string> AuthorMetaNames { get; }
    public IReadOnlyList<string> PublishedMetaNames { get; }
    public IReadOnlyList<string> ModifiedMetaNames { get; }
    public Regex BylineClassHints { get; }
    public Regex BylinePrefixes { get; }
    public Regex BylineReject { get; }
    public int MaxBylineChars { get; }

    /// <summary>What follows the names in a byline: a date, a separator, a role in brackets.</summary>
    public Regex BylineTail { get; }

    /// <summary>Class or id words of containers whose names are not the article's writers (comments and their forms).</summary>
    public Regex BylineSkip { get; }

    /// <summary>"By/Von/par Name" in the text after the headline; the names are in the group <c>name</c>.</summary>
    public Regex BylineAfterTitle { get; }

    /// <summary>How much text after the headline is searched for a byline.</summary>
    public int BylineAfterTitleChars { get; }

    /// <summary>Dates written for readers, with the month names of the rules.</summary>
    public TextDateReader TextDates { get; }

    /// <summary>Elements that may hold the publication date (time, abbr, classes naming a date).</summary>
    public string DateElementSelector { get; }

    /// <summary>Class or id words of containers whose dates are not the article's (comments, sidebars, updates).</summary>
    public Regex DateElementSkip { get; }

    /// <summary>How much text after the headline is searched for a written date.</summary>
    public int DateTextAfterTitleChars { get; }

    public static MetadataRules Load() => new(RuleFiles.Read<MetadataFile>("metadata.json"));

    private sealed record MetadataFile(
        string[] TitleSeparators,
        string[] AuthorMetaNames,
        string[] PublishedMetaNames,
        string[] ModifiedMetaNames,
        string BylineClassHints,
        string BylinePrefixes,
        string BylineReject,
        int MaxBylineChars,
        string BylineTail,
        string BylineSkip,
        string BylineAfterTitle,
        int BylineAfterTitleChars,
        string[] MonthNames,
        string DateElementSelector,
        string DateElementSkip,
        int DateTextAfterTitleChars);
}
