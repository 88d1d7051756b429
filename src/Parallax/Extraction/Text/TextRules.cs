using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Text;

/// <summary>The compiled form of <c>Rules/Extraction/text-furniture.json</c>.</summary>
internal sealed class TextRules
{
    private TextRules(TextRulesFile file)
    {
        UiWords = file.UiWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MaxUiWords = file.MaxUiWords;
        Categories = [.. file.Categories.Select(c => (c.Reason, RuleFiles.AnyOf(c.Patterns)))];
        Breadcrumb = RuleFiles.Pattern(file.Breadcrumb);
        AppealStarts = RuleFiles.AnyOf(file.Blocks.AppealStarts);
        LetterStarts = RuleFiles.AnyOf(file.Blocks.LetterStarts);
        LetterMaxLines = file.Blocks.LetterMaxLines;
        NewsletterStarts = RuleFiles.AnyOf(file.Blocks.NewsletterStarts);
        SignOffs = RuleFiles.AnyOf(file.Blocks.SignOffs);
        MaxBlockLines = file.Blocks.MaxLines;
        AppealWords = file.Blocks.AppealWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Pronouns = file.Blocks.Pronouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ContinueScore = file.Blocks.ContinueScore;
        CaptionCredit = RuleFiles.AnyOf(file.Caption.CreditPatterns);
        CaptionBelongsOverlap = file.Caption.BelongsOverlap;
        CaptionMinNamedWords = file.Caption.MinNamedWords;
        HeadlineMinWords = file.Headline.MinWords;
        HeadlineMaxWords = file.Headline.MaxWords;
        HeadlineMaxChars = file.Headline.MaxChars;
        ProseMinWords = file.Prose.MinWords;
    }

    public FrozenSet<string> UiWords { get; }
    public int MaxUiWords { get; }
    public IReadOnlyList<(string Reason, Regex Pattern)> Categories { get; }
    public Regex Breadcrumb { get; }
    public Regex AppealStarts { get; }
    public Regex LetterStarts { get; }
    public int LetterMaxLines { get; }
    public Regex NewsletterStarts { get; }
    public Regex SignOffs { get; }
    public int MaxBlockLines { get; }
    public FrozenSet<string> AppealWords { get; }
    public FrozenSet<string> Pronouns { get; }
    public int ContinueScore { get; }
    public Regex CaptionCredit { get; }
    public double CaptionBelongsOverlap { get; }
    public int CaptionMinNamedWords { get; }
    public int HeadlineMinWords { get; }
    public int HeadlineMaxWords { get; }
    public int HeadlineMaxChars { get; }
    public int ProseMinWords { get; }

    public static TextRules Load() => new(RuleFiles.Read<TextRulesFile>("text-furniture.json"));

    private sealed record TextRulesFile(
        string[] UiWords,
        int MaxUiWords,
        CategoryFile[] Categories,
        string Breadcrumb,
        BlocksFile Blocks,
        CaptionFile Caption,
        HeadlineFile Headline,
        ProseFile Prose);

    private sealed record CategoryFile(string Reason, string[] Patterns);

    private sealed record BlocksFile(
        string[] AppealStarts,
        string[] LetterStarts,
        int LetterMaxLines,
        string[] NewsletterStarts,
        string[] SignOffs,
        int MaxLines,
        string[] AppealWords,
        string[] Pronouns,
        int ContinueScore);

    private sealed record CaptionFile(string[] CreditPatterns, double BelongsOverlap, int MinNamedWords);

    private sealed record HeadlineFile(int MinWords, int MaxWords, int MaxChars);

    private sealed record ProseFile(int MinWords);
}
