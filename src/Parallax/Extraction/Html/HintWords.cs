using System.Buffers;

namespace Parallax.Extraction.Html;

/// <summary>
/// Words looked for in an element's lower-cased class-and-id string ("post-body main_col"): a word counts where it
/// starts the string or follows one of the <see cref="Separators"/>, and (unless <see cref="Prefix"/>) where it ends
/// the string or a separator follows it. Where several words match, the leftmost wins, and at one place the word
/// listed first. One dictionary probe per place and word end instead of a pattern run: every element of a page is
/// asked, so this is among the hottest tests of the extractor.
/// </summary>
internal sealed class HintWords
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rank;
    private readonly string[] _words;
    private readonly int _longest;
    private readonly SearchValues<char> _firstChars;

    public HintWords(HintWordsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Separators = file.Separators;
        Prefix = file.Prefix;
        _words = [.. file.Words.Select(w => w.ToLowerInvariant())];
        var rank = new Dictionary<string, int>(_words.Length, StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Length == 0)
            {
                throw new InvalidDataException("a hint word is empty");
            }

            rank.TryAdd(_words[i], i);
        }

        _rank = rank.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _words.Select(w => w.Length).DefaultIfEmpty().Max();
        _firstChars = SearchValues.Create([.. _words.Select(w => w[0]).Distinct()]);
    }

    /// <summary>The characters that split a class string into words.</summary>
    public string Separators { get; }

    /// <summary>Words need only start at a boundary ("ad-" in "ad-slot-3").</summary>
    public bool Prefix { get; }

    public bool IsMatch(string hints) => First(hints) is not null;

    /// <summary>The matching word (as listed), or null.</summary>
    public string? First(string hints)
    {
        for (var start = 0; start < hints.Length; start++)
        {
            if ((start > 0 && !IsSeparator(hints[start - 1])) || !_firstChars.Contains(hints[start]))
            {
                continue;
            }

            if (At(hints, start) is { } word)
            {
                return word;
            }
        }

        return null;
    }

    private string? At(string hints, int start)
    {
        var best = int.MaxValue;
        if (Prefix)
        {
            var rest = hints.AsSpan(start);
            for (var i = 0; i < _words.Length && i < best; i++)
            {
                if (rest.StartsWith(_words[i], StringComparison.Ordinal))
                {
                    best = i;
                }
            }
        }
        else
        {
            for (var end = start + 1; end <= hints.Length && end - start <= _longest; end++)
            {
                if ((end == hints.Length || IsSeparator(hints[end])) && _rank.TryGetValue(hints.AsSpan(start, end - start), out var rank) && rank < best)
                {
                    best = rank;
                }
            }
        }

        return best == int.MaxValue ? null : _words[best];
    }

    private bool IsSeparator(char c) => Separators.Contains(c, StringComparison.Ordinal);
}

/// <summary>A word list of <c>html-content.json</c> (see <see cref="HintWords"/>).</summary>
internal sealed record HintWordsFile(string Separators, string[] Words, bool Prefix = false);
