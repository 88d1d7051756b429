using Parallax.Facts.Tokens;
using Parallax.RuleData;

namespace Parallax.Facts.Statements;

/// <summary>
/// Hedges and evaluative words for statements: the framing lists of <c>Rules/Comparison/framing.json</c> (one
/// place for the words the comparison also marks) plus the additions and unnamed-source words of
/// <c>Rules/Facts/statements.json</c>.
/// </summary>
internal sealed class StatementRules
{
    private StatementRules(PhraseMatcher<string> hedges, PhraseMatcher<string> evaluative, FrozenWords unnamed)
    {
        Hedges = hedges;
        Evaluative = evaluative;
        UnnamedSourceWords = unnamed;
    }

    /// <summary>Hedge phrases; the value is the cue kind ("hedge").</summary>
    public PhraseMatcher<string> Hedges { get; }

    /// <summary>Evaluative phrases; the value is the framing kind ("loaded", "intensifier", "evaluative").</summary>
    public PhraseMatcher<string> Evaluative { get; }

    /// <summary>Words a source made only of is unnamed ("many", "some critics", "sources").</summary>
    public FrozenWords UnnamedSourceWords { get; }

    public static StatementRules Load(Tokenizer tokenizer)
    {
        var framing = RuleResources.Read<FramingFile>("Comparison", "framing.json");
        var own = FactRuleFiles.Read<StatementsFile>("statements.json");
        var hedgeKinds = new HashSet<string>(own.HedgeKinds ?? ["hedge"], StringComparer.Ordinal);
        var evaluativeKinds = new HashSet<string>(own.EvaluativeKinds ?? ["loaded"], StringComparer.Ordinal);
        var hedges = new List<(string, string)>();
        var evaluative = new List<(string, string)>();
        foreach (var kind in framing.Kinds ?? [])
        {
            var name = kind.Kind ?? "";
            var target = hedgeKinds.Contains(name) ? hedges : evaluativeKinds.Contains(name) ? evaluative : null;
            target?.AddRange((kind.Phrases ?? []).Select(p => (p, hedgeKinds.Contains(name) ? "hedge" : name)));
        }

        hedges.AddRange((own.Hedges ?? []).Select(p => (p, "hedge")));
        evaluative.AddRange((own.Evaluative ?? []).Select(p => (p, "evaluative")));
        return new StatementRules(
            new PhraseMatcher<string>(hedges, tokenizer, maxGap: 0),
            new PhraseMatcher<string>(evaluative, tokenizer, maxGap: 0),
            FactRuleFiles.Words(own.UnnamedSourceWords ?? []));
    }

    private sealed record FramingFile(List<FramingKindFile>? Kinds);

    private sealed record FramingKindFile(string? Kind, List<string>? Phrases);

    private sealed record StatementsFile(
        List<string>? HedgeKinds,
        List<string>? EvaluativeKinds,
        List<string>? Hedges,
        List<string>? Evaluative,
        List<string>? UnnamedSourceWords);
}
