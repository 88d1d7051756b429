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
            for (var e = block.Element.ParentElement; e is not null && level <= rules.MaxAncestorLevels; e = e.ParentElement, level++)
            {
                Get(tallies, e).Score += score / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
            }
        }

        var finals = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, tally) in tallies)
        {
            if (tally.Score <= 0)
            {
                continue;
            }

            var final = (tally.Score + TagWeight(element) + ClassWeight(element)) * (1 - tally.LinkDensity);
            finals[element] = final;
            if (final > topScore)
            {
                (top, topScore) = (element, final);
            }
        }

        if (top is null)
        {
            return false;
        }

        (top, topScore) = Climb(top, topScore, finals);

        var chosen = new HashSet<IElement>(WithSiblings(top, topScore, tallies), ReferenceEqualityComparer.Instance);
        AddRepeats(top, topScore, finals, tallies, chosen);
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

    /// <summary>
    /// The best container often holds only part of the article (a column of paragraphs, one of several
    /// sections): it is widened to the ancestor that the other strong candidates share, then to an ancestor
    /// whose score is higher, then past wrappers that have no other child.
    /// </summary>
    private (IElement Top, double Score) Climb(IElement top, double topScore, Dictionary<IElement, double> finals)
    {
        top = SharedAncestor(top, topScore, finals) ?? top;
        top = RisingAncestor(top, finals.GetValueOrDefault(top, topScore), finals) ?? top;
        while (top.ParentElement is { } p && p.LocalName != "body" && p.Children.Length == 1)
        {
            top = p;
        }

        return (top, Math.Max(topScore, finals.GetValueOrDefault(top)));
    }

    /// <summary>The nearest ancestor of <paramref name="top"/> holding enough of the candidates that score nearly as well.</summary>
    private IElement? SharedAncestor(IElement top, double topScore, Dictionary<IElement, double> finals)
    {
        var close = finals.Where(kv => kv.Key != top && kv.Value >= topScore * rules.Climb.CloseShare)
            .OrderByDescending(kv => kv.Value).Take(rules.Climb.Candidates).Select(kv => kv.Key).ToList();
        if (close.Count < rules.Climb.MinShared)
        {
            return null;
        }

        for (var p = top.ParentElement; p is not null && p.LocalName != "body"; p = p.ParentElement)
        {
            if (close.Count(p.Contains) >= rules.Climb.MinShared)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The first ancestor scoring above the one below it, looking up while scores stay above a floor.</summary>
    private IElement? RisingAncestor(IElement top, double score, Dictionary<IElement, double> finals)
    {
        var floor = score * rules.Climb.FloorShare;
        var last = score;
        for (var p = top.ParentElement; p is not null && p.LocalName != "body"; p = p.ParentElement)
        {
            if (!finals.TryGetValue(p, out var ps))
            {
                continue;
            }

            if (ps < floor)
            {
                return null;
            }

            if (ps > last)
            {
                return p;
            }

            last = ps;
        }

        return null;
    }

    /// <summary>
    /// A page that holds several articles or sections of the same make (a list of releases, an article split into
    /// rows, the next story loaded under the first) has its best container in one of them: looking up a few levels
    /// from it, siblings of the same kind (same tag, a class in common, or both &lt;article&gt;/&lt;section&gt;)
    /// that are prose and score a fair share of the best are taken too.
    /// </summary>
    private void AddRepeats(IElement top, double topScore, Dictionary<IElement, double> finals, Dictionary<IElement, Tally> tallies, HashSet<IElement> chosen)
    {
        var repeats = rules.Repeats;
        var level = 0;
        for (var a = top; a.ParentElement is { } parent && parent.LocalName != "body" && level < repeats.Levels; a = parent, level++)
        {
            foreach (var sibling in parent.Children)
            {
                if (sibling == a || chosen.Contains(sibling) || !SameKind(a, sibling) || !tallies.TryGetValue(sibling, out var t))
                {
                    continue;
                }

                if (t.Chars >= repeats.MinChars && t.LinkDensity <= repeats.MaxLinkDensity && finals.GetValueOrDefault(sibling) >= topScore * repeats.MinShare)
                {
                    chosen.Add(sibling);
                }
            }
        }
    }

    private static bool SameKind(IElement a, IElement b)
    {
        if (a.LocalName != b.LocalName)
        {
            return false;
        }

        if (a.LocalName is "article" or "section")
        {
            return true;
        }

        var ca = a.ClassList;
        if (ca.Length == 0)
        {
            return false;
        }

        foreach (var c in b.ClassList)
        {
            if (ca.Contains(c))
            {
                return true;
            }
        }

        return false;
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
