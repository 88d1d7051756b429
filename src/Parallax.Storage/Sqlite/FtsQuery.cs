using System.Text;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// Turns what a user types into a safe FTS5 query: every run of letters and digits becomes a quoted term
/// (a trailing '*' keeps it a prefix term), all terms required. FTS5 operators and quotes in the input are
/// never interpreted, so no input makes the query fail.
/// </summary>
internal static class FtsQuery
{
    private const int MaxTerms = 32;

    /// <summary>The FTS5 query, or null when the input has no searchable word.</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var query = new StringBuilder();
        var terms = 0;
        var i = 0;
        while (i < input.Length && terms < MaxTerms)
        {
            if (!char.IsLetterOrDigit(input[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < input.Length && (char.IsLetterOrDigit(input[i]) || char.IsSurrogate(input[i]) || IsMark(input[i])))
            {
                i++;
            }

            query.Append(terms == 0 ? "\"" : " \"").Append(input, start, i - start).Append('"');
            if (i < input.Length && input[i] == '*')
            {
                query.Append('*');
            }

            terms++;
        }

        return terms == 0 ? null : query.ToString();
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
