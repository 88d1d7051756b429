using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// Walks the body once and cuts its visible text into <see cref="TextBlock"/>s, one per run of inline
/// content inside a block-level element. Invisible and boilerplate subtrees (scripts, navigation, elements
/// whose class or id says "share", "comments", "related", ...) are skipped whole.
/// </summary>
internal sealed class BlockCollector(HtmlRules rules, int maxDepth)
{
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "header",
        "form", "fieldset", "address", "hr", "center", "details", "summary", "body", "html",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A &lt;noscript&gt; with more text than this is the page caught in it, not a fallback notice.</summary>
    private const int MisnestedNoscriptChars = 2000;

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _run = new();
    private int _runLinks;
    private int _linkDepth;
    /// <summary>Distinct class-and-id strings remembered per page; a page repeats its few class names on many elements.</summary>
    private const int MaxVerdicts = 4096;

    private readonly Dictionary<string, HintVerdict> _verdicts = new(StringComparer.Ordinal);
    private readonly List<FurnitureRoot> _chain = [];
    private FurnitureRoot[] _chainSnapshot = [];

    public bool DepthLimitHit { get; private set; }

    public List<TextBlock> Collect(IElement root)
    {
        Visit(root, 0);
        Flush(root);
        VetoLargeFurniture();
        return _blocks;
    }

    /// <summary>
    /// The furniture root <paramref name="e"/> starts, with why ("nav", "hidden", "class:share"), or null. A class
    /// that also has a content hint ("post-author-bio") gives a weak root, one that a lower prose share vetoes.
    /// </summary>
    public FurnitureRoot? Furniture(IElement e)
    {
        if (rules.FurnitureTags.Contains(e.LocalName))
        {
            return new FurnitureRoot(e, e.LocalName, false);
        }

        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("style") is { } style && IsHiddenStyle(style)))
        {
            return new FurnitureRoot(e, "hidden", false);
        }

        if (e.GetAttribute("role") is { } role && rules.DropRoles.Contains(role))
        {
            return new FurnitureRoot(e, "role:" + role, false);
        }

        var hints = Hints(e);
        if (hints.Length == 0 || e.LocalName is "body" or "html" or "main" or "article")
        {
            return null;
        }

        if (!_verdicts.TryGetValue(hints, out var verdict))
        {
            verdict = Verdict(hints);
            if (_verdicts.Count < MaxVerdicts)
            {
                _verdicts[hints] = verdict;
            }
        }

        return verdict.Reason is { } reason ? new FurnitureRoot(e, reason, verdict.Weak) : null;
    }

    /// <summary>What the hint patterns say of one class-and-id string: a furniture reason (or none) and whether it is weak.</summary>
    private HintVerdict Verdict(string hints)
    {
        var weak = rules.PositiveHints.IsMatch(hints);
        return rules.NegativeHints.First(hints) is { } word ? new HintVerdict("class:" + word, weak)
            : rules.AdPrefixes.IsMatch(hints) ? new HintVerdict("class:ad", weak)
            : new HintVerdict(null, false);
    }

    // ASCII without the capitals: a class-and-id string made only of these is already in hint form.
    private static readonly SearchValues<char> LowerAscii = SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z')]);

    /// <summary>
    /// The class and id of an element, lower-cased, as one string the hint patterns run over; a camel-case
    /// word boundary becomes a hyphen ("newsCaption" reads "news-caption").
    /// </summary>
    public static string Hints(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        if (cls is null && id is null)
        {
            return "";
        }

        var raw = cls + " " + id;
        if (!raw.AsSpan().ContainsAnyExcept(LowerAscii))
        {
            return raw; // nothing to lower-case or split
        }

        var sb = new StringBuilder(raw.Length + 8);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(raw[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// A furniture root that holds most of the page's prose is a mislabelled wrapper ("has-sidebar",
    /// "header-wrap"), not furniture: its verdict is dropped and the furniture inside it decides.
    /// </summary>
    private void VetoLargeFurniture()
    {
        var total = _blocks.Where(b => b.IsProse(rules.MinParagraphChars)).Sum(b => b.Text.Length);
        var byRoot = new Dictionary<FurnitureRoot, int>(ReferenceEqualityComparer.Instance);
        foreach (var block in _blocks)
        {
            if (!block.IsProse(rules.MinParagraphChars))
            {
                continue;
            }

            foreach (var root in block.FurnitureChain)
            {
                byRoot[root] = byRoot.GetValueOrDefault(root) + block.Text.Length;
            }
        }

        var vetoed = byRoot.Where(kv => kv.Key.Reason != "hidden" && kv.Value >= total * (kv.Key.Weak ? rules.WeakFurnitureVetoShare : rules.FurnitureVetoShare))
            .Select(kv => kv.Key).ToHashSet(ReferenceEqualityComparer.Instance);
        if (vetoed.Count == 0)
        {
            return;
        }

        var set = vetoed.Cast<FurnitureRoot>().ToHashSet();
        foreach (var block in _blocks)
        {
            if (block.FurnitureChain.Length > 0)
            {
                block.SettleFurniture(set);
            }
        }
    }

    /// <summary>
    /// Whether a &lt;noscript&gt; holds the page rather than a fallback: an unclosed &lt;div&gt; inside it keeps its end
    /// tag from closing it (HTML 13.2.6.4.7, "any other end tag" stops at a special element), so the rest of the page
    /// lands inside. A browser running scripts shows that text; a long one is read.
    /// </summary>
    private static bool IsMisnestedWrapper(IElement noscript) => noscript.TextContent.Length >= MisnestedNoscriptChars;

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void Visit(IElement element, int depth)
    {
        if (depth > maxDepth)
        {
            DepthLimitHit = true;
            return;
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                Append(text.Data);
            }
            else if (child is IElement e)
            {
                VisitElement(e, element, depth);
            }
        }
    }

    private void VisitElement(IElement e, IElement parent, int depth)
    {
        var name = e.LocalName;
        if (rules.DropTags.Contains(name) && !(name == "noscript" && IsMisnestedWrapper(e)))
        {
            return;
        }

        if (Furniture(e) is { } root)
        {
            Flush(parent);
            _chain.Add(root);
            _chainSnapshot = [.. _chain];
            Visit(e, depth + 1);
            Flush(e);
            _chain.RemoveAt(_chain.Count - 1);
            _chainSnapshot = [.. _chain];
            return;
        }

        if (name == "br")
        {
            AppendBreak();
            return;
        }

        if (name == "img" || name == "picture")
        {
            return;
        }

        if (BlockTags.Contains(name))
        {
            Flush(parent);
            Visit(e, depth + 1);
            Flush(e);
            return;
        }

        var isLink = name == "a";
        _linkDepth += isLink ? 1 : 0;
        Visit(e, depth + 1);
        _linkDepth -= isLink ? 1 : 0;
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_run.Length > 0 && _run[^1] != ' ' && _run[^1] != '\n')
                {
                    _run.Append(' ');
                }
            }
            else
            {
                _run.Append(c);
                _runLinks += _linkDepth > 0 ? 1 : 0;
            }
        }
    }

    private void AppendBreak()
    {
        while (_run.Length > 0 && _run[^1] == ' ')
        {
            _run.Length--;
        }

        if (_run.Length > 0 && _run[^1] != '\n')
        {
            _run.Append('\n');
        }
    }

    private void Flush(IElement owner)
    {
        var text = _run.ToString().Trim();
        _run.Clear();
        var links = _runLinks;
        _runLinks = 0;
        if (text.Length == 0)
        {
            return;
        }

        var heading = owner.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        _blocks.Add(new TextBlock(owner, text, Math.Min(links, text.Length), heading, _chainSnapshot));
    }

    private readonly record struct HintVerdict(string? Reason, bool Weak);
}
