using System.Globalization;

namespace Parallax.Facts.Tokens;

public enum TokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// One token of the clean text: [Start, End) offsets and the text. <see cref="NewlinesBefore"/> counts line
/// breaks in the white space before it (two or more: a paragraph break).
/// </summary>
internal sealed record Token(int Start, int End, string Text, TokenKind Kind, int NewlinesBefore, bool SpaceBefore)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && !Text.AsSpan().ContainsAnyInRange('a', 'z') && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool IsLowerWord => Kind == TokenKind.Word && char.IsLower(Text[0]);

    /// <summary>An ordinal number written in digits ("201st", "3rd").</summary>
    public bool IsOrdinal => Kind == TokenKind.Number && char.IsLetter(Text[^1]);

    /// <summary>The numeric value of a number token ("230,000" -> 230000), or null; read once, when the token is made.</summary>
    public double? Number { get; } = Kind == TokenKind.Number ? ValueOf(Text) : null;

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;

    private static double? ValueOf(string text) =>
        !char.IsLetter(text[^1]) && double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
