namespace Parallax.Facts.Quotes;

/// <summary>A stretch of text between quotation marks: [Open, Close] are the marks' offsets.</summary>
internal readonly record struct QuoteSegment(int Open, int Close)
{
    public int ContentStart => Open + 1;

    public int ContentEnd => Close;
}

/// <summary>
/// Pairs quotation marks within a paragraph: curly marks by their direction, straight double marks in
/// alternation (an opening mark follows white space, a bracket or the paragraph start). A mark without its
/// pair is ignored. Linear in the text.
/// </summary>
internal static class QuoteSegments
{
    public static List<QuoteSegment> Find(string text, int maxQuoteLength)
    {
        var found = new List<QuoteSegment>();
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                open = -1;
                continue;
            }

            if (open >= 0 && i - open > maxQuoteLength)
            {
                open = -1;
            }

            if (open < 0)
            {
                if (c == '\u201C' || c == '\u00AB' || (c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '-' or ':')))
                {
                    open = i;
                    openChar = c;
                }
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
}
