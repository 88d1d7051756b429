namespace Parallax.Extraction.Html;

/// <summary>
/// Finds, word by word and in document order, where the text of the blocks lies in the decoded HTML, so
/// the clean text can map back to it. A word that cannot be found (an entity, a split tag) is written as
/// inserted at the current position instead.
/// </summary>
internal sealed class InputLocator(string input)
{
    private const int WordWindow = 4000;

    /// <summary>How many leading words of a skipped block are tried before it is given an empty extent.</summary>
    private const int MaxLeadingMisses = 8;
    private int _cursor;

    /// <summary>The input offset just after the last text located.</summary>
    public int Position => _cursor;

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/> with each word mapped to the input.</summary>
    public void Append(CleanTextBuilder builder, string text)
    {
        var first = true;
        var i = 0;
        while (i < text.Length)
        {
            var sepStart = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var sep = text[sepStart..i];
            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == wordStart)
            {
                builder.Insert(sep, _cursor);
                break;
            }

            var word = text[wordStart..i];
            var at = Find(word, first);
            first = false;
            if (at < 0)
            {
                builder.Insert(sep + word, _cursor);
                continue;
            }

            if (sep.Length > 0)
            {
                if (at - _cursor == sep.Length && string.CompareOrdinal(input, _cursor, sep, 0, sep.Length) == 0)
                {
                    builder.Copy(input, _cursor, sep.Length);
                }
                else
                {
                    builder.Insert(sep, at);
                }
            }

            builder.Copy(input, at, word.Length);
            _cursor = at + word.Length;
        }
    }

    /// <summary>The input extent of <paramref name="text"/> (its first and last words), moving the cursor past it.</summary>
    public (int Start, int End) Skip(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return (_cursor, _cursor);
        }

        // The first word may not be in the input verbatim (an entity such as &copy;): start at the first one that is.
        var start = -1;
        var first = 0;
        for (; first < Math.Min(words.Length, MaxLeadingMisses) && start < 0; first++)
        {
            start = Find(words[first], wide: true);
        }

        if (start < 0)
        {
            return (_cursor, _cursor);
        }

        _cursor = start + words[first - 1].Length;
        var last = words.Length > first ? Find(words[^1], wide: true) : -1;
        if (last >= 0)
        {
            _cursor = last + words[^1].Length;
        }

        return (start, _cursor);
    }

    private int Find(string word, bool wide)
    {
        var count = wide ? input.Length - _cursor : Math.Min(WordWindow, input.Length - _cursor);
        return count <= 0 ? -1 : input.IndexOf(word, _cursor, count, StringComparison.Ordinal);
    }
}
