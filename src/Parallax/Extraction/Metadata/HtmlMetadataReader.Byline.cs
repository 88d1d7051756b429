using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Byline: the writers the page names, declared or shown.</summary>
internal sealed partial class HtmlMetadataReader
{
    /// <summary>How far past a byline label ("Autor:") the names are read.</summary>
    private const int MaxLabelledChars = 100;

    /// <summary>
    /// The byline: a declared writer (JSON-LD, meta tags) unless it is the site or an organisation, or a login
    /// handle ("robert.stitz"); then a byline shown on the page (rel/itemprop author, a byline class, a labelled
    /// name, "By X" after the headline), the twitter:data "Written by" pair or a description opening with "By X";
    /// the declared organisation or handle when the page shows no writer.
    /// </summary>
    private Found<string>? Byline(PageIndex page, JsonLdReader.JsonLdArticle? ld, IElement? headline, IReadOnlyList<string> siteKeys)
    {
        Found<string>? weak = null;
        // A list of writers that also names the outlet (as creator or co-author) keeps the writers only.
        var ldAuthors = ld is null ? [] : ld.Authors.Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ldAuthors.Count > 1 && ldAuthors.Any(a => !IsSiteLike(a, siteKeys)))
        {
            ldAuthors.RemoveAll(a => IsSiteLike(a, siteKeys));
        }

        if (ld is not null && ldAuthors.Count > 0 && Accept(string.Join(", ", ldAuthors)) is { } fromLd)
        {
            if (!ld.AuthorIsOrganisation && IsWriter(fromLd, siteKeys))
            {
                return new Found<string>(fromLd, "json-ld.author");
            }

            weak = new Found<string>(fromLd, "json-ld.author");
        }

        foreach (var name in rules.AuthorMetaNames)
        {
            if (Accept(Meta(page.Metas, name)) is { } fromMeta)
            {
                if (IsWriter(fromMeta, siteKeys))
                {
                    return new Found<string>(fromMeta, "meta." + name);
                }

                weak ??= new Found<string>(fromMeta, "meta." + name);
            }
        }

        return Shown(page, headline) ?? Declared(page.Metas) ?? weak;
    }

    /// <summary>A byline the page shows: marked-up author elements, byline classes, labelled names, "By X" after the headline.</summary>
    private Found<string>? Shown(PageIndex page, IElement? headline) => ShownCandidates(page, headline).FirstOrDefault();

    private IEnumerable<Found<string>> ShownCandidates(PageIndex page, IElement? headline)
    {
        foreach (var e in page.AuthorCandidates.Where(IsMarkedAuthor).Take(20))
        {
            var named = e.QuerySelector("[itemprop='name']") ?? e;
            if (!NotTheArticles(e, headline) && Accept(named.TextContent) is { } fromRel)
            {
                yield return new Found<string>(fromRel, "rel=author");
            }
        }

        foreach (var e in page.AuthorCandidates.Take(50))
        {
            var hints = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
            if (rules.BylineClassHints.IsMatch(hints) && !NotTheArticles(e, headline) && !LinksHomeOnly(e) && Accept(e.TextContent) is { } fromClass)
            {
                yield return new Found<string>(fromClass, "byline.class");
            }
        }

        if (headline is not null && BylineAfter(headline) is { } after)
        {
            yield return after;
        }

        foreach (var label in page.BylineLabels)
        {
            if (!InComments(label) && Accept(TextAfterLabel(label)) is { } labelled)
            {
                yield return new Found<string>(labelled, "text.labelled");
            }
        }
    }

    /// <summary>twitter:labelN "Written by" with its twitter:dataN; a description that opens with "By X".</summary>
    private Found<string>? Declared(Dictionary<string, string> metas)
    {
        for (var i = 1; i <= 4; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            if (Meta(metas, "twitter:label" + n) is { } label && rules.WriterLabels.IsMatch(label.Trim())
                && Accept(Meta(metas, "twitter:data" + n)) is { } writer)
            {
                return new Found<string>(writer, "meta.twitter:data" + n);
            }
        }

        foreach (var name in (string[])["og:description", "description"])
        {
            if (Clean(Meta(metas, name)) is { Length: <= 300 } d && rules.BylineAfterTitle.Match(d) is { Success: true } m
                && Accept(m.Groups["name"].Value) is { } fromDescription)
            {
                return new Found<string>(fromDescription, "meta." + name);
            }
        }

        return null;
    }

    private static bool IsMarkedAuthor(IElement e) =>
        (e.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        || (e.GetAttribute("itemprop") is { } prop && prop.Contains("author", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a declared byline names a writer, not the site, an organisation or a login handle.</summary>
    private bool IsWriter(string byline, IReadOnlyList<string> siteKeys)
    {
        var handle = !byline.Contains(' ', StringComparison.Ordinal) && byline.Length >= 5
            && (byline.Contains('.', StringComparison.Ordinal) || byline.Contains('_', StringComparison.Ordinal) || byline.All(c => !char.IsUpper(c)));
        return !handle && !IsSiteLike(byline, siteKeys);
    }

    /// <summary>Whether a byline is the site's name, a domain or an organisation ("example.de", "… GmbH").</summary>
    private bool IsSiteLike(string byline, IReadOnlyList<string> siteKeys)
    {
        var k = Key(byline);
        return siteKeys.Any(s => k == s || (k.Length >= 4 && s.StartsWith(k, StringComparison.Ordinal))) || rules.BylineSiteLike.IsMatch(byline);
    }

    /// <summary>
    /// The text that follows a byline label ("Autor", "Text:") up to a line break, another label or the end of
    /// the next block.
    /// </summary>
    private string TextAfterLabel(IElement label)
    {
        var sb = new StringBuilder();
        var node = label.NextSibling ?? label.ParentElement?.NextSibling;
        while (node is not null && sb.Length < MaxLabelledChars)
        {
            if (node is IElement e)
            {
                if (e.LocalName == "br")
                {
                    if (sb.ToString().Any(char.IsLetter))
                    {
                        break;
                    }
                }
                else if (rules.BylineLabel.IsMatch(e.TextContent.Trim()) || e.TextContent.TrimEnd().EndsWith(':'))
                {
                    break;
                }
                else
                {
                    sb.Append(' ').Append(e.TextContent);
                    if (e.LocalName is "p" or "div" or "dd" or "li")
                    {
                        break;
                    }
                }
            }
            else if (node is IText t)
            {
                sb.Append(t.Data);
            }

            node = node.NextSibling;
        }

        return sb.ToString();
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
            if (node is not (IElement or IText) || (node is IElement skipped && SkipsDates(skipped, headline)))
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

    /// <summary>
    /// Whether the names in an element are not the article's writers: it is in a comment thread or form, or in a
    /// listing, teaser or list of related stories away from the headline.
    /// </summary>
    private bool NotTheArticles(IElement e, IElement? headline)
    {
        for (var a = e; a is not null and not { LocalName: "body" }; a = a.ParentElement)
        {
            var words = a.GetAttribute("class") + " " + a.Id;
            if (a.LocalName == "form" || (words.Length > 1 && rules.BylineSkip.IsMatch(words)))
            {
                return true;
            }

            if (words.Length > 1 && rules.BylineSkipAwayFromHeadline.IsMatch(words)
                && !(headline is not null && (ReferenceEquals(a.PreviousElementSibling, headline) || a.Contains(headline))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether all an element holds is a link to the site's home page (a logo marked up as the author).</summary>
    private static bool LinksHomeOnly(IElement e) =>
        e.QuerySelector("a[href]") is { } link && IsHomeLink(link.GetAttribute("href")!) && Key(link.TextContent) == Key(e.TextContent);

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

        v = rules.BylinePrefixes.Replace(v.TrimStart(',', ';', '|', '-', '–', '—', ':', ' '), "").Trim();
        v = rules.BylineTail.Replace(v, "").Trim().Trim(',', '|', '-', '–', '—', ':').Trim();
        v = rules.BylineJoiners.Replace(v, ", ");
        if (v.Contains(", ", StringComparison.Ordinal))
        {
            v = rules.BylineListAnd.Replace(v, ", ");
        }

        return v.Length < 2 || rules.BylineReject.IsMatch(v) || !v.Any(char.IsLetter) ? null : v;
    }
}
