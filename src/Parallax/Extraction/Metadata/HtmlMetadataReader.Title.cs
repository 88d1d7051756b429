using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Title and byline.</summary>
internal sealed partial class HtmlMetadataReader
{
    private Found<string>? Title(IDocument doc, JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas, string rawTitle, string? site)
    {
        var h1 = Clean(doc.QuerySelector("article h1, main h1, h1")?.TextContent);
        var candidates = new List<Found<string>?>
        {
            Found(ld?.Headline, "json-ld.headline"),
            Found(StripSite(Meta(metas, "og:title"), site), "og:title"),
            Found(h1, "h1"),
            Found(StripSite(Meta(metas, "twitter:title"), site), "twitter:title"),
            Found(StripSite(rawTitle, site), "title"),
        };

        // An <h1> that repeats the start of a declared title is the headline as the reader sees it.
        var declared = candidates.FirstOrDefault(c => c is not null);
        if (h1 is not null && declared is not null && h1.Length >= 10
            && declared.Value.StartsWith(h1, StringComparison.OrdinalIgnoreCase))
        {
            return new Found<string>(h1, "h1");
        }

        return declared;
    }

    /// <summary>Removes a site name prefix or suffix ("Headline | Site", "Site - Headline").</summary>
    private string? StripSite(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        foreach (var sep in rules.TitleSeparators)
        {
            var parts = title.Split(sep);
            if (parts.Length < 2)
            {
                continue;
            }

            if (site is not null)
            {
                var kept = parts.Where(p => !string.Equals(p.Trim(), site, StringComparison.OrdinalIgnoreCase)).ToArray();
                if (kept.Length < parts.Length && kept.Length > 0)
                {
                    return string.Join(sep, kept).Trim();
                }
            }

            var first = parts[0].Trim();
            var last = parts[^1].Trim();
            if (last.Length < first.Length && last.Split(' ').Length <= 4)
            {
                return string.Join(sep, parts[..^1]).Trim();
            }

            if (first.Length < last.Length && first.Split(' ').Length <= 3)
            {
                return string.Join(sep, parts[1..]).Trim();
            }
        }

        return title.Trim();
    }

    private Found<string>? Byline(IDocument doc, JsonLdReader.JsonLdArticle? ld, Dictionary<string, string> metas)
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

        if (Accept(doc.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']")?.TextContent) is { } fromRel)
        {
            return new Found<string>(fromRel, "rel=author");
        }

        foreach (var e in doc.QuerySelectorAll("[class*='byline'], [class*='author'], [id*='author']").Take(50))
        {
            var hints = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
            if (rules.BylineClassHints.IsMatch(hints) && Accept(e.TextContent) is { } fromClass)
            {
                return new Found<string>(fromClass, "byline.class");
            }
        }

        return null;
    }

    /// <summary>A cleaned byline, or null when it is not a person's name ("Staff", a date, a URL).</summary>
    private string? Accept(string? value)
    {
        var v = Clean(value);
        if (v is null || v.Length > rules.MaxBylineChars)
        {
            return null;
        }

        v = rules.BylinePrefixes.Replace(v, "").Trim().Trim(',', '|', '-', '–', '—', ':').Trim();
        return v.Length < 3 || rules.BylineReject.IsMatch(v) || !v.Any(char.IsLetter) ? null : v;
    }
}
