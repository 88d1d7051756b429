using Parallax.Facts.Quantities;

namespace Parallax.Facts.Quotes;

/// <summary>Verbs and cues of reported speech (Rules/Facts/attribution.json).</summary>
internal sealed class AttributionRules
{
    private sealed record File(
        List<string> SpeechVerbs,
        List<string> PostposedOnlyVerbs,
        List<string> SourceFirstCues,
        List<string> HearerVerbs,
        List<string> ContinuationCues,
        List<string> Pronouns,
        List<string> PersonPronouns,
        List<string> Definites,
        List<string> Complementizers,
        List<string> PostposedFollowers,
        List<string> RelativePronouns,
        List<string> StopBefore,
        List<string> Auxiliaries,
        List<string> SentenceAdverbs,
        List<string> ClauseOnlyVerbs,
        List<string> ClauseOpeners,
        List<string> NotSourceStart,
        List<string> NotContentStart);

    private AttributionRules(File f)
    {
        SpeechVerbs = FactRuleFiles.Words(f.SpeechVerbs);
        PostposedOnlyVerbs = FactRuleFiles.Words(f.PostposedOnlyVerbs);
        SourceFirstCues = PhraseTable<bool>.Of(f.SourceFirstCues.Select(c => KeyValuePair.Create(c, true)));
        HearerVerbs = FactRuleFiles.Words(f.HearerVerbs);
        ContinuationCues = FactRuleFiles.Words(f.ContinuationCues);
        Pronouns = FactRuleFiles.Words(f.Pronouns);
        PersonPronouns = FactRuleFiles.Words(f.PersonPronouns);
        Definites = FactRuleFiles.Words(f.Definites);
        Complementizers = FactRuleFiles.Words(f.Complementizers);
        StopBefore = FactRuleFiles.Words(f.StopBefore);
        PostposedFollowers = FactRuleFiles.Words(f.PostposedFollowers);
        RelativePronouns = FactRuleFiles.Words(f.RelativePronouns);
        Auxiliaries = FactRuleFiles.Words(f.Auxiliaries);
        SentenceAdverbs = FactRuleFiles.Words(f.SentenceAdverbs);
        ClauseOnlyVerbs = FactRuleFiles.Words(f.ClauseOnlyVerbs);
        ClauseOpeners = FactRuleFiles.Words(f.ClauseOpeners);
        NotSourceStart = FactRuleFiles.Words(f.NotSourceStart);
        NotContentStart = FactRuleFiles.Words(f.NotContentStart);
    }

    public static AttributionRules Load() => new(FactRuleFiles.Read<File>("attribution.json"));

    public FrozenWords SpeechVerbs { get; }

    /// <summary>Verbs of saying only right after a quote ("..." the article read).</summary>
    public FrozenWords PostposedOnlyVerbs { get; }

    public PhraseTable<bool> SourceFirstCues { get; }

    public FrozenWords HearerVerbs { get; }

    public FrozenWords ContinuationCues { get; }

    public FrozenWords Pronouns { get; }

    public FrozenWords PersonPronouns { get; }

    public FrozenWords Definites { get; }

    public FrozenWords Complementizers { get; }

    public FrozenWords StopBefore { get; }

    public FrozenWords PostposedFollowers { get; }

    public FrozenWords RelativePronouns { get; }

    /// <summary>Words between a source and its verb of saying ("Shoigu has also said"), skipped when finding the source.</summary>
    public FrozenWords Auxiliaries { get; }

    /// <summary>Capitalised words opening a sentence that are not part of a name ("Meanwhile, Tajik Foreign Minister X said").</summary>
    public FrozenWords SentenceAdverbs { get; }

    /// <summary>Verbs of saying only before a clause or a quote, not before "to" or a participle ("continued to make gains").</summary>
    public FrozenWords ClauseOnlyVerbs { get; }

    /// <summary>Words opening a subordinate clause before the subject ("Although ..., Clinton said"), skipped to its comma.</summary>
    public FrozenWords ClauseOpeners { get; }

    /// <summary>Lowercase words a source never starts with ("32% of Republican claims", "tweets early Friday saying").</summary>
    public FrozenWords NotSourceStart { get; }

    /// <summary>Words right after a verb of saying that make it a credit line, not a statement ("reported from Hawaii", "reporting by").</summary>
    public FrozenWords NotContentStart { get; }
}
