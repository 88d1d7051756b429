using System.Text;

namespace Parallax.Stories;

/// <summary>A word of a text: its offsets and its lowercase form.</summary>
public readonly record struct WordToken(int Start, int End, string Lower, bool Capitalized);

/// <summary>
/// A small tokenizer for story features and duplicate detection: words are runs of letters and digits
/// (a digit run may hold "," or "." between digits, so "230,000" stays one word; an apostrophe inside a
/// word is kept). Texts longer than <see cref="MaxChars"/> are read up to that limit.
/// </summary>
public static class Words
{
    public const int MaxChars = 2_000_000;

    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        var limit = Math.Min(text.Length, MaxChars);
        var i = 0;
        while (i < limit)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < limit && IsWordChar(text, i, limit))
            {
                i++;
            }

            tokens.Add(new WordToken(start, i, text[start..i].ToLowerInvariant(), char.IsUpper(text[start])));
        }

        return tokens;
    }

    /// <summary>Whitespace collapsed, lowercased, punctuation dropped: the text two copies of one article share.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxChars));
        foreach (var token in Tokenize(text))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(token.Lower);
        }

        return builder.ToString();
    }

    private static bool IsWordChar(string text, int i, int limit)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var inside = i > 0 && i + 1 < limit && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
        if (!inside)
        {
            return false;
        }

        return c is '\'' or '\u2019'
            || ((c is ',' or '.') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
    }
}
