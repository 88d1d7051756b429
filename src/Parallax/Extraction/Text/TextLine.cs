namespace Parallax.Extraction.Text;

/// <summary>One line of a scraped text: its trimmed extent in the input and its words.</summary>
internal sealed record TextLine(int Start, int End, string Text)
{
    public string[] Words { get; } = Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public bool IsBlank => Text.Length == 0;

    /// <summary>Ends the way a sentence ends (period, question or exclamation mark, closing quote).</summary>
    public bool EndsLikeSentence => Text.Length > 0 && Text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…';

    /// <summary>Splits <paramref name="input"/> into lines, each trimmed of surrounding white space.</summary>
    public static List<TextLine> Split(string input)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= input.Length)
        {
            var nl = input.IndexOf('\n', start);
            var end = nl < 0 ? input.Length : nl;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(input[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(input[e - 1]))
            {
                e--;
            }

            lines.Add(new TextLine(s, e, input[s..e]));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return lines;
    }
}
