namespace Parallax.Extraction.Html;

/// <summary>
/// Takes back the lead of the article: the standfirst, deck or intro paragraph that sits between the headline and
/// the chosen container, usually in a header of its own ("article-header", "intro", "teaser") that the container
/// does not reach. Looking back from the first kept block, the blocks up to the headline (an &lt;h1&gt; or a heading
/// that repeats the title) are kept when they are few, short and prose; without a headline nearby nothing changes.
/// </summary>
internal sealed class LeadBlocks(HtmlRules rules)
{
    public void Keep(IReadOnlyList<TextBlock> blocks, string? title)
    {
        var first = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].DropReason is null)
            {
                first = i;
                break;
            }
        }

        if (first <= 0)
        {
            return;
        }

        var lead = rules.Lead;
        var candidates = new List<TextBlock>();
        var chars = 0;
        var scanned = 0;
        for (var i = first - 1; i >= 0 && scanned < lead.MaxScanned; i--, scanned++)
        {
            var block = blocks[i];
            if (IsHeadline(block, title))
            {
                foreach (var kept in candidates)
                {
                    kept.DropReason = null;
                }

                return;
            }

            if (block.Furniture is not null)
            {
                continue;
            }

            if (!IsLeadLike(block))
            {
                continue;
            }

            chars += block.Text.Length;
            candidates.Add(block);
            if (candidates.Count > lead.MaxBlocks || chars > lead.MaxChars)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Prose that may be a lead: long enough, few links, not a byline or dateline (a short block with a year or a
    /// clock time), not a caption (a block beside an image), not a heading (a deck set as a sub-heading is left out:
    /// annotation guides disagree on it, and it is often a teaser line).
    /// </summary>
    private bool IsLeadLike(TextBlock block)
    {
        var lead = rules.Lead;
        if (block.Text.Length < lead.MinChars || block.LinkDensity > lead.MaxLinkDensity)
        {
            return false;
        }

        if (block.IsHeading)
        {
            return false;
        }

        if (block.Text.Length <= lead.MaxStampChars && lead.Stamp.IsMatch(block.Text))
        {
            return false;
        }

        return !BesideImage(block.Element);
    }

    /// <summary>Whether the element is in a figure or follows a bare image (the text is then its caption).</summary>
    private static bool BesideImage(AngleSharp.Dom.IElement element) =>
        element.Closest("figure") is not null || element.PreviousElementSibling?.LocalName is "img" or "picture";

    private static bool IsHeadline(TextBlock block, string? title) =>
        block.IsHeading && (block.Element.LocalName == "h1" || (title is not null && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase)));
}
