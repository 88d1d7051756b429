using System.Collections.Frozen;
using System.Globalization;
using Parallax.Facts;

namespace Parallax.Stories;

/// <summary>
/// Builds <see cref="StoryFeatures"/> from an analysed article (entities and TIMEX3 dates from the text
/// stages), or from bare text with a light fallback: capitalised word runs inside sentences stand in for
/// entity names.
/// </summary>
public sealed class StoryFeatureExtractor
{
    /// <summary>Longest title kept when the title is taken from the first sentence.</summary>
    public const int MaxTitleChars = 200;

    private readonly FrozenSet<string> _stopWords;

    public StoryFeatureExtractor(FrozenSet<string>? stopWords = null) => _stopWords = stopWords ?? StoryRules.StopWords;

    public StoryFeatures From(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var words = Words.Tokenize(article.Text);

        // Without entities from the text stages (none found, or no entity stage configured) the capitalised
        // names stand in, as for bare text: otherwise names, the strongest story signal, would be lost.
        var entities = analyzed.Entities.Count > 0
            ? analyzed.Entities.Where(e => e.Kind != EntityKind.Place).Select(e => Name(e.Canonical)).Where(e => e.Length > 1).ToList()
            : CapitalisedNames(article.Text, words);
        var places = analyzed.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => Name(e.Canonical)).Where(e => e.Length > 1).ToList();
        var dates = analyzed.Times
            .Where(t => t.Type == TimexType.Date)
            .Select(t => ParseDay(t.Value))
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        var title = article.Title?.Value ?? FirstLine(article.Text);
        var times = analyzed.Times.Where(t => t.Type == TimexType.Date).SelectMany(t => TimeKeys(t.Value)).ToList();
        return new StoryFeatures(article.Id, title, article.Outlet?.Value, article.Published?.Value, Terms(words), entities, dates)
        {
            Places = places,
            Times = times,
        };
    }

    /// <summary>
    /// The keys of a TIMEX3 date value (TimeML 1.2.1, section 2.2: "2008-12-06", "2008-12", "2008", "XXXX-12-06"):
    /// its year, its year and month, and its month and day; unresolved parts ("XXXX") give no key.
    /// </summary>
    public static IEnumerable<string> TimeKeys(string timex)
    {
        var parts = timex.Split('-');
        var year = parts[0].Length == 4 && parts[0].All(char.IsAsciiDigit) ? parts[0] : null;
        var month = parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiDigit) ? parts[1] : null;
        var day = parts.Length > 2 && parts[2].Length >= 2 && parts[2][..2].All(char.IsAsciiDigit) ? parts[2][..2] : null;
        if (year is not null)
        {
            yield return year;
            if (month is not null)
            {
                yield return year + "-" + month;
            }
        }

        if (month is not null && day is not null)
        {
            yield return month + "-" + day;
        }
    }

    private static string Name(string canonical) => canonical.Trim().ToLowerInvariant();

    public StoryFeatures FromText(string id, string text, string? title = null, string? outlet = null, DateTimeOffset? published = null)
    {
        var words = Words.Tokenize(text);
        return new StoryFeatures(id, title ?? FirstLine(text), outlet, published, Terms(words), CapitalisedNames(text, words), []);
    }

    /// <summary>A TIMEX3 date value of day precision ("2021-07-28"), or null.</summary>
    public static DateOnly? ParseDay(string timex) =>
        timex.Length >= 10 && DateOnly.TryParseExact(timex[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private Dictionary<string, int> Terms(List<WordToken> words)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var key = WithoutPossessive(word.Lower);
            if (key.Length < 2 || _stopWords.Contains(key))
            {
                continue;
            }

            terms[key] = terms.GetValueOrDefault(key) + 1;
        }

        return terms;
    }

    private List<string> CapitalisedNames(string text, List<WordToken> words)
    {
        var names = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var startsSentence = i == 0 || SentenceBreakBetween(text, words[i - 1].End, word.Start);

            // A capitalised word opening a sentence is a name only when a name word follows it ("Water Minister Elena Varga").
            var nameFollows = i + 1 < words.Count && IsNameWord(text, words[i + 1]) && !SentenceBreakBetween(text, word.End, words[i + 1].Start);
            if (IsNameWord(text, word) && (!startsSentence || nameFollows))
            {
                run.Add(WithoutPossessive(word.Lower));
                continue;
            }

            Flush(run, names);
        }

        Flush(run, names);
        return names;
    }

    private bool IsNameWord(string text, WordToken word) =>
        word.Capitalized && !_stopWords.Contains(word.Lower) && char.IsLetter(text[word.Start]);

    /// <summary>"dam's" and "dam" are one feature.</summary>
    private static string WithoutPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) ? word[..^2] : word;

    private static void Flush(List<string> run, List<string> names)
    {
        if (run.Count > 0)
        {
            names.Add(string.Join(' ', run));
            run.Clear();
        }
    }

    private static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' or '"' or '\u201c' or ':')
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? trimmed : trimmed[..end]).Trim();
        return line.Length <= MaxTitleChars ? line : line[..MaxTitleChars];
    }
}
