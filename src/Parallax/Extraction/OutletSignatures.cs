using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>
/// Recognises the outlet's name in site furniture through general phrases ("A Message from {name}:",
/// "{name}'s website", "© 2024 {name}") read from <c>Rules/Extraction/outlet-signatures.json</c>.
/// </summary>
internal sealed class OutletSignatures
{
    private readonly (Regex Pattern, SearchValues<string>? AnyOf, int Weight)[] _patterns;
    private readonly FrozenSet<string> _reject;

    private OutletSignatures(SignatureFile file)
    {
        _patterns = [.. file.Patterns.Select(p => (
            RuleFiles.Pattern(p.Pattern.Replace("{name}", file.Name, StringComparison.Ordinal), ignoreCase: false),
            p.AnyOf is { Length: > 0 } anyOf ? SearchValues.Create(anyOf, StringComparison.Ordinal) : null,
            p.Weight))];
        _reject = file.RejectNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static OutletSignatures Load() => new(RuleFiles.Read<SignatureFile>("outlet-signatures.json"));

    /// <summary>The best-supported outlet name in <paramref name="lines"/>, or null when no signature matched.</summary>
    public string? Infer(IEnumerable<string> lines)
    {
        var votes = new Dictionary<string, (int Score, int First)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var line in lines)
        {
            foreach (var (pattern, anyOf, weight) in _patterns)
            {
                if (anyOf is not null && !line.AsSpan().ContainsAny(anyOf))
                {
                    continue;
                }

                foreach (Match m in pattern.Matches(line))
                {
                    var name = Clean(m.Groups["name"].Value);
                    if (name.Length < 2 || _reject.Contains(name))
                    {
                        continue;
                    }

                    var before = votes.TryGetValue(name, out var v) ? v : (0, order++);
                    votes[name] = (before.Item1 + weight, before.Item2);
                }
            }
        }

        return votes.Count == 0
            ? null
            : votes.OrderByDescending(v => v.Value.Score).ThenBy(v => v.Value.First).First().Key;
    }

    private static string Clean(string name) => name.Trim().TrimEnd('.', ',', ':', '\'', '’');

    private sealed record SignatureFile(string Name, PatternFile[] Patterns, string[] RejectNames);

    /// <summary>A pattern, its weight, and literals one of which a line must contain for the pattern to be tried.</summary>
    private sealed record PatternFile(string Pattern, int Weight, string[]? AnyOf);
}
