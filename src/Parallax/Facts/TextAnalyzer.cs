using System.Text.RegularExpressions;
using Parallax.Documents;
using Parallax.Facts.Entities;
using Parallax.Facts.Events;
using Parallax.Facts.Quantities;
using Parallax.Facts.Quotes;
using Parallax.Facts.Sentences;
using Parallax.Facts.Statements;
using Parallax.Facts.Time;
using Parallax.Facts.Tokens;
using Parallax.Pipeline;

namespace Parallax.Facts;

/// <summary>The layers of the second text-analysis part, which a caller may leave out to save their time.</summary>
[Flags]
public enum AnalysisLayers
{
    /// <summary>Tokens, sentences, times, entities and quantities only: the layers every other one builds on.</summary>
    Basic = 0,

    /// <summary>Direct and indirect quotes with cue, source and speaker.</summary>
    Quotes = 1,

    /// <summary>The attribution status of each sentence (needs the quotes, which are then found too).</summary>
    Statements = 2,

    /// <summary>Who did what to whom, where and when.</summary>
    Events = 4,

    All = Quotes | Statements | Events,
}

/// <summary>Limits and data locations of the text-analysis stage.</summary>
public sealed record TextAnalyzerOptions
{
    /// <summary>Characters of clean text analysed; a longer text is analysed up to here and gets a warning.</summary>
    public int MaxTextLength { get; init; } = 2_000_000;

    /// <summary>The longest stretch between two quotation marks taken as one quote.</summary>
    public int MaxQuoteLength { get; init; } = 3_000;

    /// <summary>Which of the second-part layers to find; the basic ones are always found.</summary>
    public AnalysisLayers Layers { get; init; } = AnalysisLayers.All;

    /// <summary>Debian iso-codes' ISO 3166-1 list; when absent, the own country list of entities.json is used.</summary>
    public string? CountriesFile { get; init; } = "/usr/share/iso-codes/json/iso_3166-1.json";

    /// <summary>Debian iso-codes' ISO 3166-2 list (regions); optional.</summary>
    public string? SubdivisionsFile { get; init; } = "/usr/share/iso-codes/json/iso_3166-2.json";
}

/// <summary>
/// The text-analysis stage: tokens and sentences, then time expressions (TIMEX3), entities, quantities,
/// quotes, statements (attribution status per sentence) and events, each as spans into the article's clean
/// text. Pure and thread-safe once built (all rules are read in the constructor); linear passes over tokens,
/// so hostile input costs time in proportion to its length, which <see cref="TextAnalyzerOptions.MaxTextLength"/> bounds.
/// </summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _sentences;
    private readonly TimeRecognizer _times;
    private readonly QuantityExtractor _quantities;
    private readonly EntityRecognizer _entities;
    private readonly QuoteExtractor _quotes;
    private readonly StatementClassifier _statements;
    private readonly EventExtractor _events;

    public TextAnalyzer(TextAnalyzerOptions? options = null)
    {
        Options = options ?? new();
        var abbreviations = AbbreviationRules.Load();
        var numberRules = NumberRules.Load();
        var numbers = new NumberReader(numberRules);
        var timeRules = TimeRules.Load();
        var attribution = AttributionRules.Load();
        var entityRules = EntityRules.Load();
        var gazetteer = new Gazetteer(entityRules, Options.CountriesFile, Options.SubdivisionsFile);
        _tokenizer = new Tokenizer(abbreviations);
        _sentences = new SentenceSplitter(abbreviations);
        _times = new TimeRecognizer(new TimeExtractor(timeRules, numbers), new TimeResolver(timeRules));
        _quantities = new QuantityExtractor(numberRules, numbers);
        _entities = new EntityRecognizer(entityRules, gazetteer, attribution.SpeechVerbs);
        _quotes = new QuoteExtractor(attribution, new SpeakerResolver(attribution, entityRules));
        _statements = new StatementClassifier(StatementRules.Load(_tokenizer));
        _events = new EventExtractor(EventRules.Load(_tokenizer));
        UsesIsoCodes = gazetteer.FromIsoCodes;
    }

    public TextAnalyzerOptions Options { get; }

    /// <summary>Whether the iso-codes country list was found (otherwise only the own list names countries).</summary>
    public bool UsesIsoCodes { get; }

    public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default) => Analyze(article, null, cancellationToken);

    /// <summary>Analyses the article and adds each stage's time and allocations to <paramref name="profile"/> when given.</summary>
    public AnalyzedArticle Analyze(Article article, StageProfile? profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var diagnostics = new List<Diagnostic>();
        var text = article.Text;
        if (text.Length > Options.MaxTextLength)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "facts.text-too-long",
                $"the text has {text.Length} characters; only the first {Options.MaxTextLength} were analysed", article.SourceName));
            text = text[..Options.MaxTextLength];
        }

        DateOnly? anchor = article.Published is { } published ? DateOnly.FromDateTime(published.Value.DateTime) : null;
        if (anchor is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, "facts.no-anchor", "no publication date: relative dates keep relative values", article.SourceName));
        }

        try
        {
            var mark = profile is null ? default : StageProfile.Mark.Now();
            var tokens = _tokenizer.Tokenize(text, cancellationToken);
            mark = profile?.Add(AnalysisStage.Tokens, mark) ?? mark;
            var layer = _sentences.Split(text, tokens, cancellationToken);
            var sentences = layer.Sentences.Select(s => new Sentence(article.SpanOf(s.Start, s.End))).ToList();
            mark = profile?.Add(AnalysisStage.Sentences, mark) ?? mark;
            var (times, timeCandidates) = _times.Recognize(layer, article.Id, anchor, cancellationToken);
            if (layer.Dateline is { } line)
            {
                for (var k = 0; k < times.Count && times[k].Span.Start < line.End; k++)
                {
                    if (times[k].Span.Start >= line.Start && times[k].Span.End <= line.End)
                    {
                        times[k] = times[k] with { Function = "CREATION_TIME" };
                    }
                }
            }

            var taken = new bool[tokens.Count];
            foreach (var c in timeCandidates)
            {
                Array.Fill(taken, true, c.FirstToken, c.EndToken - c.FirstToken);
            }

            mark = profile?.Add(AnalysisStage.Time, mark) ?? mark;
            var entities = _entities.Recognize(layer, taken, article.Id, cancellationToken);
            mark = profile?.Add(AnalysisStage.Entities, mark) ?? mark;
            var quantities = _quantities.Extract(layer, taken, article.Id, cancellationToken);
            mark = profile?.Add(AnalysisStage.Quantities, mark) ?? mark;
            var layers = Options.Layers;
            var quoted = (layers & (AnalysisLayers.Quotes | AnalysisLayers.Statements)) != 0 ? QuoteSegments.Of(layer, Options.MaxQuoteLength) : null;
            var quotes = quoted is null ? [] : _quotes.Extract(layer, quoted, entities, taken, article.Id, cancellationToken);
            mark = profile?.Add(AnalysisStage.Quotes, mark) ?? mark;
            var statements = quoted is not null && layers.HasFlag(AnalysisLayers.Statements) ? _statements.Classify(layer, quoted, quotes, article.Id, cancellationToken) : [];
            mark = profile?.Add(AnalysisStage.Statements, mark) ?? mark;
            var events = layers.HasFlag(AnalysisLayers.Events) ? _events.Extract(layer, entities, times, taken, article.Id, cancellationToken) : [];
            profile?.Add(AnalysisStage.Events, mark);
            profile?.Count(text.Length);
            return new AnalyzedArticle(article, sentences, entities, quantities, times, quotes)
            {
                Statements = statements,
                Events = events,
                Diagnostics = diagnostics,
                Dateline = layer.Dateline is { } d ? article.SpanOf(d.Start, d.End) : null,
            };
        }
        catch (RegexMatchTimeoutException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "facts.timeout", $"a rule pattern timed out: {e.Pattern}", article.SourceName));
            return new AnalyzedArticle(article, [], [], [], [], []) { Diagnostics = diagnostics };
        }
    }
}
