namespace Parallax.Facts.Tokens;

/// <summary>
/// Splits clean text into word, number and punctuation tokens in one linear pass (no regular expressions).
/// Words keep inner apostrophes and hyphens ("war-torn", "O'Brien") but not a possessive "'s", which is a
/// token of its own; dotted abbreviations ("U.S.", "a.m.") and listed abbreviations and initials ("Dr.",
/// "Jan.", "J.") keep their full stop; numbers keep separators between digits ("230,000", "1.5", "10:30")
/// and an ordinal suffix ("201st").
/// </summary>
internal sealed class Tokenizer(AbbreviationRules rules)
{
    public IReadOnlyList<Token> Tokenize(string text, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var newlines = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newlines += c == '\n' ? 1 : 0;
                space = true;
                i++;
                continue;
            }

            if ((tokens.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && i > 0 && char.IsLetter(text[i - 1]))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }

            tokens.Add(new Token(start, i, text[start..i], kind, newlines, space));
            newlines = 0;
            space = false;
        }

        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private int ReadWord(string text, int i)
    {
        var start = i;
        var dotted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((c is '-' or '\u2010' || IsApostrophe(c)) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                && !(IsApostrophe(c) && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            {
                i += 2;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && LastSegmentLength(text, start, i) == 1
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                // Dotted abbreviation: U.S., a.m., e.g. (one letter between full stops).
                dotted = true;
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            var word = text[start..i];
            if (dotted || rules.Keeps(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                i++;
            }
        }

        return i;
    }

    private static int LastSegmentLength(string text, int start, int end)
    {
        var j = end;
        while (j > start && text[j - 1] != '.')
        {
            j--;
        }

        return end - j;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1])
                && (c != ',' || (i + 3 < text.Length && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i + 1 < text.Length && IsOrdinalSuffix(text.AsSpan(i, 2)) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
        {
            i += 2;
        }

        return i;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
