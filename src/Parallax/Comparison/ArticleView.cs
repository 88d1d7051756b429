using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// One article as the comparison sees it: its position in the story, the independent source it belongs to,
/// its sentences and quotes (from the text stages; an article they did not analyse is compared line by line),
/// and the stretches that are quoted speech rather than the outlet's own voice.
/// </summary>
internal sealed class ArticleView
{
    private readonly int[] _sentenceStarts;

    public ArticleView(int index, AnalyzedArticle analyzed, ComparisonRules rules)
    {
        Index = index;
        Analyzed = analyzed;
        var article = analyzed.Article;
        Id = article.Id ?? "";
        Text = article.Text ?? "";
        Label = Clean(article.Outlet?.Value) ?? HostOf(article.Url) ?? Id;
        SourceKey = OutletKey(article.Outlet?.Value) is { } outlet ? "outlet:" + outlet
            : HostOf(article.Url) is { } host ? "host:" + host
            : "article:" + Id;

        Unanalyzed = analyzed.Sentences.Count == 0 && analyzed.Quotes.Count == 0 && Text.Trim().Length > 0;
        Sentences = Unanalyzed ? Lines(Text) : [.. analyzed.Sentences.Select(s => (s.Span.Start, s.Span.End)).Where(Valid).OrderBy(s => s.Start)];
        _sentenceStarts = [.. Sentences.Select(s => s.Start)];

        var marked = QuoteMarks.Find(Text, rules);
        Quotes = [.. analyzed.Quotes.Where(q => Valid((q.Content.Start, q.Content.End)))];
        Quoted = [.. Quotes.Select(q => (q.Content.Start, q.Content.End)).Concat(marked).OrderBy(r => r.Item1)];
    }

    public int Index { get; }
    public AnalyzedArticle Analyzed { get; }
    public string Id { get; }
    public string Text { get; }

    /// <summary>How the outlet is named in notes: the outlet, the URL's host, or the article id.</summary>
    public string Label { get; }

    /// <summary>Articles with the same key are one source: same outlet, else same host, else the article alone.</summary>
    public string SourceKey { get; }

    /// <summary>True when the text stages found nothing, so each line of the text is compared as one statement.</summary>
    public bool Unanalyzed { get; }

    public IReadOnlyList<(int Start, int End)> Sentences { get; }
    public IReadOnlyList<QuoteMention> Quotes { get; }
    public IReadOnlyList<(int Start, int End)> Quoted { get; }

    public bool Valid((int Start, int End) span) => span.Start >= 0 && span.Start <= span.End && span.End <= Text.Length;

    public bool Valid(Span span) => Valid((span.Start, span.End));

    public string Slice(int start, int end) => Valid((start, end)) ? Text[start..end] : "";

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        var i = Array.BinarySearch(_sentenceStarts, offset);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && offset < Sentences[i].End ? i : -1;
    }

    /// <summary>The sentence around a span; a window of text around it when no sentence holds it.</summary>
    public (int Start, int End) SentenceAround(int start, int end)
    {
        var i = SentenceIndexAt(start);
        return i >= 0 ? Sentences[i] : (Math.Max(0, start - 120), Math.Min(Text.Length, end + 120));
    }

    public bool InsideQuote(int start, int end) => Quoted.Any(q => start < q.End && q.Start < end);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An outlet name reduced to what two spellings of it share ("The Valley Courier" = "valley courier").</summary>
    internal static string? OutletKey(string? outlet)
    {
        var normal = Words.Normalize(outlet ?? "");
        if (normal.StartsWith("the ", StringComparison.Ordinal))
        {
            normal = normal[4..];
        }

        return normal.Length == 0 ? null : normal;
    }

    private static string? HostOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The non-empty lines of a text, trimmed.</summary>
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                Add(text, start, i, lines);
                start = i + 1;
            }
        }

        return lines;
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
