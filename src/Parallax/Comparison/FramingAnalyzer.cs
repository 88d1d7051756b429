using System.Text.RegularExpressions;
using Parallax.Documents;
using Parallax.Facts;

namespace Parallax.Comparison;

/// <summary>
/// How each outlet frames the story, in its own voice: loaded and evaluative words, hedges, intensifiers and
/// emphasis found outside quoted speech (phrases from <c>Rules/Comparison/framing.json</c>), and omissions: facts
/// that the other sources agree on and this article leaves out. Every mark carries offsets into the clean text.
/// </summary>
public sealed class FramingAnalyzer
{
    /// <summary>The kind of a mark for a fact the article leaves out.</summary>
    public const string Omission = "omission";

    /// <summary>The kind of a mark for emphasis by form (exclamation marks, capitals).</summary>
    public const string Emphasis = "emphasis";

    private readonly ComparisonRules _rules;
    private readonly IReadOnlyList<(FramingKind Kind, Regex Pattern)> _kinds;
    private readonly Regex? _emphasis;

    public FramingAnalyzer(ComparisonRules? rules = null)
    {
        _rules = rules ?? ComparisonRules.Default;
        _kinds = _rules.CompileFraming();
        _emphasis = _rules.CompileEmphasis();
    }

    /// <summary>Marks of the outlet's own voice in one article, in text order; quoted speech is left out.</summary>
    public IReadOnlyList<FramingMark> Voice(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Voice(new ArticleView(0, article, _rules), []);
    }

    internal IReadOnlyList<FramingMark> Voice(ArticleView article, List<Diagnostic> diagnostics)
    {
        var marks = new List<FramingMark>();
        foreach (var (kind, pattern) in _kinds)
        {
            Collect(article, pattern, kind.Kind, kind.Note, marks, diagnostics);
        }

        if (_emphasis is not null)
        {
            Collect(article, _emphasis, Emphasis, _rules.EmphasisNote, marks, diagnostics);
        }

        return [.. marks
            .GroupBy(m => (m.Start, m.End))
            .Select(g => g.First())
            .OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Kind, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An omission mark for each article that does not mention a fact which two or more independent sources
    /// agree on (agreed or consistent). The mark has no span (0, 0); its note names the fact and who states it.
    /// </summary>
    public static IReadOnlyList<FramingMark> Omissions(IReadOnlyList<ComparedFact> facts, IReadOnlyList<ReportArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(articles);
        var labels = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Outlet ?? g.Key, StringComparer.Ordinal);
        var marks = new List<FramingMark>();
        foreach (var article in articles)
        {
            foreach (var fact in facts.Where(f => f.Status is FactStatus.Agreed or FactStatus.Consistent && f.Sources >= 2))
            {
                if (fact.Mentions.Any(m => string.Equals(m.Article, article.Id, StringComparison.Ordinal)))
                {
                    continue;
                }

                var who = string.Join(", ", fact.Mentions.Select(m => labels.GetValueOrDefault(m.Article, m.Article)).Distinct(StringComparer.Ordinal));
                marks.Add(new FramingMark(
                    article.Id,
                    Omission,
                    0,
                    0,
                    "",
                    $"leaves out the {fact.Kind.ToString().ToLowerInvariant()} that {fact.Sources} other sources report ({who}): {fact.Summary} [{fact.Id}]"));
            }
        }

        return marks;
    }

    private static void Collect(ArticleView article, Regex pattern, string kind, string note, List<FramingMark> marks, List<Diagnostic> diagnostics)
    {
        try
        {
            foreach (Match match in pattern.Matches(article.Text))
            {
                var (start, end) = (match.Index, match.Index + match.Length);
                if (match.Length == 0 || article.InsideQuote(start, end))
                {
                    continue;
                }

                marks.Add(new FramingMark(article.Id, kind, start, end, match.Value, note));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "comparison.framing-timeout", $"the search for {kind} marks timed out; the marks found before it stand", article.Id));
        }
    }
}
