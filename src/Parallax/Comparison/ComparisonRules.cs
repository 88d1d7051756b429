using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Parallax.Facts;
using Parallax.RuleData;

namespace Parallax.Comparison;

/// <summary>How far a stated quantity may lie from its number, as fractions of it (null: unbounded).</summary>
public sealed record Tolerance(double? Below, double? Above, bool Exclusive = false);

/// <summary>One family of framing phrases ("hedge", "loaded", "intensifier") and the note each mark carries.</summary>
public sealed record FramingKind(string Kind, string Note, IReadOnlyList<string> Phrases);

/// <summary>
/// The rule data of the comparison stage (embedded <c>Rules/Comparison/*.json</c>): words, quantity tolerances,
/// claim thresholds and framing phrases. Immutable once loaded; <see cref="Default"/> is shared and thread-safe.
/// </summary>
public sealed class ComparisonRules
{
    private static readonly Lazy<ComparisonRules> Shared = new(Load);

    /// <summary>
    /// How long one comparison pattern may run on one text. Wider than extraction's: these run once per article
    /// on its whole text, and a loaded machine must not change a report by timing out.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    public static ComparisonRules Default => Shared.Value;

    public required FrozenSet<string> StopWords { get; init; }
    public required IReadOnlyList<string> Suffixes { get; init; }
    public int MinStem { get; init; } = 3;
    public required FrozenSet<string> Negations { get; init; }

    /// <summary>Counted noun (lowercase) to the name of its class (the first noun of the class).</summary>
    public required FrozenDictionary<string, string> CountedClasses { get; init; }

    public required FrozenDictionary<Approximation, Tolerance> Tolerances { get; init; }
    public int RoundedTrailingZeros { get; init; } = 3;
    public double RoundedRelative { get; init; } = 0.05;

    public double MatchThreshold { get; init; } = 0.4;
    public double AgreedThreshold { get; init; } = 0.75;
    public double ClusterThreshold { get; init; } = 0.3;
    public int MinShared { get; init; } = 3;
    public int MinContentWords { get; init; } = 4;
    public double ContextThreshold { get; init; } = 0.2;
    public int ContextMinShared { get; init; } = 2;

    /// <summary>The context overlap (Dice) two incompatible values need before they are called a conflict.</summary>
    public double ConflictThreshold { get; init; } = 0.5;
    public int ContextWords { get; init; } = 8;

    public required IReadOnlyList<FramingKind> FramingKinds { get; init; }
    public required string EmphasisNote { get; init; }
    public required IReadOnlyList<string> EmphasisPatterns { get; init; }
    public required IReadOnlyList<(string Open, string Close)> QuoteMarks { get; init; }
    public int MaxQuoteChars { get; init; } = 2000;

    /// <summary>Tolerance of an approximation; exact when the data does not name it.</summary>
    public Tolerance ToleranceOf(Approximation approximation) =>
        Tolerances.TryGetValue(approximation, out var t) ? t : new Tolerance(0, 0);

    /// <summary>One compiled pattern per framing kind: whole words, any whitespace between words, longest phrase first.</summary>
    internal IReadOnlyList<(FramingKind Kind, Regex Pattern)> CompileFraming() =>
    [
        .. FramingKinds.Where(k => k.Phrases.Count > 0).Select(k => (k, Pattern(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', k.Phrases.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
                .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + @")(?![\p{L}\p{N}])"))),
    ];

    internal Regex? CompileEmphasis() =>
        EmphasisPatterns.Count == 0 ? null : new Regex(
            string.Join('|', EmphasisPatterns.Select(p => "(?:" + p + ")")),
            RegexOptions.Compiled | RegexOptions.CultureInvariant,
            MatchTimeout);

    internal static Regex Pattern(string pattern, bool ignoreCase = true) => new(
        pattern,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
        MatchTimeout);

    public static ComparisonRules Load()
    {
        var words = Read<WordsFile>("words.json");
        var quantities = Read<QuantitiesFile>("quantities.json");
        var claims = Read<ClaimsFile>("claims.json");
        var framing = Read<FramingFile>("framing.json");

        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in words.CountedClasses ?? [])
        {
            if (group.Count == 0)
            {
                continue;
            }

            var name = group[0].Trim().ToLowerInvariant();
            foreach (var member in group)
            {
                classes.TryAdd(member.Trim().ToLowerInvariant(), name);
            }
        }

        var tolerances = new Dictionary<Approximation, Tolerance>();
        foreach (var (key, value) in quantities.Tolerances ?? [])
        {
            if (Enum.TryParse<Approximation>(key, ignoreCase: true, out var approximation))
            {
                tolerances[approximation] = new Tolerance(value.Below, value.Above, value.Exclusive);
            }
        }

        return new ComparisonRules
        {
            StopWords = Lower(words.StopWords),
            Suffixes = [.. (words.Suffixes ?? []).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)],
            MinStem = words.MinStem ?? 3,
            Negations = Lower(words.Negations),
            CountedClasses = classes.ToFrozenDictionary(StringComparer.Ordinal),
            Tolerances = tolerances.ToFrozenDictionary(),
            RoundedTrailingZeros = quantities.RoundedTrailingZeros ?? 3,
            RoundedRelative = quantities.RoundedRelative ?? 0.05,
            MatchThreshold = claims.MatchThreshold ?? 0.4,
            AgreedThreshold = claims.AgreedThreshold ?? 0.75,
            ClusterThreshold = claims.ClusterThreshold ?? 0.3,
            MinShared = claims.MinShared ?? 3,
            MinContentWords = claims.MinContentWords ?? 4,
            ContextThreshold = claims.ContextThreshold ?? 0.2,
            ContextMinShared = claims.ContextMinShared ?? 2,
            ConflictThreshold = claims.ConflictThreshold ?? 0.5,
            ContextWords = claims.ContextWords ?? 8,
            FramingKinds = [.. (framing.Kinds ?? []).Select(k => new FramingKind(k.Kind ?? "framing", k.Note ?? "", k.Phrases ?? []))],
            EmphasisNote = framing.Emphasis?.Note ?? "emphasis",
            EmphasisPatterns = framing.Emphasis?.Patterns ?? [],
            QuoteMarks = [.. (framing.QuoteMarks ?? []).Where(p => p.Count == 2).Select(p => (p[0], p[1]))],
            MaxQuoteChars = framing.MaxQuoteChars ?? 2000,
        };
    }

    private static FrozenSet<string> Lower(IEnumerable<string>? words) =>
        (words ?? []).Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    private static T Read<T>(string file) => RuleResources.Read<T>("Comparison", file);

    private sealed record WordsFile(List<string>? StopWords, List<string>? Suffixes, int? MinStem, List<string>? Negations, List<List<string>>? CountedClasses);

    private sealed record ToleranceEntry(double? Below, double? Above, bool Exclusive);

    private sealed record QuantitiesFile(Dictionary<string, ToleranceEntry>? Tolerances, int? RoundedTrailingZeros, double? RoundedRelative);

    private sealed record ClaimsFile(double? MatchThreshold, double? AgreedThreshold, double? ClusterThreshold, int? MinShared, int? MinContentWords, double? ContextThreshold, int? ContextMinShared, double? ConflictThreshold, int? ContextWords);

    private sealed record FramingKindEntry(string? Kind, string? Note, List<string>? Phrases);

    private sealed record EmphasisEntry(string? Note, List<string>? Patterns);

    private sealed record FramingFile(List<FramingKindEntry>? Kinds, EmphasisEntry? Emphasis, List<List<string>>? QuoteMarks, int? MaxQuoteChars);
}
