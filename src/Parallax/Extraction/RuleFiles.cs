using System.Text.RegularExpressions;
using Parallax.RuleData;

namespace Parallax.Extraction;

/// <summary>Reads the embedded rule files of the extraction family and compiles their patterns.</summary>
internal static class RuleFiles
{
    /// <summary>
    /// How long one rule pattern may run on one line or attribute before it gives up. The timeout is wall-clock
    /// time, so it must leave room for a busy machine (a shorter one dropped whole articles under load); it is
    /// there to stop runaway backtracking, which takes far longer.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Deserialises <c>Rules/Extraction/&lt;file&gt;</c> from the assembly's resources.</summary>
    public static T Read<T>(string file) => RuleResources.Read<T>("Extraction", file);

    /// <summary>
    /// A case-insensitive, culture-invariant pattern with the rule timeout. Patterns are interpreted unless
    /// <paramref name="scansPages"/>: most run on a few short strings per page, and compiling them all (IL emitted, then
    /// JIT-compiled at first use, over 200 KB of IL for the extraction rules) cost more CPU than a whole batch of pages
    /// spends matching them; the few that scan a whole page's text are compiled.
    /// </summary>
    public static Regex Pattern(string pattern, bool ignoreCase = true, bool scansPages = false) => new(
        pattern,
        (scansPages ? RegexOptions.Compiled : RegexOptions.None) | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
        MatchTimeout);

    /// <summary>One pattern that matches when any of <paramref name="patterns"/> matches.</summary>
    public static Regex AnyOf(IEnumerable<string> patterns) => Pattern(string.Join('|', patterns.Select(p => "(?:" + p + ")")));
}
