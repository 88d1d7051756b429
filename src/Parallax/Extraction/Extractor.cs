using Parallax.Documents;
using Parallax.Extraction.Decoding;
using Parallax.Extraction.Html;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;
using Parallax.Pipeline;

namespace Parallax.Extraction;

/// <summary>
/// The extraction stage: decodes a <see cref="SourceDocument"/>, picks the article out of its furniture
/// (HTML main-content selection, or line rules for scraped text) and reads its metadata. Thread-safe and
/// pure; never throws on bad input, which yields a null article and an error diagnostic instead.
/// </summary>
public sealed class Extractor : IExtractor
{
    private readonly ExtractionOptions _options;
    private readonly ScrapedTextExtractor _text;
    private readonly HtmlExtractor _html;

    public Extractor(ExtractionOptions? options = null)
    {
        _options = options ?? ExtractionOptions.Default;
        var outlets = OutletSignatures.Load();
        _text = new ScrapedTextExtractor(TextRules.Load(), outlets, _options);
        _html = new HtmlExtractor(HtmlRules.Load(), MetadataRules.Load(), outlets, _options);
    }

    public ExtractionResult Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (InputGuard.CheckSize(document, _options.MaxInputBytes) is { } tooLarge)
        {
            return ExtractionResult.Failed(tooLarge);
        }

        var decoded = document.Text is { } text
            ? new DecodedInput(text, "utf-16", [])
            : CharsetDecoder.Decode(document.Bytes.Span, document.Kind, document.Hints.Charset, document.Name);
        if (InputGuard.CheckText(decoded.Text, document.Name) is { } bad)
        {
            return new ExtractionResult(null, [.. decoded.Diagnostics, bad]);
        }

        if (document.Kind == ContentKind.Html && InputGuard.TooDeepAt(decoded.Text, _options.MaxOpenElements) is var cut and >= 0)
        {
            // Hostile nesting: the markup is read up to the point where it gets deeper than any real page.
            var warning = new Diagnostic(Severity.Warning, "input.too-deep", $"markup cut at character {cut:N0}, where more than {_options.MaxOpenElements:N0} elements are open", document.Name);
            decoded = decoded with { Text = decoded.Text[..cut], Diagnostics = [.. decoded.Diagnostics, warning] };
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var result = document.Kind == ContentKind.Html
                ? _html.Extract(document, decoded.Text, cancellationToken)
                : _text.Extract(document, decoded.Text);
            var article = result.Article is null ? null : Finish(result.Article, document);
            return new ExtractionResult(article, [.. decoded.Diagnostics, .. result.Diagnostics]);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            return new ExtractionResult(null, [.. decoded.Diagnostics, new Diagnostic(Severity.Error, "extraction.timeout", $"a rule pattern timed out: {e.Pattern}", document.Name)]);
        }
        catch (InsufficientExecutionStackException)
        {
            return new ExtractionResult(null, [.. decoded.Diagnostics, new Diagnostic(Severity.Error, "input.too-deep", "the document is nested too deeply to read", document.Name)]);
        }
    }

    /// <summary>Applies the hints (they override detection) and forms the id.</summary>
    private static Article Finish(Article article, SourceDocument document)
    {
        var hints = document.Hints;
        var url = hints.Url ?? article.Url;
        return article with
        {
            Id = ArticleIds.For(ArticleIds.SourceKey(url, document.Name), article.Text),
            SourceName = document.Name,
            Url = url,
            Outlet = hints.Outlet is { } o ? new Found<string>(o, "hint") : article.Outlet,
            Title = hints.Title is { } t ? new Found<string>(t, "hint") : article.Title,
            Published = hints.Published is { } p ? new Found<DateTimeOffset>(p, "hint") : article.Published,
            Language = hints.Language is { } l ? new Found<string>(l, "hint") : article.Language,
        };
    }
}
