namespace Parallax.Extraction.Text;

/// <summary>
/// Tells a photo caption that belongs to the story from one left over from another story, by the share of
/// the caption's named (capitalised) words that the article body also uses.
/// </summary>
internal sealed class CaptionJudge(TextRules rules)
{
    public bool Belongs(string caption, IReadOnlySet<string> bodyNames)
    {
        var names = NamedWords(rules.CaptionCredit.Replace(caption, ""));
        if (names.Count < rules.CaptionMinNamedWords)
        {
            return false;
        }

        var shared = names.Count(bodyNames.Contains);
        return (double)shared / names.Count >= rules.CaptionBelongsOverlap;
    }

    /// <summary>Capitalised words that do not open a sentence, without possessive endings.</summary>
    public static HashSet<string> NamedWords(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?');
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (!sentenceStart && word.Length > 1 && char.IsUpper(word[0]))
            {
                names.Add(word);
            }

            sentenceStart = raw[^1] is '.' or '!' or '?' or ':';
        }

        return names;
    }
}
