using System.Text.RegularExpressions;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Sentences;

/// <summary>A sentence as a range of tokens [FirstToken, EndToken) and of characters [Start, End).</summary>
internal sealed record SentenceSlice(int Start, int End, int FirstToken, int EndToken);

/// <summary>The tokens and sentences of one text, shared by the recognizers.</summary>
internal sealed class TextLayer
{
    public TextLayer(string text, IReadOnlyList<Token> tokens, IReadOnlyList<SentenceSlice> sentences, (int Start, int End)? dateline)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Dateline = dateline;
        SentenceOf = new int[tokens.Count];
        var from = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = from; t < sentences[s].EndToken; t++)
            {
                SentenceOf[t] = s;
            }

            from = sentences[s].EndToken;
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<SentenceSlice> Sentences { get; }

    public (int Start, int End)? Dateline { get; }

    /// <summary>The sentence index of each token (a dateline's tokens belong to the sentence after it).</summary>
    public int[] SentenceOf { get; }

    public SentenceSlice SentenceAt(int token) => Sentences[SentenceOf[token]];

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>
/// Splits tokens into sentences: a sentence ends at ".", "!" or "?" (with the closing quotes and brackets
/// after it) before a word that does not start in lowercase, at a paragraph break (always), and at a line
/// break before a capitalised line. Titles ("Dr.") never end a sentence; other abbreviations ("U.S.") end
/// one only before a typical sentence opener. A dateline ("MOSCOW, July 28 (Reuters) -") is kept out of the
/// first sentence of its paragraph.
/// </summary>
internal sealed class SentenceSplitter(AbbreviationRules rules)
{
    private static readonly Regex DatelinePattern = FactRuleFiles.Pattern(
        @"\G\p{Lu}[\p{Lu} .'\-]{1,40}(?:/\p{Lu}[\p{Lu} .'\-]{1,30})?(?:,(?: \p{Lu}\p{Ll}{2,8}\.? \d{1,2},?)?(?: \([^()\n]{1,40}\))?| \([^()\n]{1,40}\)) ?[-\u2013\u2014]{1,2} ",
        ignoreCase: false);

    public TextLayer Split(string text, IReadOnlyList<Token> tokens, CancellationToken cancellationToken)
    {
        var sentences = new List<SentenceSlice>();
        (int, int)? dateline = null;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var t = tokens[i];
            if (i > first && StartsNewLine(t, tokens[i - 1]))
            {
                Add(sentences, tokens, first, i);
                first = i;
            }

            if (i == first && (t.NewlinesBefore >= 2 || i == 0) && t.Start < 2000 && dateline is null
                && DatelinePattern.Match(text, t.Start) is { Success: true } m && m.Index == t.Start)
            {
                dateline = (m.Index, m.Index + m.Length);
                while (i + 1 < tokens.Count && tokens[i + 1].Start < m.Index + m.Length)
                {
                    i++;
                }

                // The dateline's tokens are kept in the sentence's token range; its span starts after them.
                continue;
            }

            if (EndsSentence(tokens, ref i))
            {
                Add(sentences, tokens, first, i + 1);
                first = i + 1;
            }
        }

        if (first < tokens.Count)
        {
            Add(sentences, tokens, first, tokens.Count);
        }

        return new TextLayer(text, tokens, sentences, dateline);

        void Add(List<SentenceSlice> list, IReadOnlyList<Token> all, int from, int to)
        {
            var start = all[from].Start;
            if (dateline is { } d && d.Item1 == start)
            {
                start = d.Item2;
                while (from < to && all[from].Start < start)
                {
                    from++;
                }

                if (from == to)
                {
                    return;
                }

                start = all[from].Start;
            }

            list.Add(new SentenceSlice(start, all[to - 1].End, from, to));
        }
    }

    private static bool StartsNewLine(Token t, Token previous) =>
        t.NewlinesBefore >= 2
        || (t.NewlinesBefore == 1 && (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) || IsOpeningQuote(t.Text[0]) || previous.Kind == TokenKind.Punct));

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB';

    private static bool IsClosing(Token t) => t.Kind == TokenKind.Punct && t.Text[0] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u00BB';

    private bool EndsSentence(IReadOnlyList<Token> tokens, ref int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Punct && t.Text[0] is '.' or '!' or '?' or '\u2026')
        {
            var j = i;
            while (j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore
                && (IsClosing(tokens[j + 1]) || tokens[j + 1].Text[0] is '.' or '!' or '?'))
            {
                j++;
            }

            if (j + 1 < tokens.Count && (tokens[j + 1].IsLowerWord && tokens[j + 1].NewlinesBefore == 0))
            {
                return false;
            }

            i = j;
            return true;
        }

        if (t.IsWord && t.Text[^1] == '.' && t.Text.Length > 1 && i + 1 < tokens.Count)
        {
            var next = tokens[i + 1];
            if (rules.IsTitle(t.Text) || (t.Text.Length == 2 && char.IsUpper(t.Text[0])))
            {
                return false;
            }

            return next.NewlinesBefore > 0 || (next.IsCapitalized && rules.IsOpener(next.Text));
        }

        return false;
    }
}
