using System.Collections.Frozen;

namespace Parallax.Facts.Tokens;

/// <summary>
/// The tokens a family of rules can start a match at: every number token, and words whose lower-case form,
/// that form without a final full stop ("Aug."), or its part before the first hyphen ("twenty-five",
/// "third-quarter") is listed. A stage tests a token with one set lookup and runs its rules only where they
/// can match, so the cost on ordinary words is a hash of the word, whatever the number of rules. The lists
/// come from the rules themselves; a superset is always safe (it only costs time), a missing word loses matches.
/// </summary>
internal sealed class StartWords(IEnumerable<string> words)
{
    private readonly FrozenSet<string> _words = words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans => _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Allows(Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        var lower = token.Lower;
        if (_words.Contains(lower))
        {
            return true;
        }

        if (lower.Length > 1 && lower[^1] == '.' && _words.Contains(lower.TrimEnd('.')))
        {
            return true;
        }

        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Spans.Contains(lower.AsSpan(0, dash));
    }
}
