using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Html;

/// <summary>The compiled form of <c>Rules/Extraction/html-content.json</c>.</summary>
internal sealed class HtmlRules
{
    private HtmlRules(HtmlRulesFile f)
    {
        PositiveHints = new HintWords(f.PositiveHints);
        NegativeHints = new HintWords(f.NegativeHints);
        AdPrefixes = new HintWords(f.AdPrefixes);
        DropTags = f.DropTags.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FurnitureTags = f.FurnitureTags.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        DropRoles = f.DropRoles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MinParagraphChars = f.MinParagraphChars;
        FurnitureVetoShare = f.FurnitureVetoShare;
        WeakFurnitureVetoShare = f.WeakFurnitureVetoShare;
        MaxAncestorLevels = f.MaxAncestorLevels;
        Climb = f.Climb;
        Repeats = f.Repeats;
        Lead = new LeadRules(f.Lead.MaxBlocks, f.Lead.MaxChars, f.Lead.MinChars, f.Lead.MaxLinkDensity, f.Lead.MaxScanned, f.Lead.MaxStampChars, RuleFiles.Pattern(f.Lead.Stamp));
        Lines = new LineRules(
            f.Lines.MaxChars,
            new TailRules(f.Lines.Tail.MinShare, f.Lines.Tail.MaxChars, RuleFiles.AnyOf(f.Lines.Tail.Labels)),
            RuleFiles.Pattern(f.Lines.DateWords),
            RuleFiles.Pattern(f.Lines.DateAnchor),
            [.. f.Lines.Categories.Select(c => (c.Reason, RuleFiles.AnyOf(c.Patterns)))]);
        MaxLinkDensity = f.MaxLinkDensity;
        SiblingShare = f.SiblingShare;
        ErrorTitles = RuleFiles.Pattern(f.NotArticle.ErrorTitles);
        PaywallPhrases = RuleFiles.Pattern(f.NotArticle.PaywallPhrases);
        MinBodyChars = f.NotArticle.MinBodyChars;
        MaxListingLinkDensity = f.NotArticle.MaxListingLinkDensity;
    }

    /// <summary>Class and id words of containers of the article ("post-body").</summary>
    public HintWords PositiveHints { get; }

    /// <summary>Class and id words of site furniture ("share", "related-posts"); the word found is the drop reason.</summary>
    public HintWords NegativeHints { get; }

    /// <summary>Class and id prefixes of advertisement slots ("ad-", "dfp-").</summary>
    public HintWords AdPrefixes { get; }
    /// <summary>Tags whose content is never visible text (scripts, styles, embedded objects).</summary>
    public FrozenSet<string> DropTags { get; }

    /// <summary>Tags whose text is visible but is site furniture (navigation, asides, footers).</summary>
    public FrozenSet<string> FurnitureTags { get; }
    public FrozenSet<string> DropRoles { get; }
    public int MinParagraphChars { get; }

    /// <summary>A furniture root holding at least this share of the page's prose is not furniture.</summary>
    public double FurnitureVetoShare { get; }

    /// <summary>The same for a weak root, whose class also has a content hint.</summary>
    public double WeakFurnitureVetoShare { get; }

    /// <summary>How many ancestors a paragraph's score reaches (the parent fully, the grandparent half, then less).</summary>
    public int MaxAncestorLevels { get; }

    public ClimbRules Climb { get; }

    /// <summary>Which containers of the same make as the best one are taken with it (see <see cref="ContentSelector"/>).</summary>
    public RepeatRules Repeats { get; }

    /// <summary>How much of the text between the headline and the main content is taken as its lead (see <see cref="LeadBlocks"/>).</summary>
    public LeadRules Lead { get; }

    /// <summary>Short kept blocks that are boilerplate by their wording (see <see cref="BoilerplateLines"/>).</summary>
    public LineRules Lines { get; }
    public double MaxLinkDensity { get; }
    public double SiblingShare { get; }
    public Regex ErrorTitles { get; }
    public Regex PaywallPhrases { get; }
    public int MinBodyChars { get; }
    public double MaxListingLinkDensity { get; }

    public static HtmlRules Load() => new(RuleFiles.Read<HtmlRulesFile>("html-content.json"));

    private sealed record HtmlRulesFile(
        HintWordsFile PositiveHints,
        HintWordsFile NegativeHints,
        HintWordsFile AdPrefixes,
        string[] DropTags,
        string[] FurnitureTags,
        string[] DropRoles,
        int MinParagraphChars,
        double FurnitureVetoShare,
        double WeakFurnitureVetoShare,
        int MaxAncestorLevels,
        ClimbRules Climb,
        RepeatRules Repeats,
        LeadFile Lead,
        LinesFile Lines,
        double MaxLinkDensity,
        double SiblingShare,
        NotArticleFile NotArticle);

    /// <summary>How the best container is widened (see <see cref="ContentSelector"/>).</summary>
    /// <param name="CloseShare">A candidate scoring at least this share of the best one is close.</param>
    /// <param name="Candidates">How many close candidates are looked at.</param>
    /// <param name="MinShared">How many of them an ancestor must hold to replace the best container.</param>
    /// <param name="FloorShare">Looking up for a higher-scoring ancestor stops below this share of the score.</param>
    internal sealed record ClimbRules(double CloseShare, int Candidates, int MinShared, double FloorShare);

    /// <summary>Containers of the same make as the best one, taken with it.</summary>
    /// <param name="Levels">How many ancestors of the best container have their siblings looked at.</param>
    /// <param name="MinChars">A sibling with less text is not taken.</param>
    /// <param name="MaxLinkDensity">A sibling with a larger share of link text is not taken.</param>
    /// <param name="MinShare">A sibling must score at least this share of the best container.</param>
    internal sealed record RepeatRules(int Levels, int MinChars, double MaxLinkDensity, double MinShare);

    /// <summary>Limits of the lead taken back before the main content (see <see cref="LeadBlocks"/>).</summary>
    /// <param name="MaxBlocks">More prose blocks than this between headline and content: none is lead.</param>
    /// <param name="MaxChars">More characters than this between headline and content: none is lead.</param>
    /// <param name="MinChars">Shorter blocks (labels, bylines, dates) are passed over and stay dropped.</param>
    /// <param name="MaxLinkDensity">Blocks with a larger share of link text are passed over.</param>
    /// <param name="MaxScanned">How many blocks are looked at, furniture included, before giving up on a headline.</param>
    /// <param name="MaxStampChars">A block up to this long that matches <paramref name="Stamp"/> is a byline or dateline.</param>
    /// <param name="Stamp">What a byline or dateline holds (a year, a clock time).</param>
    internal sealed record LeadRules(int MaxBlocks, int MaxChars, int MinChars, double MaxLinkDensity, int MaxScanned, int MaxStampChars, Regex Stamp);

    private sealed record LeadFile(int MaxBlocks, int MaxChars, int MinChars, double MaxLinkDensity, int MaxScanned, int MaxStampChars, string Stamp);

    /// <summary>The compiled line rules.</summary>
    /// <param name="MaxChars">Longer blocks are never dropped by their wording.</param>
    /// <param name="Tail">The labels that open an appendix of contacts or sources.</param>
    /// <param name="DateWords">Matches every word a dateline may hold (months, weekdays, numbers, "updated").</param>
    /// <param name="DateAnchor">What a dateline must hold: a month or weekday name, a numeric date, a clock time.</param>
    /// <param name="Categories">Boilerplate kinds, each with one pattern.</param>
    internal sealed record LineRules(int MaxChars, TailRules Tail, Regex DateWords, Regex DateAnchor, (string Reason, Regex Pattern)[] Categories);

    /// <summary>The appendix labels (see <see cref="BoilerplateLines"/>).</summary>
    /// <param name="MinShare">A label before this share of the kept text does not cut.</param>
    /// <param name="MaxChars">Longer blocks are not labels.</param>
    /// <param name="Labels">What a label says, the whole block.</param>
    internal sealed record TailRules(double MinShare, int MaxChars, Regex Labels);

    private sealed record TailFile(double MinShare, int MaxChars, string[] Labels);

    private sealed record LinesFile(int MaxChars, TailFile Tail, string DateWords, string DateAnchor, LineCategoryFile[] Categories);

    private sealed record LineCategoryFile(string Reason, string[] Patterns);

    private sealed record NotArticleFile(string ErrorTitles, string PaywallPhrases, int MinBodyChars, double MaxListingLinkDensity);
}
