using Parallax.Facts.Tokens;

namespace Parallax.Facts.Entities;

/// <summary>
/// A large, case-insensitive table of multi-word names matched against tokens, longest first. Keys are the
/// lowercased tokens of a name joined by one space; every leading part of a key is kept as a prefix, so a match
/// grows one token at a time and stops as soon as no name continues. Built once for a hundred thousand names
/// (a dictionary insert each), unlike <see cref="Quantities.PhraseTable{T}"/>.
/// </summary>
internal sealed class NameIndex<T>(int capacity = 0)
{
    private readonly Dictionary<string, T> _names = new(capacity, StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(capacity / 4, StringComparer.Ordinal);
    private readonly Tokenizer _tokenizer = new(AbbreviationRules.None);

    public int Count => _names.Count;

    /// <summary>Adds a name unless it is there already (the first one added wins).</summary>
    public void TryAdd(string name, T value)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            return;
        }

        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
        {
            _prefixes.Add(key[..space]);
        }

        _names.TryAdd(key, value);
    }

    /// <summary>The value of a name given as a string ("New York").</summary>
    public bool TryGet(string name, out T value) => _names.TryGetValue(Key(name), out value!);

    /// <summary>The longest name starting at token <paramref name="i"/> (words only, on one line).</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int i, out T value, out int end)
    {
        value = default!;
        end = i;
        if (i >= tokens.Count || tokens[i].Kind == TokenKind.Number)
        {
            return false;
        }

        var key = tokens[i].Lower;
        for (var j = i; ;)
        {
            if (_names.TryGetValue(key, out var v))
            {
                value = v;
                end = j + 1;
            }

            if (!_prefixes.Contains(key) || ++j >= tokens.Count || tokens[j].NewlinesBefore > 0)
            {
                break;
            }

            key = key + " " + tokens[j].Lower;
        }

        return end > i;
    }

    /// <summary>The lowercased words of <paramref name="name"/> joined by one space, split as the tokenizer splits text.</summary>
    private string Key(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return string.Join(' ', _tokenizer.Tokenize(name, CancellationToken.None).Select(t => t.Lower));
            }
        }

        // Letters and spaces only (most names): one space between words already needs no splitting.
        return name.Length > 0 && name[0] != ' ' && name[^1] != ' ' && !name.Contains("  ", StringComparison.Ordinal)
            ? name.ToLowerInvariant()
            : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
