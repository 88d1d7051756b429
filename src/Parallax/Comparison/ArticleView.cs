using Parallax.Documents;
using Parallax.Facts;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// One article as the comparison sees it: its position in the story, the independent source it belongs to,
/// its sentences and quotes (from the text stages, or a light fallback when the article was not analysed),
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
        Sentences = Unanalyzed ? SplitSentences(Text) : [.. analyzed.Sentences.Select(s => (s.Span.Start, s.Span.End)).Where(Valid).OrderBy(s => s.Start)];
        _sentenceStarts = [.. Sentences.Select(s => s.Start)];

        var marked = QuoteMarks.Find(Text, rules);
        Quotes = Unanalyzed ? FallbackQuotes(marked) : [.. analyzed.Quotes.Where(q => Valid((q.Content.Start, q.Content.End)))];
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

    /// <summary>True when the text stages found nothing, so sentences and quotes come from the fallback.</summary>
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

    /// <summary>Lines, then sentences at ".", "!" or "?" followed by space and a capital, digit or quote.</summary>
    internal static List<(int Start, int End)> SplitSentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                Add(text, start, i, sentences);
                start = i + 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?') || !IsBoundary(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or ')')
            {
                end++;
            }

            Add(text, start, end, sentences);
            start = end;
            i = end - 1;
        }

        return sentences;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        if (j >= text.Length || !char.IsWhiteSpace(text[j]))
        {
            return j >= text.Length;
        }

        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j >= text.Length || char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\n';
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

    private List<QuoteMention> FallbackQuotes(List<(int Start, int End)> marked)
    {
        var quotes = new List<QuoteMention>();
        foreach (var (start, mark) in marked)
        {
            var end = mark;
            while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or ';' or ':'))
            {
                end--;
            }

            if (Words.Tokenize(Text[start..end]).Count < 3)
            {
                continue;
            }

            var close = mark;
            while (close < Text.Length && !char.IsWhiteSpace(Text[close]) && Text[close] is not ',')
            {
                close++;
            }

            var speaker = QuoteMarks.SpeakerAfterQuote(Text, close);
            quotes.Add(speaker is { } s
                ? new QuoteMention(new Span(Id, start, end), new Span(Id, s.CueStart, s.CueEnd), new Span(Id, s.Start, s.End), Text[s.Start..s.End], QuoteKind.Direct)
                : new QuoteMention(new Span(Id, start, end), null, null, null, QuoteKind.Direct));
        }

        return quotes;
    }
}
