using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Entities;

/// <summary>
/// Finds names in runs of capitalised words: persons (after a title or role, before a verb of saying, in
/// apposition with a role, or matching a person already found), organisations (ending in a head word like
/// "Ministry" or "Council", or acronyms), and places (countries, demonyms, regions and cities from the
/// gazetteer, names ending in a place head like "Dam", or after a place cue like "near"). Persons named by a
/// surname only corefer with the full name; an acronym in brackets after an organisation corefers with it.
/// </summary>
internal sealed class EntityRecognizer(EntityRules rules, Gazetteer places, FrozenWords speechVerbs)
{
    private sealed record Run(int Start, int End);

    public List<EntityMention> Recognize(TextLayer layer, bool[] taken, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var lowercase = new HashSet<string>(t.Where(x => x.IsLowerWord).Select(x => x.Text), StringComparer.Ordinal);
        var runs = Runs(layer, taken, lowercase);
        var found = new List<EntityMention>();
        var pending = new List<Run>();
        foreach (var run in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Classify(layer, run, articleId, found))
            {
                pending.Add(run);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in found.Where(e => e.Kind == EntityKind.Person))
        {
            names.Add(p.Text);
            names.Add(p.Text[(p.Text.LastIndexOf(' ') + 1)..]);
        }

        foreach (var run in pending)
        {
            var text = Text(layer, run);
            if (names.Contains(text))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Person, text));
            }
            else if (run.Start > 0 && rules.PlaceCues.TryMatch(t, PlaceCueStart(t, run.Start), out _, out var cueEnd) && cueEnd == run.Start)
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Place, text, "place"));
            }
            else if (run.End - run.Start > 1 && run.Start > layer.SentenceAt(run.Start).FirstToken)
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Other, text));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return Corefer(found, layer);
    }

    private static int PlaceCueStart(IReadOnlyList<Token> t, int runStart)
    {
        // Place cues are one or two words ("near", "town of").
        return runStart >= 2 && t[runStart - 1].Is("of") ? runStart - 2 : runStart - 1;
    }

    /// <summary>Runs of capitalised words (with connectors inside), not starting with a function word or a sentence-initial common word.</summary>
    private List<Run> Runs(TextLayer layer, bool[] taken, HashSet<string> lowercase)
    {
        var t = layer.Tokens;
        var runs = new List<Run>();
        var i = 0;
        while (i < t.Count)
        {
            if (!IsNameWord(t[i], taken[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            var j = i + 1;
            while (j < t.Count && t[j].NewlinesBefore == 0)
            {
                if (IsNameWord(t[j], taken[j]))
                {
                    end = j + 1;
                    j++;
                }
                else if (t[j].IsLowerWord && rules.Connectors.Contains(t[j].Lower) && j + 1 < t.Count && IsNameWord(t[j + 1], taken[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            var sentenceStart = layer.SentenceAt(start).FirstToken;
            while (start < end && (rules.NotNames.Contains(t[start].Text)
                || (start == sentenceStart && lowercase.Contains(t[start].Text.ToLowerInvariant()) && !(start + 1 < end && rules.Roles.Contains(t[start + 1].Lower)))
                || (start == sentenceStart && end - start == 1 && !speechAfter(end))))
            {
                start++;
                while (start < end && t[start].IsLowerWord)
                {
                    start++;
                }
            }

            if (start < end)
            {
                runs.Add(new Run(start, end));
            }

            i = Math.Max(j, i + 1);
        }

        return runs;

        bool speechAfter(int k) => k < t.Count && speechVerbs.Contains(t[k].Lower) || (k < t.Count && t[k].Is("'s")) || IsKnownPlace(t, k - 1);
    }

    private bool IsKnownPlace(IReadOnlyList<Token> t, int i) => places.TryMatch(t, i, out _, out _);

    private static bool IsNameWord(Token token, bool taken) =>
        !taken && token.IsWord && (token.IsCapitalized || (token.Text.Length > 3 && token.Text[0] == 'a' && token.Text.StartsWith("al-", StringComparison.Ordinal)))
        && token.Text != "'s";

    /// <summary>Classifies a run into mentions; false when nothing is known about it yet.</summary>
    private bool Classify(TextLayer layer, Run run, string articleId, List<EntityMention> found)
    {
        var t = layer.Tokens;
        var last = t[run.End - 1];

        // A role inside the run: "Water Minister Elena Varga".
        for (var k = run.End - 2; k >= run.Start; k--)
        {
            if (rules.Roles.Contains(t[k].Lower.TrimEnd('.')) && run.End - (k + 1) is >= 1 and <= 3 && !Places(t, k + 1, run.End).Any())
            {
                AddPlaces(layer, new Run(run.Start, k + 1), articleId, found);
                var role = layer.Text[t[run.Start].Start..t[k].End];
                found.Add(Mention(layer, new Run(k + 1, run.End), articleId, EntityKind.Person, null) with { Role = role });
                return true;
            }
        }

        if (HasHead(t, run, rules.OrgHeads) || IsAcronym(t, run))
        {
            if (!(IsAcronym(t, run) && places.TryMatch(t, run.Start, out _, out var e) && e == run.End))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Organization, null));
                return true;
            }
        }

        if (rules.PlaceHeads.Contains(last.Lower) && run.End - run.Start > 1)
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Place, null, "place"));
            return true;
        }

        // A lowercase role before the run: "foreign minister Sirojiddin Muhriddin", "his counterpart, Sherali Mirzo".
        var before = run.Start - 1;
        if (before >= 0 && t[before].IsPunct(','))
        {
            before--;
        }

        var knownPlace = Places(t, run.Start, run.End).ToList();
        var size = run.End - run.Start;
        if (knownPlace.Count == 0 && size <= 3)
        {
            if (before >= 0 && t[before].IsLowerWord && rules.Roles.Contains(t[before].Lower))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Person, null) with { Role = RoleBefore(layer, before) });
                return true;
            }

            if (run.End < t.Count && speechVerbs.Contains(t[run.End].Lower) && !t[run.End].Is("says") || Apposition(t, run.End) || (run.Start > 0 && t[run.Start - 1].Is("quoted")))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Person, null));
                return true;
            }
        }

        if (knownPlace.Count > 0)
        {
            AddPlaces(layer, run, articleId, found);
            return true;
        }

        return false;
    }

    private string RoleBefore(TextLayer layer, int roleToken)
    {
        var t = layer.Tokens;
        var start = roleToken;
        while (start > 0 && start > roleToken - 3 && t[start - 1].IsWord && !rules.NotNames.Contains(t[start - 1].Text) && !t[start - 1].Is("his") && !t[start - 1].Is("her")
            && !t[start - 1].Is("the") && !t[start - 1].Is("a") && !t[start - 1].Is("its") && !t[start - 1].Is("their") && !speechVerbs.Contains(t[start - 1].Lower))
        {
            start--;
        }

        return layer.Text[t[start].Start..t[roleToken].End];
    }

    /// <summary>"Name, the first deputy chief of ...": a comma, a determiner and a role within a few words.</summary>
    private bool Apposition(IReadOnlyList<Token> t, int i)
    {
        if (i + 2 >= t.Count || !t[i].IsPunct(',') || !(t[i + 1].Is("the") || t[i + 1].Is("a") || t[i + 1].Is("an") || t[i + 1].Is("who")))
        {
            return false;
        }

        for (var k = i + 2; k < Math.Min(t.Count, i + 7); k++)
        {
            if (rules.Roles.Contains(t[k].Lower) || (t[i + 1].Is("who") && speechVerbs.Contains(t[k].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<(int Start, int End, PlaceEntry Entry)> Places(IReadOnlyList<Token> t, int start, int end)
    {
        for (var k = start; k < end;)
        {
            if (places.TryMatch(t, k, out var entry, out var e) && e <= end)
            {
                yield return (k, e, entry);
                k = e;
            }
            else
            {
                k++;
            }
        }
    }

    private void AddPlaces(TextLayer layer, Run run, string articleId, List<EntityMention> found)
    {
        foreach (var (start, end, entry) in Places(layer.Tokens, run.Start, run.End))
        {
            found.Add(Mention(layer, new Run(start, end), articleId, EntityKind.Place, entry.Canonical, entry.Subtype));
        }
    }

    private static bool HasHead(IReadOnlyList<Token> t, Run run, FrozenWords heads)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (heads.Contains(t[k].Lower) && (k == run.End - 1 || t[k + 1].IsLowerWord) && (run.End - run.Start > 1 || k == run.End - 1))
            {
                return run.End - run.Start > 1 || t[k].IsCapitalized;
            }
        }

        return false;
    }

    private static bool IsAcronym(IReadOnlyList<Token> t, Run run) =>
        run.End - run.Start == 1 && t[run.Start].IsAllCaps && t[run.Start].Text.Replace(".", "", StringComparison.Ordinal).Length is >= 2 and <= 6;

    private static string Text(TextLayer layer, Run run) => layer.Text[layer.Tokens[run.Start].Start..layer.Tokens[run.End - 1].End];

    private static EntityMention Mention(TextLayer layer, Run run, string articleId, EntityKind kind, string? canonical, string? subtype = null)
    {
        var start = layer.Tokens[run.Start].Start;
        var end = layer.Tokens[run.End - 1].End;
        var text = layer.Text[start..end];
        return new EntityMention(new Span(articleId, start, end), text, kind, canonical ?? text, subtype);
    }

    /// <summary>Coreference within the article: a person's shorter name takes the longest full name that ends with it; "(TIP)" after an organisation takes its name.</summary>
    private static List<EntityMention> Corefer(List<EntityMention> found, TextLayer layer)
    {
        // Each word of a full name points at the longest full name with it: last words first, then first words.
        var byLast = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in found.Where(e => e.Kind == EntityKind.Person && e.Text.Contains(' ', StringComparison.Ordinal))
            .Select(e => e.Text).Distinct(StringComparer.Ordinal).OrderBy(n => n.Length))
        {
            byLast[name] = name;
            byLast[name[(name.LastIndexOf(' ') + 1)..]] = name;
            byFirst[name[..name.IndexOf(' ', StringComparison.Ordinal)]] = name;
        }

        var roles = found.Where(e => e.Kind == EntityKind.Person && e.Role is not null)
            .GroupBy(e => e.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            var e = found[k];
            if (e.Kind == EntityKind.Person)
            {
                var full = byLast.GetValueOrDefault(e.Text) ?? byFirst.GetValueOrDefault(e.Text)
                    ?? (e.Text.LastIndexOf(' ') is var space and > 0 ? byLast.GetValueOrDefault(e.Text[(space + 1)..]) : null);
                if (full is not null)
                {
                    found[k] = e with { Canonical = full, Role = e.Role ?? roles.GetValueOrDefault(full) };
                }
            }
            else if (e.Kind == EntityKind.Organization && k > 0 && found[k - 1].Kind == EntityKind.Organization
                && e.Span.Start - found[k - 1].Span.End is >= 1 and <= 3 && e.Span.Start > 0 && layer.Text[e.Span.Start - 1] == '(')
            {
                found[k] = e with { Canonical = found[k - 1].Canonical };
            }
        }

        return found;
    }
}
