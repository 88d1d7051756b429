using System.Net;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Reads title, byline, dates, site name, language, canonical URL and description from a parsed page.</summary>
internal sealed partial class HtmlMetadataReader(MetadataRules rules)
{
    public PageMetadata Read(IDocument doc, string? url, List<Diagnostic> diagnostics, string sourceName)
    {
        var page = PageIndex.Build(doc, rules);
        var metas = page.Metas;
        page.Locale = Locale(doc, metas);
        var ld = JsonLdReader.Read(page.JsonLd, out var invalid);
        if (invalid > 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, "metadata.json-ld-invalid", $"{invalid} JSON-LD block(s) are not valid JSON; ignored", sourceName));
        }

        var site = First(
            Found(Meta(metas, "og:site_name"), "og:site_name"),
            Found(ld?.Publisher, "json-ld.publisher"),
            Found(Meta(metas, "application-name"), "meta.application-name"));
        var rawTitle = page.Title;
        var canonical = First(
            Found(page.Canonical, "link.canonical"),
            Found(Meta(metas, "og:url"), "og:url"));
        var siteKeys = SiteKeys(site?.Value, ld?.Publisher, canonical?.Value ?? url);
        var headline = Headline(page, [ld?.Headline, Meta(metas, "og:title"), Meta(metas, "twitter:title"), rawTitle], siteKeys);
        var anchor = headline ?? page.H1.FirstOrDefault();
        var modified = FirstDate(
            (ld?.Modified, "json-ld.dateModified"),
            (rules.ModifiedMetaNames.Select(n => Meta(metas, n)).FirstOrDefault(v => DateReader.Parse(v) is not null), "meta"));
        return new PageMetadata
        {
            Title = Title(ld, metas, rawTitle, siteKeys, headline),
            Byline = Byline(page, ld, anchor, siteKeys),
            Published = Published(page, ld, url ?? canonical?.Value, anchor, modified),
            Modified = modified,
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

    private static string? Meta(Dictionary<string, string> metas, string name) => metas.TryGetValue(name, out var v) ? v : null;

    /// <summary>The page's locale as written ("de-at", "pt-br"), lower-cased: html lang, else og:locale.</summary>
    private static string? Locale(IDocument doc, Dictionary<string, string> metas) =>
        (Clean(doc.DocumentElement?.GetAttribute("lang")) ?? Clean(Meta(metas, "og:locale")))?.Replace('_', '-').ToLowerInvariant();

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
        if (decoded.Contains('\u00AD', StringComparison.Ordinal))
        {
            decoded = decoded.Replace("\u00AD", "", StringComparison.Ordinal);
        }

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
