using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parallax.Documents;
using Parallax.Extraction.Metadata;
using Parallax.Pipeline;

namespace Parallax.Extraction.Html;

/// <summary>
/// Extracts the article of an HTML page: main-content selection plus page metadata. A page that names no site
/// in its metadata gets the outlet its furniture signs ("© 2025 The Harbour Gazette"), as scraped texts do.
/// </summary>
internal sealed class HtmlExtractor(HtmlRules rules, MetadataRules metadataRules, OutletSignatures outlets, ExtractionOptions options)
{
    /// <summary>Longest block that may be dropped as a byline or dateline.</summary>
    private const int MaxMetadataLineChars = 200;

    /// <summary>How many &lt;time&gt; elements are read for dateline texts.</summary>
    private const int MaxTimeElements = 50;

    // One parser per thread (a parser is not documented as safe to share): comments are not kept, as nothing reads
    // them, and elements do not record their source positions (text is located in the input by InputLocator).
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
    }));

    private readonly ContentSelector _selector = new(rules);
    private readonly BoilerplateLines _lines = new(rules);
    private readonly LeadBlocks _lead = new(rules);
    private readonly HtmlMetadataReader _metadata = new(metadataRules);

    public ExtractionResult Extract(SourceDocument document, string input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        using var doc = Parser.Value!.ParseDocument(input);
        cancellationToken.ThrowIfCancellationRequested();
        var meta = _metadata.Read(doc, document.Hints.Url, diagnostics, document.Name);

        var collector = new BlockCollector(rules, options.MaxDepth);
        var blocks = doc.Body is { } body ? collector.Collect(body) : [];
        if (collector.DepthLimitHit)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "html.too-deep", $"elements nested deeper than {options.MaxDepth} levels were not read", document.Name));
        }

        var found = Select(blocks, doc, meta);
        if (KeptChars(blocks) < rules.MinBodyChars && blocks.Any(b => b.Furniture?.StartsWith("class:", StringComparison.Ordinal) == true))
        {
            // Too little text: the class hints may have hidden the article (page builders mark every text box a
            // "widget"). Selection runs again with class-named furniture counted as content; tags, roles and
            // hidden elements still decide.
            found = Select(blocks, doc, meta, looser: true);
        }

        var (text, map, removed) = Assemble(input, blocks);
        if (NotAnArticle(found, text, blocks, meta, input) is { } why)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, why.Code, why.Message, document.Name));
            return new ExtractionResult(null, diagnostics);
        }

        var article = new Article
        {
            Id = "",
            SourceName = document.Name,
            Text = text,
            Map = map,
            Input = input,
            Removed = removed,
            Url = meta.Canonical?.Value,
            Title = meta.Title,
            Byline = meta.Byline,
            Published = meta.Published,
            Modified = meta.Modified,
            Outlet = meta.Site ?? (outlets.Infer(removed.Select(r => r.Text)) is { } signed ? new Found<string>(signed, "text.signature") : null),
            Language = meta.Language,
        };
        return new ExtractionResult(article, diagnostics);
    }

    /// <summary>Main-content selection and the cleaning of the kept blocks; <paramref name="looser"/> first settles class-named furniture as content.</summary>
    private bool Select(List<TextBlock> blocks, IDocument doc, PageMetadata meta, bool looser = false)
    {
        if (looser)
        {
            var byClass = blocks.SelectMany(b => b.FurnitureChain).Where(r => r.Reason.StartsWith("class:", StringComparison.Ordinal))
                .ToHashSet();
            foreach (var block in blocks)
            {
                if (block.FurnitureChain.Length > 0)
                {
                    block.SettleFurniture(byClass);
                }
                else
                {
                    block.DropReason = "outside-main";
                }
            }
        }

        var found = _selector.Select(blocks);
        _lead.Keep(blocks, meta.Title?.Value);
        _lines.Drop(blocks);
        DropTitleRepeat(blocks, meta.Title?.Value);
        DropBylineAndDateLines(blocks, doc, meta.Byline?.Value);
        return found;
    }

    private static int KeptChars(List<TextBlock> blocks) => blocks.Where(b => b.DropReason is null).Sum(b => b.Text.Length);

    /// <summary>The headline is metadata, not body text: drop a heading block that repeats it.</summary>
    private static void DropTitleRepeat(List<TextBlock> blocks, string? title)
    {
        if (title is null)
        {
            return;
        }

        foreach (var block in blocks)
        {
            if (block.DropReason is null && block.IsHeading && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
            {
                block.DropReason = "title";
            }
        }
    }

    /// <summary>
    /// A short block that only repeats the byline or the text of a <c>&lt;time&gt;</c> element ("By Maren Holt ·
    /// 11 March 2025", "Par Claire Montel") is metadata, not body text: it is dropped as "byline" or "dateline".
    /// </summary>
    private void DropBylineAndDateLines(List<TextBlock> blocks, IDocument doc, string? byline)
    {
        var times = doc.QuerySelectorAll("time")
            .Take(MaxTimeElements)
            .Select(t => HtmlMetadataReader.Clean(t.TextContent))
            .Where(t => !string.IsNullOrEmpty(t))
            .Cast<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (string.IsNullOrEmpty(byline))
        {
            byline = null; // an empty byline names nobody, and an empty string cannot be cut out of a line
        }

        if (byline is null && times.Count == 0)
        {
            return;
        }

        foreach (var block in blocks)
        {
            if (block.DropReason is not null || block.IsHeading || block.Text.Length > MaxMetadataLineChars)
            {
                continue;
            }

            var rest = block.Text;
            var hasByline = byline is not null && rest.Contains(byline, StringComparison.OrdinalIgnoreCase);
            if (hasByline)
            {
                rest = rest.Replace(byline!, " ", StringComparison.OrdinalIgnoreCase);
            }

            foreach (var time in times)
            {
                rest = rest.Replace(time, " ", StringComparison.Ordinal);
            }

            if (string.Equals(rest, block.Text, StringComparison.Ordinal))
            {
                continue;
            }

            rest = metadataRules.BylinePrefixes.Replace(rest.TrimStart() + " ", "");
            if (!rest.Any(char.IsLetterOrDigit))
            {
                block.DropReason = hasByline ? "byline" : "dateline";
            }
        }
    }

    private static (string Text, OffsetMap Map, List<RemovedSpan> Removed) Assemble(string input, List<TextBlock> blocks)
    {
        var builder = new CleanTextBuilder();
        var locator = new InputLocator(input);
        var removed = new List<RemovedSpan>();
        foreach (var block in blocks)
        {
            if (block.DropReason is { } reason)
            {
                var (start, end) = locator.Skip(block.Text);
                removed.Add(new RemovedSpan(start, end, reason, block.Text));
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Insert("\n\n", locator.Position);
            }

            locator.Append(builder, block.Text);
        }

        var (text, map) = builder.Build();
        return (text, map, removed);
    }

    private (string Code, string Message)? NotAnArticle(bool found, string text, List<TextBlock> blocks, PageMetadata meta, string input)
    {
        if (text.Length >= rules.MinBodyChars)
        {
            return null;
        }

        if (rules.ErrorTitles.IsMatch(meta.RawTitle))
        {
            return ("page.error", $"the page is an error page (title '{meta.RawTitle}')");
        }

        if (rules.PaywallPhrases.IsMatch(input.Length > 200_000 ? input[..200_000] : input))
        {
            return ("page.paywall", "the page holds only a paywall stub");
        }

        var chars = blocks.Sum(b => b.Text.Length);
        var links = blocks.Sum(b => b.LinkChars);
        if (chars > 0 && (double)links / chars > rules.MaxListingLinkDensity)
        {
            return ("page.listing", "the page is a list of links, not an article");
        }

        return text.Length == 0 || !found
            ? ("page.no-article", "no article text found on the page")
            : null;
    }
}
