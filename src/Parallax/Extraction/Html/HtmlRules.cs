using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Html;

/// <summary>The compiled form of <c>Rules/Extraction/html-content.json</c>.</summary>
internal sealed class HtmlRules
{
    private HtmlRules(HtmlRulesFile f)
    {
        PositiveHints = RuleFiles.Pattern(f.PositiveHints);
        NegativeHints = RuleFiles.Pattern(f.NegativeHints);
        AdPrefix = RuleFiles.Pattern(f.AdPrefix);
        DropTags = f.DropTags.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FurnitureTags = f.FurnitureTags.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        DropRoles = f.DropRoles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MinParagraphChars = f.MinParagraphChars;
        FurnitureVetoShare = f.FurnitureVetoShare;
        WeakFurnitureVetoShare = f.WeakFurnitureVetoShare;
        MaxAncestorLevels = f.MaxAncestorLevels;
        Climb = f.Climb;
        Lines = new LineRules(
            f.Lines.MaxChars,
            RuleFiles.Pattern(f.Lines.DateWords),
            RuleFiles.Pattern(f.Lines.DateAnchor),
            [.. f.Lines.Categories.Select(c => (c.Reason, RuleFiles.AnyOf(c.Patterns)))]);
        MaxLinkDensity = f.MaxLinkDensity;
        SiblingShare = f.SiblingShare;
        ErrorTitles = RuleFiles.Pattern(f.NotArticle.ErrorTitles);
        PaywallPhrases = RuleFiles.Pattern(f.NotArticle.PaywallPhrases);
        MinBodyChars = f.NotArticle.MinBodyChars;
        MaxListingLinkDensity = f.NotArticle.MaxListingLinkDensity;
        Warm([PositiveHints, NegativeHints, AdPrefix, Lines.DateWords, Lines.DateAnchor, .. Lines.Categories.Select(c => c.Pattern)]);
    }

    /// <summary>
    /// Runs each compiled pattern once, so that its first real match, timed by the rule timeout, does not also
    /// pay for compiling its code on a busy machine (a cold pattern timed out and lost a whole page).
    /// </summary>
    private static void Warm(IEnumerable<Regex> patterns)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                _ = pattern.IsMatch("Updated 18 May 2020, 09:12 article-body");
            }
            catch (RegexMatchTimeoutException)
            {
                // a slow first run here is the point of warming; the real matches keep their timeout
            }
        }
    }

    public Regex PositiveHints { get; }
    public Regex NegativeHints { get; }
    public Regex AdPrefix { get; }
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
        string PositiveHints,
        string NegativeHints,
        string AdPrefix,
        string[] DropTags,
        string[] FurnitureTags,
        string[] DropRoles,
        int MinParagraphChars,
        double FurnitureVetoShare,
        double WeakFurnitureVetoShare,
        int MaxAncestorLevels,
        ClimbRules Climb,
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

    /// <summary>The compiled line rules.</summary>
    /// <param name="MaxChars">Longer blocks are never dropped by their wording.</param>
    /// <param name="DateWords">Matches every word a dateline may hold (months, weekdays, numbers, "updated").</param>
    /// <param name="DateAnchor">What a dateline must hold: a month or weekday name, a numeric date, a clock time.</param>
    /// <param name="Categories">Boilerplate kinds, each with one pattern.</param>
    internal sealed record LineRules(int MaxChars, Regex DateWords, Regex DateAnchor, (string Reason, Regex Pattern)[] Categories);

    private sealed record LinesFile(int MaxChars, string DateWords, string DateAnchor, LineCategoryFile[] Categories);

    private sealed record LineCategoryFile(string Reason, string[] Patterns);

    private sealed record NotArticleFile(string ErrorTitles, string PaywallPhrases, int MinBodyChars, double MaxListingLinkDensity);
}
