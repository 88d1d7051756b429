using Parallax.Facts.Quantities;

namespace Parallax.Facts.Time;

/// <summary>Calendar words and cues for time expressions (Rules/Facts/time.json).</summary>
internal sealed class TimeRules
{
    private sealed record File(
        Dictionary<string, int> Months,
        List<string> AmbiguousMonths,
        Dictionary<string, int> Weekdays,
        Dictionary<string, string> PartsOfDay,
        Dictionary<string, int> RelativeDays,
        Dictionary<string, string> References,
        Dictionary<string, string> Units,
        Dictionary<string, int> Shifts,
        Dictionary<string, int> AgoWords,
        Dictionary<string, string> Mods,
        List<string> SetCues,
        Dictionary<string, string> SetWords,
        List<string> YearCues,
        List<int> YearRange,
        List<string> FutureCues,
        Dictionary<string, int> Quarters,
        List<string> MonthCues,
        List<string> PastCues,
        Dictionary<string, string> Seasons,
        Dictionary<string, double> HyphenAmounts,
        List<string> AmbiguousSeasons,
        List<string> SeasonPrepositions,
        List<string> SeasonCues,
        List<string> AmountFillers);

    private TimeRules(File f)
    {
        Months = Lower(f.Months);
        AmbiguousMonths = FactRuleFiles.Words(f.AmbiguousMonths);
        Weekdays = Lower(f.Weekdays);
        PartsOfDay = Lower(f.PartsOfDay);
        RelativeDays = Lower(f.RelativeDays);
        References = Lower(f.References);
        Units = Lower(f.Units);
        Shifts = Lower(f.Shifts);
        AgoWords = PhraseTable<int>.Of(f.AgoWords);
        Mods = PhraseTable<string>.Of(f.Mods);
        SetCues = FactRuleFiles.Words(f.SetCues);
        SetWords = Lower(f.SetWords);
        YearCues = FactRuleFiles.Words(f.YearCues);
        MinYear = f.YearRange[0];
        MaxYear = f.YearRange[1];
        FutureCues = FactRuleFiles.Words(f.FutureCues);
        PastCues = FactRuleFiles.Words(f.PastCues);
        Quarters = Lower(f.Quarters);
        MonthCues = FactRuleFiles.Words(f.MonthCues);
        Seasons = Lower(f.Seasons);
        HyphenAmounts = Lower(f.HyphenAmounts);
        AmbiguousSeasons = FactRuleFiles.Words(f.AmbiguousSeasons);
        SeasonPrepositions = FactRuleFiles.Words(f.SeasonPrepositions);
        SeasonCues = FactRuleFiles.Words(f.SeasonCues);
        AmountFillers = FactRuleFiles.Words(f.AmountFillers);
    }

    public static TimeRules Load() => new(FactRuleFiles.Read<File>("time.json"));

    public IReadOnlyDictionary<string, int> Months { get; }

    public FrozenWords AmbiguousMonths { get; }

    public IReadOnlyDictionary<string, int> Weekdays { get; }

    public IReadOnlyDictionary<string, string> PartsOfDay { get; }

    public IReadOnlyDictionary<string, int> RelativeDays { get; }

    public IReadOnlyDictionary<string, string> References { get; }

    public IReadOnlyDictionary<string, string> Units { get; }

    public IReadOnlyDictionary<string, int> Shifts { get; }

    public PhraseTable<int> AgoWords { get; }

    public PhraseTable<string> Mods { get; }

    public FrozenWords SetCues { get; }

    public IReadOnlyDictionary<string, string> SetWords { get; }

    public FrozenWords YearCues { get; }

    public int MinYear { get; }

    public int MaxYear { get; }

    public FrozenWords FutureCues { get; }

    public FrozenWords PastCues { get; }

    /// <summary>Quarter ordinals: 1-4, or 0 for the last completed quarter ("the latest quarter").</summary>
    public IReadOnlyDictionary<string, int> Quarters { get; }

    public FrozenWords MonthCues { get; }

    /// <summary>Seasons and their TIMEX3 codes ("summer" SU).</summary>
    public IReadOnlyDictionary<string, string> Seasons { get; }

    /// <summary>Words that give the amount of a hyphenated length of time besides numbers ("single-day", "half-hour").</summary>
    public IReadOnlyDictionary<string, double> HyphenAmounts { get; }

    /// <summary>Season words that are also common words ("fall", "spring"): a season only after <see cref="SeasonPrepositions"/>.</summary>
    public FrozenWords AmbiguousSeasons { get; }

    /// <summary>Prepositions before a season ("in summer", "during the winter").</summary>
    public FrozenWords SeasonPrepositions { get; }

    /// <summary>Other words before an unambiguous season ("the summer", "late autumn").</summary>
    public FrozenWords SeasonCues { get; }

    /// <summary>Words allowed between an amount and its unit ("six straight days", "two more weeks").</summary>
    public FrozenWords AmountFillers { get; }

    private static Dictionary<string, T> Lower<T>(Dictionary<string, T> d) =>
        d.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
}
