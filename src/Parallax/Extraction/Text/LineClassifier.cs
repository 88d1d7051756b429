namespace Parallax.Extraction.Text;

/// <summary>Gives each line of a scraped text a furniture reason, or null when it may be article text.</summary>
internal sealed class LineClassifier(TextRules rules)
{
    /// <summary>The provisional reason of a photo caption, settled later by <see cref="CaptionJudge"/>.</summary>
    public const string Caption = "caption?";

    private readonly FurnitureBlocks _blocks = new(rules);

    public string?[] Classify(IReadOnlyList<TextLine> lines)
    {
        var reasons = new string?[lines.Count];
        _blocks.Mark(lines, reasons);
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null && !lines[i].IsBlank)
            {
                reasons[i] = Single(lines[i]);
            }
        }

        MarkShortLinesAmidFurniture(lines, reasons);
        return reasons;
    }

    public bool IsProse(TextLine line) => line.Words.Length >= rules.ProseMinWords && line.EndsLikeSentence;

    public bool IsHeadline(TextLine line) =>
        line.Words.Length >= rules.HeadlineMinWords
        && line.Words.Length <= rules.HeadlineMaxWords
        && line.Text.Length <= rules.HeadlineMaxChars
        && line.Text[^1] is not ('.' or ',' or ';' or ':')
        && line.Text.Any(char.IsLetter);

    private string? Single(TextLine line)
    {
        if (_blocks.IsUiLine(line))
        {
            return "ui";
        }

        foreach (var (reason, pattern) in rules.Categories)
        {
            if (pattern.IsMatch(line.Text))
            {
                return reason;
            }
        }

        if (rules.Breadcrumb.IsMatch(line.Text))
        {
            return "breadcrumb";
        }

        return rules.CaptionCredit.IsMatch(line.Text) ? Caption : null;
    }

    /// <summary>A line of a few words with furniture on both sides ("payment methods" between buttons) is furniture too.</summary>
    private void MarkShortLinesAmidFurniture(IReadOnlyList<TextLine> lines, string?[] reasons)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is not null || lines[i].IsBlank || lines[i].Words.Length > rules.MaxUiWords || lines[i].EndsLikeSentence)
            {
                continue;
            }

            var before = Neighbour(lines, i, -1);
            var after = Neighbour(lines, i, 1);
            if (before is { } b && after is { } a && IsFurniture(reasons[b]) && IsFurniture(reasons[a]))
            {
                reasons[i] = "ui";
            }
        }
    }

    private static bool IsFurniture(string? reason) => reason is not null and not Caption;

    private static int? Neighbour(IReadOnlyList<TextLine> lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return null;
    }
}
