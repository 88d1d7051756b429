using Parallax.Facts.Sentences;

namespace Parallax.Facts.Quotes;

/// <summary>A stretch of text between quotation marks: Open and Close are the marks' offsets, Width their length.</summary>
internal readonly record struct QuoteSegment(int Open, int Close, int Width = 1)
{
    /// <summary>
    /// A quote left open at the end of its paragraph because the next paragraph opens with a quotation mark and
    /// goes on with it (the convention for a quote over several paragraphs); Close is then the paragraph's end.
    /// </summary>
    public bool OpenEnded { get; init; }

    public int ContentStart => Open + Width;

    /// <summary>The offset of the closing mark's last character.</summary>
    public int CloseEnd => Close + Width - 1;

    public int ContentEnd => Close;
}

/// <summary>The quotation-mark segments of a text and, per token, whether it is inside one; found once, read by the quote and statement stages.</summary>
internal sealed record QuotedText(IReadOnlyList<QuoteSegment> Segments, bool[] Tokens);

/// <summary>
/// Pairs quotation marks within a paragraph: curly marks by their direction, straight double marks and
/// doubled apostrophes ('' as some wire texts write a double mark) in alternation (an opening mark follows
/// white space, a bracket or the paragraph start). A mark without its
/// pair is ignored, except at a paragraph end when the next paragraph opens with the same mark (a quote
/// over several paragraphs): that part ends with its paragraph. Linear in the text.
/// </summary>
internal static class QuoteSegments
{
    /// <summary>The segments of the layer's text and which tokens lie inside one (marks included).</summary>
    public static QuotedText Of(TextLayer layer, int maxQuoteLength)
    {
        var segments = Find(layer.Text, maxQuoteLength);
        var tokens = layer.Tokens;
        var quoted = new bool[tokens.Count];
        foreach (var s in segments)
        {
            for (var k = layer.TokenAt(s.Open); k < tokens.Count && tokens[k].Start <= s.CloseEnd; k++)
            {
                quoted[k] = true;
            }
        }

        return new QuotedText(segments, quoted);
    }

    private static List<QuoteSegment> Find(string text, int maxQuoteLength)
    {
        var found = new List<QuoteSegment>();
        var open = -1;
        var openChar = '\0';
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                if (open >= 0 && i > open + 1 && NextParagraphOpensWith(text, i, openChar))
                {
                    found.Add(new QuoteSegment(open, i) { OpenEnded = true });
                }

                open = -1;
                continue;
            }

            if (open >= 0 && i - open > maxQuoteLength)
            {
                open = -1;
            }

            if (open < 0)
            {
                if (c == '\'' && IsDoubledApostrophe(text, i) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '-' or ':'))
                {
                    open = i;
                    depth = 0;
                    openChar = c;
                    i++;
                }
                else if (c == '\u201C' || c == '\u00AB' || (c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '-' or ':')))
                {
                    open = i;
                    depth = 0;
                    openChar = c;
                }
            }
            else if (openChar == '\'' && c == '\'' && IsDoubledApostrophe(text, i))
            {
                if (i > open + 2)
                {
                    found.Add(new QuoteSegment(open, i, 2));
                }

                open = -1;
                i++;
            }
            else if (openChar == '\u201C' && c == '\u201C' && i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                // "... what he calls “hell” than ...": a quote inside a quote, in the same marks.
                depth++;
            }
            else if (openChar == '\u201C' && c == '\u201D' && depth > 0)
            {
                depth--;
            }
            else if ((openChar == '\u201C' && c == '\u201D') || (openChar == '\u00AB' && c == '\u00BB') || (openChar == '"' && c == '"'))
            {
                if (i > open + 1)
                {
                    found.Add(new QuoteSegment(open, i));
                }

                open = -1;
            }
        }

        return found;
    }

    /// <summary>Whether the first character after the paragraph break at <paramref name="i"/> is the opening mark <paramref name="openChar"/>.</summary>
    private static bool NextParagraphOpensWith(string text, int i, char openChar)
    {
        var k = i;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && text[k] == openChar && openChar is '"' or '\u201C' or '\u00AB';
    }

    private static bool IsDoubledApostrophe(string text, int i) => i + 1 < text.Length && text[i + 1] == '\'';
}
