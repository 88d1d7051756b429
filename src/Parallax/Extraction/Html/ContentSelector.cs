using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// Picks the main content: paragraphs vote for their parent and grandparent by length and commas, the
/// vote is discounted by link density and weighted by class/id hints, the best container wins and takes
/// its siblings that score well too (the approach of Arc90 Readability, written from its description).
/// Blocks inside the chosen containers that are link lists or empty headings are then dropped.
/// </summary>
internal sealed class ContentSelector(HtmlRules rules)
{
    private sealed class Tally
    {
        public double Score;
        public int Chars;
        public int LinkChars;

        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }

    /// <summary>Sets <see cref="TextBlock.DropReason"/> to null on the blocks of the main content; returns whether any container was found.</summary>
    public bool Select(IReadOnlyList<TextBlock> blocks)
    {
        var tallies = new Dictionary<IElement, Tally>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks.Where(b => b.Furniture is null))
        {
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                var t = Get(tallies, e);
                t.Chars += block.Text.Length;
                t.LinkChars += block.LinkChars;
            }
        }

        foreach (var block in blocks)
        {
            if (block.Text.Length < rules.MinParagraphChars || block.IsHeading || block.Furniture is not null)
            {
                continue;
            }

            var score = 1 + block.Text.Count(c => c is ',' or '，' or '、') + Math.Min(block.Text.Length / 100.0, 3);
            var level = 1;
            for (var e = block.Element.ParentElement; e is not null && level <= 3; e = e.ParentElement, level++)
            {
                Get(tallies, e).Score += score / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, tally) in tallies)
        {
            if (tally.Score <= 0)
            {
                continue;
            }

            var final = (tally.Score + TagWeight(element) + ClassWeight(element)) * (1 - tally.LinkDensity);
            if (final > topScore)
            {
                (top, topScore) = (element, final);
            }
        }

        if (top is null)
        {
            return false;
        }

        var chosen = new HashSet<IElement>(WithSiblings(top, topScore, tallies), ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (block.Furniture is not null || !IsInside(block.Element, chosen))
            {
                continue;
            }

            block.DropReason = block.LinkDensity > rules.MaxLinkDensity && block.Text.Length < 400 ? "link-dense" : null;
        }

        return true;
    }

    private List<IElement> WithSiblings(IElement top, double topScore, Dictionary<IElement, Tally> tallies)
    {
        var chosen = new List<IElement> { top };
        if (top.ParentElement is not { } parent)
        {
            return chosen;
        }

        var threshold = Math.Max(10, topScore * rules.SiblingShare);
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || !tallies.TryGetValue(sibling, out var t))
            {
                continue;
            }

            var score = (t.Score + ClassWeight(sibling)) * (1 - t.LinkDensity);
            var isGoodParagraph = sibling.LocalName == "p" && t.LinkDensity < 0.25 && t.Chars >= 80;
            if (score >= threshold || isGoodParagraph)
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private double ClassWeight(IElement e)
    {
        var hints = BlockCollector.Hints(e);
        if (hints.Length == 0)
        {
            return 0;
        }

        var weight = 0.0;
        weight += rules.PositiveHints.IsMatch(hints) ? 25 : 0;
        weight -= rules.NegativeHints.IsMatch(hints) ? 25 : 0;
        return weight;
    }

    private static double TagWeight(IElement e) => e.LocalName switch
    {
        "article" => 10,
        "div" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        "body" or "html" => -20,
        _ => 0,
    };

    private static bool IsInside(IElement element, HashSet<IElement> containers)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (containers.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    private static Tally Get(Dictionary<IElement, Tally> tallies, IElement e)
    {
        if (!tallies.TryGetValue(e, out var t))
        {
            t = new Tally();
            tallies[e] = t;
        }

        return t;
    }
}
