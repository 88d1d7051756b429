using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Title and byline.</summary>
internal sealed partial class HtmlMetadataReader
{
    private Found<string>? Title(JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas, string rawTitle, IReadOnlyList<string> site, IElement? heading)
    {
        var h1 = heading is { LocalName: "h1" } ? Clean(heading.TextContent) : null;
        var declared = First(
            Found(ld?.Headline, "json-ld.headline"),
            Found(StripSite(Meta(metas, "og:title"), site, documentTitle: false), "og:title"),
            Found(StripSite(Meta(metas, "twitter:title"), site, documentTitle: false), "twitter:title"),
            Found(StripSite(rawTitle, site, documentTitle: true), "title"));
        if (h1 is null)
        {
            return declared;
        }

        // The headline as the reader sees it, when a declared title holds it with a kicker or a site name around it.
        if (declared is null || (h1.Length >= 10 && declared.Value.Contains(h1, StringComparison.OrdinalIgnoreCase)))
        {
            return new Found<string>(h1, "h1");
        }

        // The <h1> and the document title agree against the JSON-LD or og:title: two places the reader sees.
        // The <h1> must be most of the document title, not the site name a blog repeats in both.
        var (h1Key, rawKey) = (Key(h1), Key(rawTitle));
        if (h1.Length >= 10 && h1Key.Length * 3 >= rawKey.Length * 2 && rawKey.Contains(h1Key, StringComparison.Ordinal))
        {
            return new Found<string>(h1, "h1");
        }

        return declared;
    }

    /// <summary>
    /// The page's headline element: the first &lt;h1&gt; (else &lt;h2&gt;, &lt;h3&gt;) that a declared title (JSON-LD,
    /// og:title, &lt;title&gt;) contains or matches for at least half its length, letters and digits compared; the
    /// first &lt;h1&gt; when the page declares no title. An &lt;h1&gt; that only holds the site's name or a section
    /// label is passed over.
    /// </summary>
    private static IElement? Headline(IDocument doc, JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas, string rawTitle)
    {
        var declared = new[] { ld?.Headline, Meta(metas, "og:title"), Meta(metas, "twitter:title"), rawTitle }
            .Select(d => Key(Clean(d))).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (declared.Count == 0)
        {
            return doc.QuerySelectorAll("h1").FirstOrDefault(h => Key(h.TextContent).Length >= 4);
        }

        foreach (var selector in (string[])["h1", "h2, h3"])
        {
            foreach (var h in doc.QuerySelectorAll(selector).Take(20))
            {
                var text = Key(h.TextContent);
                if (text.Length >= 4 && declared.Any(d =>
                    (d.Contains(text, StringComparison.Ordinal) && text.Length * 2 >= d.Length)
                    || (text.Contains(d, StringComparison.Ordinal) && d.Length * 2 >= text.Length)))
                {
                    return h;
                }
            }
        }

        return null;
    }

    /// <summary>The lower-cased letters and digits of a title, for comparing titles across quote and dash styles.</summary>
    private static string Key(string? value) =>
        value is null ? "" : string.Concat(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>
    /// Removes the site's name from a title ("Headline | Site", "Site - Headline"). When the page names its site
    /// (og:site_name, publisher, the host of its canonical URL), parts that match that name go, at either end and
    /// repeatedly, and otherwise a short last part of the &lt;title&gt; (og:title rarely carries a site name the page
    /// does not declare); on a page that names no site, a short last or first part goes.
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

    /// <summary>Whether a title part is the site's name ("Disfunctions.de" for the host disfunctions.de).</summary>
    private static bool IsSitePart(string part, IReadOnlyList<string> siteKeys)
    {
        var k = Key(part);
        return k.Length >= 2 && siteKeys.Any(s => k == s || (s.Length >= 4 && k.StartsWith(s, StringComparison.Ordinal) && k.Length <= s.Length + 4));
    }

    private Found<string>? Byline(IDocument doc, JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas, IElement? headline)
    {
        if (ld is { Authors.Count: > 0 } && Accept(string.Join(", ", ld.Authors.Select(a => a.Trim()).Distinct(StringComparer.Ordinal))) is { } fromLd)
        {
            return new Found<string>(fromLd, "json-ld.author");
        }

        foreach (var name in rules.AuthorMetaNames)
        {
            if (Accept(Meta(metas, name)) is { } fromMeta)
            {
                return new Found<string>(fromMeta, "meta." + name);
            }
        }

        foreach (var e in doc.QuerySelectorAll("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']").Take(20))
        {
            if (!InComments(e) && Accept(e.TextContent) is { } fromRel)
            {
                return new Found<string>(fromRel, "rel=author");
            }
        }

        foreach (var e in doc.QuerySelectorAll("[class*='byline'], [class*='author'], [id*='author']").Take(50))
        {
            var hints = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
            if (rules.BylineClassHints.IsMatch(hints) && !InComments(e) && Accept(e.TextContent) is { } fromClass)
            {
                return new Found<string>(fromClass, "byline.class");
            }
        }

        return headline is null ? null : BylineAfter(headline);
    }

    /// <summary>
    /// A short element or text after the headline that starts with "By", "Von", "par", "Autor:" … and a capital:
    /// the byline of a page that marks it up with no class or property.
    /// </summary>
    private Found<string>? BylineAfter(IElement headline)
    {
        var budget = rules.BylineAfterTitleChars;
        var node = headline.NextSibling ?? Up(headline);
        while (node is not null && budget > 0)
        {
            if (node is not (IElement or IText) || (node is IElement skipped && SkipsDates(skipped)))
            {
                node = node.NextSibling ?? Up(node);
                continue;
            }

            var text = node.TextContent;
            if (text.Length > 120 && node is IElement)
            {
                node = node.FirstChild ?? node.NextSibling ?? Up(node);
                continue;
            }

            if (Clean(text) is { } line)
            {
                budget -= line.Length;
                if (rules.BylineAfterTitle.Match(line) is { Success: true } m && Accept(m.Groups["name"].Value) is { } name)
                {
                    return new Found<string>(name, "text.after-title");
                }
            }

            node = node.NextSibling ?? Up(node);
        }

        return null;
    }

    /// <summary>Whether the element is in a comment thread or a comment form.</summary>
    private bool InComments(IElement e)
    {
        for (var a = e; a is not null and not { LocalName: "body" }; a = a.ParentElement)
        {
            var words = a.GetAttribute("class") + " " + a.Id;
            if (a.LocalName == "form" || (words.Length > 1 && rules.BylineSkip.IsMatch(words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cleaned byline, or null when it is not a person's name ("Staff", a date, a URL).</summary>
    private string? Accept(string? value)
    {
        var v = Clean(value);
        if (v is null || v.Length > rules.MaxBylineChars)
        {
            return null;
        }

        v = rules.BylinePrefixes.Replace(v, "").Trim();
        v = rules.BylineTail.Replace(v, "").Trim().Trim(',', '|', '-', '–', '—', ':').Trim();
        return v.Length < 2 || rules.BylineReject.IsMatch(v) || !v.Any(char.IsLetter) ? null : v;
    }
}
