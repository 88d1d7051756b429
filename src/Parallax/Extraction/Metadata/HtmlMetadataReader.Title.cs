using System.Text;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Title: the headline as the reader sees it, else a declared title without the site's name.</summary>
internal sealed partial class HtmlMetadataReader
{
    /// <summary>Fewest letters and digits a headline keeps after its kicker is taken off.</summary>
    private const int MinHeadlineKey = 8;

    private Found<string>? Title(JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas, string rawTitle, IReadOnlyList<string> site, IElement? heading)
    {
        var declared = First(
            Found(ld?.Headline, "json-ld.headline"),
            Found(StripSite(Meta(metas, "og:title"), site, documentTitle: false), "og:title"),
            Found(StripSite(Meta(metas, "twitter:title"), site, documentTitle: false), "twitter:title"),
            Found(StripSite(rawTitle, site, documentTitle: true), "title"));

        // The <h1> the reader sees wins over what the page declares for sharing and search, which often words
        // the story differently or adds a kicker or the site's name.
        if (heading is not { LocalName: "h1" } || StripSite(HeadlineText(heading), site, documentTitle: false) is not { } h1)
        {
            return declared;
        }

        // An <h1> that holds a declared title after a kicker of its own ("Politics | Headline", but not a quote that
        // opens the sentence: "'Pure void': Headline"), or an og:title before a separator and the site's name
        // ("Headline | Site"), has the declared title as its headline.
        var key = Key(h1);
        foreach (var (value, source) in (ReadOnlySpan<(string?, string)>)[
            (Clean(ld?.Headline), "json-ld.headline"),
            (Clean(StripSite(Meta(metas, "og:title"), site, documentTitle: false)), "og:title"),
            (Clean(StripSite(rawTitle, site, documentTitle: true)), "title")])
        {
            var k = Key(value);
            if (value is null || k.Length < MinHeadlineKey || k.Length >= key.Length)
            {
                continue;
            }

            var kicker = key.EndsWith(k, StringComparison.Ordinal)
                && !(h1.EndsWith(value, StringComparison.OrdinalIgnoreCase) && IsQuoteLead(h1[..^value.Length]));
            var siteAfter = source != "title" && h1.StartsWith(value, StringComparison.OrdinalIgnoreCase)
                && rules.TitleSeparators.Any(sep => h1.AsSpan(value.Length).StartsWith(sep, StringComparison.Ordinal));
            if (kicker || siteAfter)
            {
                return new Found<string>(value, source);
            }
        }

        return new Found<string>(h1, "h1");
    }

    /// <summary>A quotation that opens the headline sentence ("'Pure void': …"), not a kicker.</summary>
    private static bool IsQuoteLead(string prefix)
    {
        var p = prefix.Trim();
        return p.Length > 2 && p.EndsWith(':') && p[0] is '"' or '\'' or '„' or '“' or '”' or '«' or '»' or '‚' or '‘' or '’';
    }

    /// <summary>
    /// The page's headline element: the first &lt;h1&gt; (else &lt;h2&gt;, &lt;h3&gt;) that a declared title (JSON-LD,
    /// og:title, &lt;title&gt;) contains or matches for at least half its length, letters and digits compared; else
    /// the first &lt;h1&gt; that reads as a headline. An &lt;h1&gt; that holds the site's name (a logo, a link home,
    /// a part the document title adds to every page) or a section label is passed over.
    /// </summary>
    private IElement? Headline(PageIndex page, IReadOnlyList<string?> declaredTitles, List<string> siteKeys)
    {
        var declared = declaredTitles.Select(d => Key(Clean(d))).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var h1s = new List<IElement>();
        foreach (var h in page.H1)
        {
            var key = Key(HeadlineText(h));
            if (key.Length < 4 || rules.HeadlineSkip.IsMatch(Clean(h.TextContent) ?? "") || OutsideArticle(h))
            {
                continue;
            }

            if (IsSiteHeading(h, key, page.Title, declared, siteKeys))
            {
                siteKeys.Add(key);
                continue;
            }

            h1s.Add(h);
        }

        foreach (var candidates in (IEnumerable<IElement>[])[h1s, page.H2H3])
        {
            foreach (var h in candidates)
            {
                var text = Key(HeadlineText(h));
                if (text.Length >= 4 && declared.Any(d =>
                    (d.Contains(text, StringComparison.Ordinal) && text.Length * 2 >= d.Length)
                    || (text.Contains(d, StringComparison.Ordinal) && d.Length * 2 >= text.Length)))
                {
                    return h;
                }
            }
        }

        return h1s.FirstOrDefault(h => Key(HeadlineText(h)).Length >= MinHeadlineKey && !HeadlineText(h).EndsWith(':'));
    }

    /// <summary>Whether a heading is in the page's navigation, footer or a sidebar.</summary>
    private static bool OutsideArticle(IElement h)
    {
        for (var a = h.ParentElement; a is not null; a = a.ParentElement)
        {
            if (a.LocalName is "nav" or "footer" or "aside")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an &lt;h1&gt; names the site: a logo or brand element, a link to the home page with nothing else,
    /// one of the site's names, or the part that the document title adds after the headline.
    /// </summary>
    private bool IsSiteHeading(IElement h, string key, string rawTitle, List<string> declared, IReadOnlyList<string> siteKeys)
    {
        for (var (e, level) = (h, 0); e is not null && level < 3; e = e.ParentElement, level++)
        {
            var hints = e.GetAttribute("class") + " " + e.Id;
            if (hints.Length > 1 && rules.SiteHeadingHints.IsMatch(hints))
            {
                return true;
            }
        }

        if (h.QuerySelector("a[href]") is { } link && Key(link.TextContent) == key && IsHomeLink(link.GetAttribute("href")!))
        {
            return true;
        }

        if (siteKeys.Contains(key))
        {
            return true;
        }

        foreach (var sep in rules.TitleSeparators)
        {
            var parts = rawTitle.Split(sep);
            if (parts.Length < 2)
            {
                continue;
            }

            // "Headline | Site": the last part, when what comes before it is longer or is the declared title.
            var rest = Key(string.Join(sep, parts[..^1]));
            if (Key(parts[^1]) == key && (rest.Length > key.Length || declared.Contains(rest)))
            {
                return true;
            }

        }

        return false;
    }

    /// <summary>Whether a link goes to the site's home page ("/", "https://example.org/", an archived copy of it).</summary>
    private static bool IsHomeLink(string href)
    {
        var h = href.Trim();
        var inner = Math.Max(h.LastIndexOf("http://", StringComparison.OrdinalIgnoreCase), h.LastIndexOf("https://", StringComparison.OrdinalIgnoreCase));
        if (inner > 0)
        {
            h = h[inner..];
        }

        if (h is "/" or "./" or "#" or "index.html" or "/index.html" or "/index.php")
        {
            return true;
        }

        return Uri.TryCreate(h, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;
    }

    /// <summary>
    /// The visible text of a headline element without its kicker ("Klimaschutz: ", a topic line, text hidden for
    /// screen readers), line breaks as spaces; the whole text when too little would be left.
    /// </summary>
    private string HeadlineText(IElement h)
    {
        var full = new StringBuilder();
        var bare = new StringBuilder();
        Collect(h, full, bare, kicker: false);
        var text = Clean(bare.ToString())?.TrimStart(':', '|', '-', '–', '—', ' ', '.') ?? "";
        return Key(text).Length >= MinHeadlineKey ? text : Clean(full.ToString()) ?? "";
    }

    private void Collect(INode node, StringBuilder full, StringBuilder bare, bool kicker)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                full.Append(t.Data);
                if (!kicker)
                {
                    bare.Append(t.Data);
                }
            }
            else if (child is IElement e && e.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                if (e.LocalName is "br" or "div" or "p")
                {
                    full.Append(' ');
                    bare.Append(' ');
                }

                Collect(e, full, bare, kicker || IsKicker(e));
            }
        }
    }

    private bool IsKicker(IElement e)
    {
        if (e.LocalName == "small")
        {
            return true;
        }

        var hints = e.GetAttribute("class") + " " + e.Id;
        return hints.Length > 1 && rules.HeadlineKickerHints.IsMatch(hints);
    }

    /// <summary>The lower-cased letters and digits of a title, for comparing titles across quote and dash styles.</summary>
    private static string Key(string? value) =>
        value is null ? "" : string.Concat(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>
    /// Removes the site's name from a title ("Headline | Site", "Site - Headline"). When the page names its site
    /// (og:site_name, publisher, the host of its canonical URL, a logo heading), parts that match that name or
    /// that every page of a blog carries ("Blog Archive") go, at either end and repeatedly, and otherwise a short
    /// last part of the &lt;title&gt; (og:title rarely carries a site name the page does not declare); on a page that
    /// names no site, a short last or first part goes.
    /// </summary>
    private string? StripSite(string? title, IReadOnlyList<string> siteKeys, bool documentTitle)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = title.Trim();
        foreach (var sep in rules.TitleSeparators)
        {
            var parts = t.Split(sep).Select(p => p.Trim()).ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            var count = parts.Count;
            if (siteKeys.Count > 0)
            {
                while (parts.Count > 1 && IsSitePart(parts[^1], siteKeys))
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                while (parts.Count > 1 && IsSitePart(parts[0], siteKeys))
                {
                    parts.RemoveAt(0);
                }

                t = string.Join(sep, parts);
                if (parts.Count < count || !documentTitle)
                {
                    continue;
                }
            }

            var first = parts[0];
            var last = parts[^1];
            if (last.Length < first.Length && last.Split(' ').Length <= 4)
            {
                return string.Join(sep, parts[..^1]);
            }

            if (siteKeys.Count == 0 && first.Length < last.Length && first.Split(' ').Length <= 3)
            {
                return string.Join(sep, parts[1..]);
            }
        }

        return t;
    }

    /// <summary>The keys of the names the page gives its site: og:site_name, the publisher, the canonical URL's host.</summary>
    private static List<string> SiteKeys(string? site, string? publisher, string? canonical)
    {
        var keys = new List<string>();
        foreach (var name in (string?[])[site, publisher])
        {
            if (Key(name) is { Length: >= 2 } k)
            {
                keys.Add(k);
            }
        }

        if (Uri.TryCreate(canonical, UriKind.Absolute, out var uri) && uri.Host.Split('.') is { Length: >= 2 } labels)
        {
            var host = Key(labels[^2]);
            if (host.Length >= 4)
            {
                keys.Add(host);
            }
        }

        return keys;
    }

    /// <summary>Whether a title part is the site's name ("Disfunctions.de" for the host disfunctions.de) or blog furniture.</summary>
    private bool IsSitePart(string part, IReadOnlyList<string> siteKeys)
    {
        var k = Key(part);
        return (k.Length >= 2 && siteKeys.Any(s => k == s || (s.Length >= 4 && k.StartsWith(s, StringComparison.Ordinal) && k.Length <= s.Length + 4)))
            || rules.TitleFurnitureParts.IsMatch(part);
    }
}
