using Parallax.Documents;
using Parallax.Facts.Sentences;

namespace Parallax.Facts.Entities;

/// <summary>
/// Finds names in runs of capitalised words: persons (after a title or role, before a verb of saying, in
/// apposition with a role, or matching a person already found), organisations (ending in a head word like
/// "Ministry" or "Council", or acronyms), and places (countries, demonyms, regions and cities from the
/// gazetteer, names ending in a place head like "Dam", or after a place cue like "near"). Persons named by a
/// surname only corefer with the full name; an acronym in brackets after an organisation corefers with it.
/// </summary>
internal sealed partial class EntityRecognizer(EntityRules rules, Gazetteer places, FrozenWords speechVerbs)
{
    private readonly OpenNameData _open = OpenNameData.Shared;
    private readonly NameIndex<EntityKind> _known = KnownNames.Shared;

    /// <summary>A run of name words; a weak run (a lone sentence-initial word) is a name only if it repeats a person's.</summary>
    private sealed record Run(int Start, int End, bool Weak = false);


    public List<EntityMention> Recognize(TextLayer layer, bool[] taken, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var lowercase = new HashSet<string>(t.Count, StringComparer.Ordinal);
        var titleCase = new HashSet<string>(t.Count / 4, StringComparer.Ordinal);
        foreach (var x in t)
        {
            if (x.IsLowerWord)
            {
                lowercase.Add(x.Text);
            }
            else if (x.IsCapitalized && !x.IsAllCaps)
            {
                titleCase.Add(x.Text);
            }
        }

        var runs = Runs(layer, taken, lowercase);
        var found = new List<EntityMention>();
        var pending = new List<Run>();
        var sports = IsSportsReport(t);
        var cued = new HashSet<string>(StringComparer.Ordinal);
        var strong = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs.SelectMany(r => SplitCoordinated(layer, r)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (run.End - run.Start == 1 && PersonCue(t, run.Start) is var cue and not PersonCueKind.None)
            {
                (cue == PersonCueKind.Strong ? strong : cued).Add(t[run.Start].Text);
            }

            if (run.Weak || !Classify(layer, run, articleId, found, sports, titleCase))
            {
                pending.Add(run);
            }
        }

        var names = new HashSet<string>(strong, StringComparer.OrdinalIgnoreCase);
        cued.UnionWith(strong);
        foreach (var p in found.Where(e => e.Kind == EntityKind.Person))
        {
            names.Add(p.Text);
            names.Add(p.Text[(p.Text.LastIndexOf(' ') + 1)..]);
        }

        // The same name found elsewhere in the article keeps its class; so does the first word of an organisation's name.
        var typed = new Dictionary<string, EntityMention>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in found.Where(e => e.Kind != EntityKind.Person))
        {
            typed.TryAdd(e.Text, e);
            var space = e.Text.IndexOf(' ', StringComparison.Ordinal);
            if (e.Kind == EntityKind.Organization && space > 2 && !_open.CommonWords.Contains(e.Text[..space].ToLowerInvariant())
                && !places.TryMatch(layer.Tokens, TokenAt(layer.Tokens, e.Span.Start), out _, out _))
            {
                typed.TryAdd(e.Text[..space], e);
            }
        }

        // Single capitalised words not known as anything: a surname used again once its full name is given.
        var lone = new HashSet<string>(pending.Where(r => r.End - r.Start == 1).Select(r => t[r.Start].Text), StringComparer.Ordinal);
        foreach (var run in pending)
        {
            var text = Text(layer, run);
            if (names.Contains(text))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Person, text));
            }
            else if (typed.TryGetValue(text, out var same))
            {
                found.Add(Mention(layer, run, articleId, same.Kind, same.Canonical, same.Subtype));
            }
            else if (run.Weak && !(sports && ScoreAfter(t, run.End)))
            {
                continue;
            }
            else if (places.TryMatch(t, run.Start, out var city, out var cityEnd) && cityEnd == run.End)
            {
                // A city of the open lists that is not a person's name used in the article.
                found.Add(PlaceMention(layer, run, articleId, city));
            }
            else if (sports && run.Start > 0 && !AllCaps(t, run) && (t[run.Start - 1].Is("b") || t[run.Start - 1].Is("c") || t[run.Start - 1].Is("st")))
            {
                // "Healy c Ranatunga b Muralitharan 8": a cricket scorecard names the catcher and the bowler after "c", "st" and "b".
                found.Add(Mention(layer, run, articleId, EntityKind.Person, text));
            }
            else if (sports && ScoreAfter(t, run.End) && !AllCaps(t, run))
            {
                // "Pohang 3 Ulsan 2": in a sports report an unknown name before a score is a side.
                found.Add(Mention(layer, run, articleId, EntityKind.Organization, text));
            }
            else if (sports && run.Start > 0 && t[run.Start - 1].Is("at"))
            {
                // "at Headingley": in a sports report an unknown name after "at" is the venue.
                found.Add(Mention(layer, run, articleId, EntityKind.Place, text, "place"));
            }
            else if (run.Start > 0 && rules.PlaceCues.TryMatch(t, PlaceCueStart(t, run.Start), out _, out var cueEnd) && cueEnd == run.Start)
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Place, text, "place"));
            }
            else if (run.End - run.Start == 2 && !AllCaps(t, run) && (sports || lone.Contains(t[run.End - 1].Text)))
            {
                // "Leander Paes": two name words in a sports report are a player; elsewhere, when the last word
                // also stands alone in the article ("... Camacho took"), a person named again by surname.
                found.Add(Mention(layer, run, articleId, EntityKind.Person, text));
                names.Add(t[run.End - 1].Text);
            }
            else if (run.End - run.Start > 1 && !AllCaps(t, run) && !HasCommonWord(t, run, lowercase))
            {
                // "Aslan Maskhadov": capitalised words that are no ordinary words, most often a person's name.
                found.Add(Mention(layer, run, articleId, EntityKind.Person, text));
            }
            else if (run.End - run.Start > 1 && run.Start > layer.SentenceAt(run.Start).FirstToken && !AllCaps(t, run))
            {
                found.Add(Mention(layer, run, articleId, EntityKind.Other, text));
            }
            else if (run.End - run.Start == 1 && !t[run.Start].IsAllCaps && !_open.CommonWords.Contains(t[run.Start].Lower) && !lowercase.Contains(t[run.Start].Lower))
            {
                // One capitalised word that is no ordinary word and nothing known: in a sports report most often a
                // player (a plural is a team's nickname); elsewhere a family name makes a person, anything else is
                // most often an organisation ("Pirelli", "Rabobank").
                var person = sports ? !text.EndsWith('s') : _open.FamilyNames.Contains(text);
                found.Add(Mention(layer, run, articleId, person ? EntityKind.Person : EntityKind.Organization, text));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        if (sports)
        {
            SidesAsTeams(layer, found);
        }

        SurnamesAsPersons(layer, found, cued, strong);
        NounCues(layer, found);

        return Corefer(found, layer);
    }

    private static string Text(TextLayer layer, Run run) => layer.Text[layer.Tokens[run.Start].Start..layer.Tokens[run.End - 1].End];

    private static EntityMention Mention(TextLayer layer, Run run, string articleId, EntityKind kind, string? canonical, string? subtype = null)
    {
        var start = layer.Tokens[run.Start].Start;
        var end = layer.Tokens[run.End - 1].End;
        var text = layer.Text[start..end];
        return new EntityMention(new Span(articleId, start, end), text, kind, canonical ?? text, subtype);
    }

    /// <summary>A place with what the gazetteer knows of it: canonical name, kind, country code and coordinates.</summary>
    private static EntityMention PlaceMention(TextLayer layer, Run run, string articleId, PlaceEntry entry) =>
        Mention(layer, run, articleId, EntityKind.Place, entry.Canonical, entry.Subtype) with
        {
            Country = entry.Country,
            Coordinates = entry.Latitude is { } lat && entry.Longitude is { } lon ? (lat, lon) : null,
        };

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
