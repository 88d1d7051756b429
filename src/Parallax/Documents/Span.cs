namespace Parallax.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into one article's clean text.</summary>
public readonly record struct Span(string ArticleId, int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];

    public bool Overlaps(Span other) =>
        string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal) && Start < other.End && other.Start < End;
}
