using System.Net;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Reads title, byline, dates, site name, language, canonical URL and description from a parsed page.</summary>
internal sealed partial class HtmlMetadataReader(MetadataRules rules)
{
    public PageMetadata Read(IDocument doc, string? url, List<Diagnostic> diagnostics, string sourceName)
    {
        var metas = MetaValues(doc);
        var ld = JsonLdReader.Read(
            doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent),
            out var invalid);
        if (invalid > 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, "metadata.json-ld-invalid", $"{invalid} JSON-LD block(s) are not valid JSON; ignored", sourceName));
        }

        var site = First(
            Found(Meta(metas, "og:site_name"), "og:site_name"),
            Found(ld?.Publisher, "json-ld.publisher"),
            Found(Meta(metas, "application-name"), "meta.application-name"));
        var rawTitle = Clean(doc.QuerySelector("head > title, title")?.TextContent) ?? "";
        var canonical = First(
            Found(doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), "link.canonical"),
            Found(Meta(metas, "og:url"), "og:url"));
        var dateUrl = url ?? canonical?.Value;
        var headline = Headline(doc, ld, metas, rawTitle);
        return new PageMetadata
        {
            Title = Title(ld, metas, rawTitle, SiteKeys(site?.Value, ld?.Publisher, canonical?.Value), headline),
            Byline = Byline(doc, ld, metas, headline ?? doc.QuerySelector("h1")),
            Published = FirstDate(
                (ld?.Published, "json-ld.datePublished"),
                (rules.PublishedMetaNames.Select(n => Meta(metas, n)).FirstOrDefault(v => DateReader.Parse(v) is not null), "meta"),
                (doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"), "time.datetime"))
                ?? (DateReader.FromUrl(dateUrl) is { } d ? new Found<DateTimeOffset>(d, "url") : null)
                ?? ElementDate(doc)
                ?? DateAfterHeadline(headline ?? doc.QuerySelector("h1"))
                ?? FirstDate(
                    (ld?.Modified, "json-ld.dateModified"),
                    (rules.ModifiedMetaNames.Select(n => Meta(metas, n)).FirstOrDefault(v => DateReader.Parse(v) is not null), "meta.modified")),
            Modified = FirstDate(
                (ld?.Modified, "json-ld.dateModified"),
                (rules.ModifiedMetaNames.Select(n => Meta(metas, n)).FirstOrDefault(v => DateReader.Parse(v) is not null), "meta")),
            Site = site,
            Language = First(
                Found(doc.DocumentElement?.GetAttribute("lang"), "html.lang"),
                Found(Meta(metas, "og:locale"), "og:locale"),
                Found(Meta(metas, "content-language"), "meta.content-language"),
                Found(ld?.Language, "json-ld.inLanguage")) is { } lang ? lang with { Value = NormaliseLanguage(lang.Value) } : null,
            Canonical = canonical,
            Description = First(
                Found(Meta(metas, "og:description"), "og:description"),
                Found(Meta(metas, "description"), "meta.description")),
            RawTitle = rawTitle,
        };
    }

    /// <summary>All meta name/property/http-equiv values, first occurrence wins, keys lower-cased.</summary>
    private static Dictionary<string, string> MetaValues(IDocument doc)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attr) is { Length: > 0 } key)
                {
                    values.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                }
            }
        }

        return values;
    }

    private static string? Meta(Dictionary<string, string> metas, string name) => metas.TryGetValue(name, out var v) ? v : null;

    private static string NormaliseLanguage(string value)
    {
        var v = value.Trim().Replace('_', '-');
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? v[..dash] : v).ToLowerInvariant();
    }

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decoded = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Found<string>? Found(string? value, string source) => Clean(value) is { } v ? new Found<string>(v, source) : null;

    private static Found<string>? First(params Found<string>?[] candidates) => candidates.FirstOrDefault(c => c is not null);

    private static Found<DateTimeOffset>? FirstDate(params (string? Value, string Source)[] candidates)
    {
        foreach (var (value, source) in candidates)
        {
            if (DateReader.Parse(value) is { } d)
            {
                return new Found<DateTimeOffset>(d, source);
            }
        }

        return null;
    }
}
