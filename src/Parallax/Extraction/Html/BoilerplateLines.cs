namespace Parallax.Extraction.Html;

/// <summary>
/// Cleans the kept blocks of the main content: a short block that is only a date ("Updated 18 November
/// 2019, 09:12"), a short line of a known boilerplate kind ("Read also", "Never miss a story: sign up",
/// "Photo: ..."), a heading whose section kept no text (the title of a dropped link list), and the appendix
/// of contacts or sources after a label such as "Press contact:" are dropped.
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

        CutTail(blocks);
        DropOrphanHeadings(blocks);
    }

    /// <summary>
    /// Drops the appendix of a press release or post: a short label such as "Press contact:", "Weitere
    /// Informationen" or "Sources" in the second part of the kept text, and every kept block after it.
    /// </summary>
    private void CutTail(IReadOnlyList<TextBlock> blocks)
    {
        var tail = rules.Lines.Tail;
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.DropReason is null ? block.Text.Length : 0;
        }

        var before = 0;
        var cut = false;
        foreach (var block in blocks)
        {
            if (block.DropReason is not null)
            {
                continue;
            }

            if (!cut && before >= total * tail.MinShare && block.Text.Length <= tail.MaxChars && tail.Labels.IsMatch(block.Text))
            {
                cut = true;
            }

            before += block.Text.Length;
            if (cut)
            {
                block.DropReason = "appendix";
            }
        }
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
