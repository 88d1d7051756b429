using Parallax.Documents;
using Parallax.Facts;
using Parallax.Hashing;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>Limits and data of the comparison stage; immutable and shared across runs.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Sentence pairs compared as claims per story; beyond it each article's claims are cut (with a diagnostic).</summary>
    public long MaxClaimPairs { get; init; } = 250_000;

    /// <summary>Quantity, date and quote mentions compared per kind and story (pairwise, so kept bounded).</summary>
    public int MaxMentionsPerKind { get; init; } = 3_000;

    /// <summary>Whether framing includes omissions (facts the others agree on that an article leaves out).</summary>
    public bool Omissions { get; init; } = true;

    /// <summary>The rule data; null for the embedded defaults.</summary>
    public ComparisonRules? Rules { get; init; }
}

/// <summary>
/// Compares the articles of one story: quantities, dates, quotes and sentence-level claims aligned across
/// articles and judged agreed / consistent / conflict / unique, with the framing of each outlet. Pure and
/// thread-safe; facts come out with stable ids, conflicts first, then agreed, consistent and unique, each group
/// in the order the facts first appear.
/// </summary>
public sealed class StoryComparer(ComparisonOptions? options = null) : IStoryComparer
{
    private readonly ComparisonRules _rules = options?.Rules ?? ComparisonRules.Default;
    private readonly Lazy<FramingAnalyzer> _framing = new(() => new FramingAnalyzer(options?.Rules ?? ComparisonRules.Default));

    public ComparisonOptions Options { get; } = options ?? new();

    public ComparisonReport Compare(Story? story, IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var diagnostics = new List<Diagnostic>();
        var views = articles.Where(a => a?.Article is not null).Select((a, i) => new ArticleView(i, a, _rules)).ToList();
        var reportArticles = views.Select(v => new ReportArticle(v.Id, v.Analyzed.Article.Outlet?.Value, v.Analyzed.Article.Title?.Value, v.Analyzed.Article.Url, v.Analyzed.Article.Published?.Value)).ToList();
        Check(views, diagnostics);
        CheckCaps(views, Options.MaxMentionsPerKind, diagnostics);

        var words = new ContentWords(_rules);
        var drafts = new List<FactDraft>();
        drafts.AddRange(new QuantityAligner(words).Align(views, Options.MaxMentionsPerKind));
        drafts.AddRange(new DateAligner(words).Align(views, Options.MaxMentionsPerKind));
        var quotes = QuoteAligner.Align(views, Options.MaxMentionsPerKind);
        var reported = quotes.Where(q => IsLoneReportedSpeech(views, q)).ToList();
        drafts.AddRange(quotes);
        var claims = new ClaimAligner(words).Align(views, Covered(views, drafts, reported), Options.MaxClaimPairs, diagnostics);
        drafts.AddRange(claims);
        var paraphrased = reported.Where(q => claims.Any(c => c.Status != FactStatus.Unique && Holds(c, q.Mentions[0]))).ToHashSet();
        drafts.RemoveAll(d => paraphrased.Contains(d)
            || (d.Kind == FactKind.Claim && d.Status == FactStatus.Unique && reported.Any(q => !paraphrased.Contains(q) && Holds(d, q.Mentions[0]))));

        var facts = Finish(drafts);
        var framing = views.SelectMany(v => _framing.Value.Voice(v, diagnostics)).ToList();
        if (Options.Omissions)
        {
            framing.AddRange(FramingAnalyzer.Omissions(facts, reportArticles));
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            order.TryAdd(view.Id, view.Index);
        }

        return new ComparisonReport(
            story?.Id,
            story?.Title,
            reportArticles,
            facts,
            [.. framing.OrderBy(m => order.GetValueOrDefault(m.Article)).ThenBy(m => m.Kind == FramingAnalyzer.Omission ? 1 : 0).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Note, StringComparer.Ordinal)])
        {
            IndependentSources = story?.IndependentSources ?? Drafting.SourceCount(views),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Sentences already compared: those holding a quote, and those whose numbers and dates several sources state.
    /// A sentence with a number or date of its own ("fined 2 million euros on Tuesday") stays a claim.
    /// </summary>
    private static HashSet<(int Article, int Sentence)> Covered(List<ArticleView> views, List<FactDraft> drafts, List<FactDraft> reported)
    {
        var loose = reported.Select(d => (d.Mentions[0].Article.Index, d.Mentions[0].Start)).ToHashSet();
        var covered = new HashSet<(int, int)>();
        foreach (var view in views)
        {
            foreach (var quote in view.Quotes.Where(q => !loose.Contains((view.Index, q.Content.Start))))
            {
                for (var i = 0; i < view.Sentences.Count; i++)
                {
                    if (view.Sentences[i].Start < quote.Content.End && quote.Content.Start < view.Sentences[i].End)
                    {
                        covered.Add((view.Index, i));
                    }
                }
            }
        }

        var shared = new HashSet<(int, int)>();
        var alone = new HashSet<(int, int)>();
        foreach (var draft in drafts)
        {
            foreach (var mention in draft.Mentions)
            {
                var sentence = mention.Article.SentenceIndexAt(mention.Start);
                if (sentence >= 0)
                {
                    (draft.Sources >= 2 ? shared : alone).Add((mention.Article.Index, sentence));
                }
            }
        }

        covered.UnionWith(shared.Except(alone));
        return covered;
    }

    /// <summary>
    /// Reported speech ("three people died, the fire service said") that no other outlet quotes in the same words:
    /// other outlets paraphrase such statements, so its sentence is also compared as a claim, and the quote is
    /// dropped when the claim finds a counterpart.
    /// </summary>
    private static bool IsLoneReportedSpeech(List<ArticleView> views, FactDraft draft) =>
        draft.Status == FactStatus.Unique
        && draft.Mentions.Count == 1
        && views[draft.Mentions[0].Article.Index].Quotes.Any(q => q.Kind == QuoteKind.Indirect && q.Content.Start == draft.Mentions[0].Start);

    private static bool Holds(FactDraft claim, DraftMention mention) =>
        claim.Mentions.Any(m => m.Article.Index == mention.Article.Index && m.Start <= mention.Start && mention.Start < m.End);

    /// <summary>Orders the drafts (status, first appearance, kind, value) and gives each a stable id.</summary>
    private static List<ComparedFact> Finish(List<FactDraft> drafts)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<ComparedFact>();
        foreach (var draft in drafts
            .OrderBy(d => Rank(d.Status))
            .ThenBy(d => d.First.Article).ThenBy(d => d.First.Start)
            .ThenBy(d => d.Kind)
            .ThenBy(d => d.Value, StringComparer.Ordinal))
        {
            var kind = draft.Kind.ToString().ToLowerInvariant();
            var id = kind + "-" + StableHash.Hex(StableHash.Of(kind + "\n" + draft.Value))[..12];
            for (var n = 2; !used.Add(id); n++)
            {
                id = kind + "-" + StableHash.Hex(StableHash.Of(kind + "\n" + draft.Value + "\n" + n))[..12];
            }

            var mentions = draft.Mentions.OrderBy(m => m.Article.Index).ThenBy(m => m.Start).ThenBy(m => m.End).Select(m => m.ToMention()).ToList();
            facts.Add(new ComparedFact(id, draft.Kind, draft.Summary, draft.Status, draft.Value, mentions, draft.Note) { Sources = draft.Sources });
        }

        return facts;
    }

    private static int Rank(FactStatus status) => status switch
    {
        FactStatus.Conflict => 0,
        FactStatus.Agreed => 1,
        FactStatus.Consistent => 2,
        _ => 3,
    };

    private static void CheckCaps(List<ArticleView> views, int cap, List<Diagnostic> diagnostics)
    {
        var counts = new (string Kind, int Count)[]
        {
            ("quantity", views.Sum(v => v.Analyzed.Quantities.Count)),
            ("date", views.Sum(v => v.Analyzed.Times.Count(t => t.Type is TimexType.Date or TimexType.Time))),
            ("quote", views.Sum(v => v.Quotes.Count)),
        };
        foreach (var (kind, count) in counts.Where(c => c.Count > cap))
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning,
                "comparison.mentions-capped",
                $"{count:N0} {kind} mentions in the story; only the first {cap:N0} (in article order) were compared"));
        }
    }

    private static void Check(List<ArticleView> views, List<Diagnostic> diagnostics)
    {
        var unanalyzed = views.Where(v => v.Unanalyzed).Select(v => v.Id).ToList();
        if (unanalyzed.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Info,
                "comparison.unanalyzed",
                $"{unanalyzed.Count} article(s) had no sentences or quotes from the text stages; each of their lines was compared as one statement: {string.Join(", ", unanalyzed)}"));
        }

        foreach (var view in views)
        {
            var a = view.Analyzed;
            var bad = a.Quantities.Count(q => !view.Valid(q.Span)) + a.Times.Count(t => !view.Valid(t.Span))
                + a.Quotes.Count(q => !view.Valid(q.Content)) + a.Sentences.Count(s => !view.Valid(s.Span));
            if (bad > 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "comparison.bad-span", $"{bad} mention(s) point outside the article's text and were left out", view.Id));
            }
        }

        if (views.Count > 0 && Drafting.SourceCount(views) < 2)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, "comparison.single-source", "all articles come from one source: every fact is unique"));
        }
    }
}
