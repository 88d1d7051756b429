namespace Parallax.Extraction.Html;

/// <summary>
/// Cleans the kept blocks of the main content: a short block that is only a date ("Updated 18 November
/// 2019, 09:12"), a short line of a known boilerplate kind ("Read also", "Never miss a story: sign up",
/// "Photo: ..."), and a heading whose section kept no text (the title of a dropped link list) are dropped.
/// </summary>
internal sealed class BoilerplateLines(HtmlRules rules)
{
    public void Drop(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.DropReason is null && Reason(block.Text) is { } reason)
            {
                block.DropReason = reason;
            }
        }

        DropOrphanHeadings(blocks);
    }

    private string? Reason(string text)
    {
        if (text.Length > rules.Lines.MaxChars)
        {
            return null;
        }

        if (IsDateline(text))
        {
            return "dateline";
        }

        foreach (var (reason, pattern) in rules.Lines.Categories)
        {
            if (pattern.IsMatch(text))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Whether the text holds a date (a month name, a numeric date, a time) and nothing but date and time words, numbers and separators.</summary>
    private bool IsDateline(string text)
    {
        if (!text.Any(char.IsDigit) || !rules.Lines.DateAnchor.IsMatch(text))
        {
            return false;
        }

        var rest = rules.Lines.DateWords.Replace(text, " ");
        return !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>A kept heading followed by no kept text before the next kept heading (or the end) titles dropped content.</summary>
    private static void DropOrphanHeadings(IReadOnlyList<TextBlock> blocks)
    {
        TextBlock? open = null;
        var droppedSince = false;
        foreach (var block in blocks)
        {
            if (block.DropReason is not null)
            {
                droppedSince |= open is not null;
                continue;
            }

            if (block.IsHeading)
            {
                if (open is not null && droppedSince)
                {
                    open.DropReason = "orphan-heading";
                }

                (open, droppedSince) = (block, false);
                continue;
            }

            open = null;
        }

        if (open is not null && droppedSince)
        {
            open.DropReason = "orphan-heading";
        }
    }
}
