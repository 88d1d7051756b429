using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The elements the metadata reader looks at, gathered in one walk over the page instead of one selector query
/// per field: meta values, JSON-LD blocks, the document title, the canonical link, headings, time elements, and
/// the elements whose class or id may mark a byline or a date.
/// </summary>
internal sealed class PageIndex
{
    private const int MaxHeadings = 20;
    private const int MaxCandidates = 300;
    private const int MaxLabels = 10;

    /// <summary>All meta name/property/itemprop/http-equiv values, first occurrence wins, keys lower-cased.</summary>
    public Dictionary<string, string> Metas { get; } = new(StringComparer.Ordinal);

    public List<string> JsonLd { get; } = [];

    /// <summary>The text of the first &lt;title&gt;, cleaned; empty when there is none.</summary>
    public string Title { get; private set; } = "";

    public string? Canonical { get; private set; }

    public IElement? Body { get; private set; }

    private string? _bodyText;

    /// <summary>The text of the body, at most <paramref name="max"/> characters, built once.</summary>
    public string BodyText(int max)
    {
        _bodyText ??= Body?.TextContent ?? "";
        return _bodyText.Length > max ? _bodyText[..max] : _bodyText;
    }

    /// <summary>The page's locale as written ("de-at"), lower-cased; set by the reader.</summary>
    public string? Locale { get; set; }

    public List<IElement> H1 { get; } = [];

    public List<IElement> H2H3 { get; } = [];

    /// <summary>The datetime attribute of the first &lt;time&gt; that has one.</summary>
    public string? FirstTimeDatetime { get; private set; }

    /// <summary>Elements in the body whose tag, class, id or itemprop may mark a publication date, in document order.</summary>
    public List<IElement> DateCandidates { get; } = [];

    /// <summary>Elements in the body marked as the author (rel, itemprop) or whose class or id names a byline, author or submitter.</summary>
    public List<IElement> AuthorCandidates { get; } = [];

    /// <summary>Elements whose whole text labels the byline beside them ("Autor", "Text:").</summary>
    public List<IElement> BylineLabels { get; } = [];

    public static PageIndex Build(IDocument doc, MetadataRules rules)
    {
        var index = new PageIndex();
        if (doc.DocumentElement is not { } root)
        {
            return index;
        }

        var stack = new Stack<(IElement Element, bool InBody)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (e, inBody) = stack.Pop();
            index.Visit(e, inBody, rules);
            var body = inBody || e.LocalName == "body";
            for (var c = e.LastElementChild; c is not null; c = c.PreviousElementSibling)
            {
                stack.Push((c, body));
            }
        }

        return index;
    }

    private void Visit(IElement e, bool inBody, MetadataRules rules)
    {
        switch (e.LocalName)
        {
            case "meta":
                AddMeta(e);
                return;
            case "script":
                if (string.Equals(e.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLd.Add(e.TextContent);
                }

                return;
            case "title" when Title.Length == 0 && e.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri:
                Title = HtmlMetadataReader.Clean(e.TextContent) ?? "";
                return;
            case "link" when Canonical is null && string.Equals(e.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                Canonical = e.GetAttribute("href");
                return;
            case "body" when Body is null:
                Body = e;
                break;
            case "h1" when H1.Count < MaxHeadings:
                H1.Add(e);
                break;
            case "h2" or "h3" when H2H3.Count < MaxHeadings * 2:
                H2H3.Add(e);
                break;
            case "time" when FirstTimeDatetime is null && e.GetAttribute("datetime") is { Length: > 0 } dt:
                FirstTimeDatetime = dt;
                break;
        }

        if (!inBody)
        {
            return;
        }

        if (DateCandidates.Count < MaxCandidates && rules.DateElementSelector.Matches(e))
        {
            DateCandidates.Add(e);
        }

        if (AuthorCandidates.Count < MaxCandidates && IsAuthorCandidate(e))
        {
            AuthorCandidates.Add(e);
        }

        if (BylineLabels.Count < MaxLabels && e.ChildNodes.Length == 1 && e.FirstChild is IText { Data.Length: <= 24 } label
            && rules.BylineLabel.IsMatch(label.Data.Trim()))
        {
            BylineLabels.Add(e);
        }
    }

    private void AddMeta(IElement meta)
    {
        var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
        {
            if (meta.GetAttribute(attr) is { Length: > 0 } key)
            {
                Metas.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
            }
        }
    }

    private static bool IsAuthorCandidate(IElement e)
    {
        if (e.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (e.GetAttribute("itemprop") is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var cls = e.GetAttribute("class");
        return (cls is not null && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("autor", StringComparison.OrdinalIgnoreCase) || cls.Contains("submitted", StringComparison.OrdinalIgnoreCase)))
            || e.Id?.Contains("author", StringComparison.OrdinalIgnoreCase) == true;
    }
}
