using Parallax.Facts.Statements;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Events;

/// <summary>One trigger pattern's meaning: lemma, PLOVER category (or null), noun or verb, patient prepositions.</summary>
internal sealed record EventTrigger(string Lemma, string? Category, bool Noun, FrozenWords? PatientPrepositions, bool NounOfIsAgent);

/// <summary>The event rules of <c>Rules/Facts/events.json</c>: trigger patterns and the clause word lists.</summary>
internal sealed class EventRules
{
    private EventRules(File f, Tokenizer tokenizer)
    {
        var known = new HashSet<string>(f.Categories?.Keys.AsEnumerable() ?? [], StringComparer.Ordinal);
        var phrases = new List<(string, EventTrigger)>();
        foreach (var t in f.Triggers ?? [])
        {
            if (string.IsNullOrWhiteSpace(t.Lemma) || (t.Category is { } c && !known.Contains(c)))
            {
                throw new InvalidOperationException($"Rules/Facts/events.json: trigger '{t.Lemma}' has no lemma or an unknown category '{t.Category}'");
            }

            var patient = t.Patient is { Count: > 0 } list ? FactRuleFiles.Words(list) : null;
            phrases.AddRange((t.Verbs ?? []).Select(p => (p, new EventTrigger(t.Lemma, t.Category, false, patient, t.NounOfIsAgent ?? false))));
            phrases.AddRange((t.Nouns ?? []).Select(p => (p, new EventTrigger(t.Lemma, t.Category, true, patient, t.NounOfIsAgent ?? false))));
        }

        Triggers = new PhraseMatcher<EventTrigger>(phrases, tokenizer);
        NounForms = FactRuleFiles.Words((f.Triggers ?? []).SelectMany(t => t.Nouns ?? [])
            .Where(p => !p.Contains(' ', StringComparison.Ordinal)).SelectMany(p => p.Split('|')));
        Categories = known;
        VerbGroup = FactRuleFiles.Words(f.VerbGroup ?? []);
        BeForms = FactRuleFiles.Words(f.BeForms ?? []);
        Negations = FactRuleFiles.Words(f.Negations ?? []);
        Planned = FactRuleFiles.Words(f.Planned ?? []);
        Participles = FactRuleFiles.Words(f.Participles ?? []);
        Boundaries = FactRuleFiles.Words(f.ClauseBoundaries ?? []);
        Adjuncts = FactRuleFiles.Words(f.AdjunctPrepositions ?? []);
        Locatives = FactRuleFiles.Words(f.LocativePrepositions ?? []);
        Determiners = FactRuleFiles.Words(f.Determiners ?? []);
        Coordinators = FactRuleFiles.Words(f.Coordinators ?? []);
        ControlWords = FactRuleFiles.Words(f.ControlWords ?? []);
        IntentCategories = new HashSet<string>(f.IntentCategories ?? [], StringComparer.Ordinal);
        IntentWords = FactRuleFiles.Words(f.IntentWords ?? []);
        DemandWords = FactRuleFiles.Words(f.DemandWords ?? []);
        Pronouns = FactRuleFiles.Words(f.Pronouns ?? []);
        MaxArgumentTokens = f.MaxArgumentTokens ?? 12;
    }

    public PhraseMatcher<EventTrigger> Triggers { get; }

    public IReadOnlySet<string> Categories { get; }

    /// <summary>One-word noun triggers, for forms that are verbs as well ("aid", "supplies", "claims").</summary>
    public FrozenWords NounForms { get; }

    public FrozenWords VerbGroup { get; }

    public FrozenWords BeForms { get; }

    public FrozenWords Negations { get; }

    public FrozenWords Planned { get; }

    public FrozenWords Participles { get; }

    public FrozenWords Boundaries { get; }

    public FrozenWords Adjuncts { get; }

    public FrozenWords Locatives { get; }

    public FrozenWords Determiners { get; }

    public FrozenWords Coordinators { get; }

    public FrozenWords ControlWords { get; }

    /// <summary>Categories a stated intent turns into AGREE.</summary>
    public IReadOnlySet<string> IntentCategories { get; }

    public FrozenWords IntentWords { get; }

    public FrozenWords DemandWords { get; }

    public FrozenWords Pronouns { get; }

    public int MaxArgumentTokens { get; }

    public static EventRules Load(Tokenizer tokenizer) => new(FactRuleFiles.Read<File>("events.json"), tokenizer);

    private sealed record TriggerFile(string Lemma, string? Category, List<string>? Verbs, List<string>? Nouns, List<string>? Patient, bool? NounOfIsAgent);

    private sealed record File(
        Dictionary<string, string>? Categories,
        List<TriggerFile>? Triggers,
        List<string>? VerbGroup,
        List<string>? BeForms,
        List<string>? Negations,
        List<string>? Planned,
        List<string>? Participles,
        List<string>? ClauseBoundaries,
        List<string>? AdjunctPrepositions,
        List<string>? LocativePrepositions,
        List<string>? Determiners,
        List<string>? Coordinators,
        List<string>? ControlWords,
        List<string>? IntentCategories,
        List<string>? IntentWords,
        List<string>? DemandWords,
        List<string>? Pronouns,
        int? MaxArgumentTokens);
}
