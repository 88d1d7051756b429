namespace Parallax.Extraction.Text;

/// <summary>
/// Finds multi-line furniture: letters to readers ("Dear readers, ..." up to the sign-off), donation
/// appeals and newsletter prompts that run over several lines.
/// </summary>
internal sealed class FurnitureBlocks(TextRules rules)
{
    /// <summary>Writes a reason into <paramref name="reasons"/> for every line of every block found.</summary>
    public void Mark(IReadOnlyList<TextLine> lines, string?[] reasons)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || reasons[i] is not null)
            {
                continue;
            }

            if (rules.LetterStarts.IsMatch(text) && SignOffAfter(lines, i) is { } signOff)
            {
                MarkRange(lines, reasons, i, signOff, "appeal");
                i = Continue(lines, reasons, signOff + 1, "appeal") - 1;
            }
            else if (rules.NewsletterStarts.IsMatch(text))
            {
                reasons[i] = "newsletter";
                i = Continue(lines, reasons, i + 1, "newsletter") - 1;
            }
            else if (rules.AppealStarts.IsMatch(text) || rules.LetterStarts.IsMatch(text))
            {
                reasons[i] = "appeal";
                i = Continue(lines, reasons, i + 1, "appeal") - 1;
            }
        }
    }

    /// <summary>How strongly a line reads like an appeal: appeal words count 2, first/second person pronouns 1.</summary>
    public int AppealScore(TextLine line)
    {
        var score = 0;
        foreach (var word in line.Words)
        {
            var w = word.Trim(Punctuation);
            if (rules.AppealWords.Contains(w))
            {
                score += 2;
            }
            else if (rules.Pronouns.Contains(w))
            {
                score++;
            }
        }

        return score;
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']'];

    private int? SignOffAfter(IReadOnlyList<TextLine> lines, int start)
    {
        var end = Math.Min(lines.Count, start + rules.LetterMaxLines);
        for (var j = start + 1; j < end; j++)
        {
            if (lines[j].Text.Length > 0 && rules.SignOffs.IsMatch(lines[j].Text))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>Marks the lines after a block start while they still read as part of it; returns the first line not taken.</summary>
    private int Continue(IReadOnlyList<TextLine> lines, string?[] reasons, int from, string reason)
    {
        var limit = Math.Min(lines.Count, from + rules.MaxBlockLines);
        var j = from;
        for (; j < limit; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            if (rules.SignOffs.IsMatch(line.Text))
            {
                reasons[j] = reason;
                return j + 1;
            }

            if (AppealScore(line) < rules.ContinueScore && !IsUiLine(line))
            {
                return j;
            }

            reasons[j] ??= reason;
        }

        return j;
    }

    /// <summary>
    /// A line that is one of the interface phrases ("×", "Once", "Support us", "Skip to main content"), or a
    /// very short line without a letter or digit.
    /// </summary>
    public bool IsUiLine(TextLine line) =>
        rules.UiWords.Contains(line.Text.TrimEnd('.', '!', ':', '…'))
        || (line.Words.Length <= rules.MaxUiWords && !line.Text.Any(char.IsLetterOrDigit));

    private static void MarkRange(IReadOnlyList<TextLine> lines, string?[] reasons, int from, int to, string reason)
    {
        for (var k = from; k <= to; k++)
        {
            if (!lines[k].IsBlank)
            {
                reasons[k] ??= reason;
            }
        }
    }
}
