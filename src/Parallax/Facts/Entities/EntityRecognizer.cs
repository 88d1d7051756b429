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
    private readonly OpenNameData _open = OpenNameData.Shared;
    private readonly NameIndex<EntityKind> _known = KnownNames.Shared;

    /// <summary>A run of name words; a weak run (a lone sentence-initial word) is a name only if it repeats a person's.</summary>
    private sealed record Run(int Start, int End, bool Weak = false);

    public List<EntityMention> Recognize(TextLayer layer, bool[] taken, string articleId, CancellationToken cancellationToken)
    {
        var t = layer.Tokens;
        var lowercase = new HashSet<string>(t.Where(x => x.IsLowerWord).Select(x => x.Text), StringComparer.Ordinal);
        var titleCase = new HashSet<string>(t.Where(x => x.IsCapitalized && !x.IsAllCaps).Select(x => x.Text), StringComparer.Ordinal);
        var runs = Runs(layer, taken, lowercase);
        var found = new List<EntityMention>();
        var pending = new List<Run>();
        var sports = IsSportsReport(t);
        foreach (var run in runs.SelectMany(r => SplitCoordinated(t, r)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (run.Weak || !Classify(layer, run, articleId, found, sports, titleCase))
            {
                pending.Add(run);
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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

        return Corefer(found, layer);
    }

    /// <summary>"Nasser Hussain and Peter Such": two names joined by "and" are two runs when the second starts like a person's name.</summary>
    private IEnumerable<Run> SplitCoordinated(IReadOnlyList<Token> t, Run run)
    {
        var start = run.Start;
        for (var k = run.Start + 1; k < run.End - 1; k++)
        {
            if (t[k].Is("and") && k > start && (PersonStart(t[k + 1]) || (IsGroupWord(t, k - 1) && IsGroupWord(t, k + 1))))
            {
                yield return new Run(start, k);
                start = k + 1;
            }
        }

        yield return start == run.Start ? run : new Run(start, run.End);
    }

    /// <summary>A one-word group word or demonym ("Kurdish", "Sunni", "Iraqi").</summary>
    private bool IsGroupWord(IReadOnlyList<Token> t, int i) =>
        (rules.GroupWords.TryMatch(t, i, out _, out var end) && end == i + 1)
        || (places.TryMatch(t, i, out var entry, out end) && end == i + 1 && entry.Subtype == "demonym");

    /// <summary>A given name ("Phil") or an initial ("P.", "T.O'Gorman") opens a person's name.</summary>
    private bool PersonStart(Token token) =>
        token.IsCapitalized && (rules.GivenNames.Contains(token.Text)
            || (token.Text.Length >= 2 && token.Text[1] == '.' && (token.Text.Length == 2 || (char.IsUpper(token.Text[2]) && token.Text.Any(char.IsLower)))));

    /// <summary>"( Britain )" right after a name: the way results tables give a player's country.</summary>
    private bool CountryInBrackets(IReadOnlyList<Token> t, int i) =>
        i + 2 < t.Count && t[i].IsPunct('(') && places.TryMatch(t, i + 1, out var entry, out var end) && entry.Subtype == "country"
        && end < t.Count && t[end].IsPunct(')');

    /// <summary>A score right after a name: a whole number on the same line, not a year ("Ulsan 2", "Essex 259").</summary>
    private static bool ScoreAfter(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].NewlinesBefore == 0 && t[i].Kind == TokenKind.Number && t[i].Text.Length <= 3 && !t[i].IsOrdinal;

    /// <summary>A word of the run is an ordinary word: lowercase in WordNet or in the article itself.</summary>
    private bool HasCommonWord(IReadOnlyList<Token> t, Run run, HashSet<string> lowercase)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (t[k].IsLowerWord || _open.IsCommonWord(t[k].Lower) || lowercase.Contains(t[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCaps(IReadOnlyList<Token> t, Run run)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (!t[k].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sports report: at least three sports words (a linear count over the tokens).</summary>
    private bool IsSportsReport(IReadOnlyList<Token> t)
    {
        var cues = 0;
        for (var k = 0; k < t.Count && cues < 3; k++)
        {
            if (t[k].IsWord && rules.SportsCues.Contains(t[k].Lower))
            {
                cues++;
            }
        }

        return cues >= 3;
    }

    /// <summary>
    /// In a sports report a region or city named as a side ("Essex beat Kent", "Leicestershire 22 points") is a team:
    /// an organisation (CoNLL-2003 guidelines). Countries stay places (national sides are LOC there), and so do venues
    /// ("at Headingley") and datelines ("LONDON 1996-08-30").
    /// </summary>
    private void SidesAsTeams(TextLayer layer, List<EntityMention> found)
    {
        var t = layer.Tokens;
        var k = 0;
        for (var m = 0; m < found.Count; m++)
        {
            var e = found[m];
            if (e.Kind != EntityKind.Place || e.Subtype is not ("region" or "city") || rules.NationRegions.Contains(e.Text))
            {
                continue;
            }

            while (k < t.Count && t[k].Start < e.Span.Start)
            {
                k++;
            }

            if (k >= t.Count || t[k].Start != e.Span.Start)
            {
                continue;
            }

            var last = k;
            while (last + 1 < t.Count && t[last + 1].End <= e.Span.End)
            {
                last++;
            }

            // A venue: after "at", "in"..., or a town in brackets after one ("at Lord 's , London )").
            var venue = k > 0 && ((t[k - 1].IsWord && rules.VenueCues.Contains(t[k - 1].Lower)) || (last + 1 < t.Count && t[last + 1].IsPunct(')')));
            var dateline = InDateline(layer, new Run(k, last + 1));
            if (!venue && !dateline)
            {
                found[m] = e with { Kind = EntityKind.Organization, Subtype = null };
            }
        }
    }

    /// <summary>The index of the token that starts at <paramref name="offset"/> (binary search).</summary>
    private static int TokenAt(IReadOnlyList<Token> t, int offset)
    {
        int lo = 0, hi = t.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (t[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The run is the place of a dateline: the one the sentence splitter found, or a line opening with a name
    /// and then a comma or a date ("LONDON 1996-08-30").</summary>
    private static bool InDateline(TextLayer layer, Run run)
    {
        var t = layer.Tokens;
        if (layer.Dateline is { } line && t[run.Start].Start >= line.Start && t[run.End - 1].End <= line.End)
        {
            return true;
        }

        var last = run.End - 1;
        return (run.Start == 0 || t[run.Start].NewlinesBefore > 0) && last + 1 < t.Count
            && (t[last + 1].IsPunct(',') || (t[last + 1].Kind == TokenKind.Number && t[last + 1].Text.Length == 4 && last + 2 < t.Count && t[last + 2].IsPunct('-')));
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
        var nameWord = new bool[t.Count];
        for (var k = 0; k < t.Count; k++)
        {
            nameWord[k] = IsNameWord(t[k], taken[k]) && !CommonInCapitals(t, k, lowercase, k > 0 && nameWord[k - 1] && t[k].NewlinesBefore == 0)
                && !(t[k].Text.Length == 1 && k > 0 && t[k - 1].IsPunct('\''));
        }

        while (i < t.Count)
        {
            if (!nameWord[i])
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            var j = i + 1;
            while (j < t.Count && t[j].NewlinesBefore == 0)
            {
                if (nameWord[j])
                {
                    end = j + 1;
                    j++;
                }
                else if (t[j].IsLowerWord && rules.Connectors.Contains(t[j].Lower) && j + 1 < t.Count && nameWord[j + 1])
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
                || (start == sentenceStart && lowercase.Contains(t[start].Text.ToLowerInvariant()) && !(start + 1 < end && rules.Roles.Contains(t[start + 1].Lower)))))
            {
                start++;
                while (start < end && t[start].IsLowerWord)
                {
                    start++;
                }
            }

            // "Later Nasser Hussain": a capitalised sentence opener before a given name is not part of the name.
            if (start == sentenceStart && end - start >= 3 && !PersonStart(t[start]) && PersonStart(t[start + 1]))
            {
                // "Australian Tom Moody": a known place or demonym opener is kept as a name of its own.
                if (places.TryMatch(t, start, out _, out var placeEnd) && placeEnd == start + 1)
                {
                    runs.Add(new Run(start, start + 1));
                }

                start++;
            }

            var weak = start == sentenceStart && end - start == 1 && !speechAfter(end);

            if (start < end)
            {
                runs.Add(new Run(start, end, weak));
            }

            i = Math.Max(j, i + 1);
        }

        return runs;

        bool speechAfter(int k) => k < t.Count && speechVerbs.Contains(t[k].Lower) || (k < t.Count && t[k].Is("'s")) || IsKnownPlace(t, k - 1);
    }

    private bool IsKnownPlace(IReadOnlyList<Token> t, int i) => places.TryMatch(t, i, out _, out _);

    /// <summary>
    /// "BASEBALL - MAJOR LEAGUE STANDINGS": in capitals, an ordinary word (WordNet's or lowercase in the article) is
    /// no name word unless a known place or name starts with it ("NEW YORK").
    /// </summary>
    private bool CommonInCapitals(IReadOnlyList<Token> t, int i, HashSet<string> lowercase, bool afterName)
    {
        var token = t[i];
        if (!token.IsAllCaps || !(_open.IsCommonWord(token.Lower) || lowercase.Contains(token.Lower)))
        {
            return false;
        }

        // "GREATER MILWAUKEE OPEN", "RUGBY UNION": a head word after a name word; "WORLD CUP": a known event.
        if ((afterName && (rules.MiscHeads.Contains(token.Lower) || rules.OrgHeads.Contains(token.Lower) || rules.TeamHeads.Contains(token.Lower)))
            || (rules.KnownEvents.TryMatch(t, i, out _, out var eventEnd) && eventEnd > i + 1))
        {
            return false;
        }

        return !(places.TryMatch(t, i, out var place, out var end) && (end > i + 1 || !place.FromOpenData))
            && !(_known.TryMatch(t, i, out _, out var nameEnd) && nameEnd > i + 1);
    }

    private static bool IsNameWord(Token token, bool taken) =>
        !taken && token.IsWord && (token.IsCapitalized || (token.Text.Length > 3 && token.Text[0] == 'a' && token.Text.StartsWith("al-", StringComparison.Ordinal)))
        && token.Text != "'s";

    /// <summary>Classifies a run into mentions; false when nothing is known about it yet.</summary>
    private bool Classify(TextLayer layer, Run run, string articleId, List<EntityMention> found, bool sports, HashSet<string> titleCase)
    {
        var t = layer.Tokens;
        var last = t[run.End - 1];
        var size = run.End - run.Start;

        // A role inside the run: "Water Minister Elena Varga"; the name after it is a person even when one of its
        // words is also a place ("Senator Mara Quill"), unless the place is all of it ("Governor Texas").
        for (var k = run.End - 2; k >= run.Start; k--)
        {
            if (rules.Roles.Contains(t[k].Lower.TrimEnd('.')) && run.End - (k + 1) is >= 1 and <= 3 && !Places(t, k + 1, run.End).Any(p => p.Start == k + 1 && p.End == run.End))
            {
                AddPlaces(layer, new Run(run.Start, k + 1), articleId, found);
                var role = layer.Text[t[run.Start].Start..t[k].End];
                found.Add(Mention(layer, new Run(k + 1, run.End), articleId, EntityKind.Person, null) with { Role = role });
                return true;
            }
        }

        if (run.End - run.Start <= 2 && rules.KnownOrganizations.Contains(t[run.Start].Text))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Organization, null));
            return true;
        }

        // An event or competition: a known one ("World Cup"), or a name ending in an event word ("U.S. Open").
        if ((rules.KnownEvents.TryMatch(t, run.Start, out _, out var eventEnd) && eventEnd == run.End)
            || (size >= 2 && rules.MiscHeads.Contains(last.Lower) && !rules.OrgHeads.Contains(t[run.End - 2].Lower)))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Other, null, "event"));
            return true;
        }

        // Peoples, religions and followers, alone or after a demonym ("Moslem", "Iraqi Kurds", "Bosnian Serbs").
        if (IsGroup(t, run))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Other, null, "group"));
            return true;
        }

        // A club in a sports report: a place with a club word ("Manchester City", "Dynamo Moscow"), or a place and
        // a plural nickname ("Baltimore Orioles").
        if (sports && size >= 2 && (rules.TeamHeads.Contains(last.Lower) || rules.TeamHeads.Contains(t[run.Start].Lower)
            || (last.Text.Length > 3 && last.Text[^1] == 's' && !last.IsAllCaps && IsKnownPlace(t, run.Start) && !IsKnownPlace(t, run.End - 1))))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Organization, null));
            return true;
        }

        if (HasHead(t, run, rules.OrgHeads) || IsAcronym(t, run))
        {
            // "NATO" is no town of the open lists; "BONN" in a dateline or also written "Bonn" is the city.
            if (!(IsAcronym(t, run) && places.TryMatch(t, run.Start, out var acronymPlace, out var e) && e == run.End
                && (!acronymPlace.FromOpenData || InDateline(layer, run) || titleCase.Contains(acronymPlace.Canonical.Split(' ')[0]))))
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
        var strongPlaces = knownPlace.Count(p => !p.Entry.FromOpenData);
        if (strongPlaces == 0 && size <= 3)
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

        // The whole run is one place of the own or iso-codes lists ("New York", "Bosnia and Herzegovina").
        var wholePlace = knownPlace.Count == 1 && knownPlace[0].Start == run.Start && knownPlace[0].End == run.End;
        if (wholePlace && !knownPlace[0].Entry.FromOpenData)
        {
            AddPlaces(layer, run, articleId, found);
            return true;
        }

        // A given name or an initial first ("Phil Simmons", "P. Simmons"), a family name last ("Sergen Yalcin"), or a
        // name in a results table ("Pete Sampras ( U.S. )"); a city of the open lists yields to a given name.
        if (size is >= 2 and <= 4 && LooksLikePerson(t, run) && !(wholePlace && !rules.GivenNames.Contains(t[run.Start].Text)))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Person, null));
            return true;
        }

        if (_known.TryMatch(t, run.Start, out var kind, out var nameEnd) && nameEnd == run.End)
        {
            found.Add(Mention(layer, run, articleId, kind, null));
            return true;
        }

        // Places that make up the whole run, or strong places in it ("Australian", "Moscow" in "Moscow Dynamo").
        if (knownPlace.Count > 0 && (strongPlaces > 0 || wholePlace || CoveredByPlaces(t, run, knownPlace)))
        {
            AddPlaces(layer, run, articleId, found);
            return true;
        }

        return false;
    }

    /// <summary>The run is a group word, or demonyms and group words with a group word or a plural demonym last.</summary>
    private bool IsGroup(IReadOnlyList<Token> t, Run run)
    {
        var k = run.Start;
        var lastIsGroup = false;
        while (k < run.End)
        {
            if (rules.GroupWords.TryMatch(t, k, out _, out var end) && end <= run.End)
            {
                lastIsGroup = true;
            }
            else if (places.TryMatch(t, k, out var entry, out end) && end <= run.End && entry.Subtype == "demonym")
            {
                lastIsGroup = end - k == 1 && t[k].Text.EndsWith('s') && k > run.Start;
            }
            else
            {
                return false;
            }

            k = end;
        }

        return lastIsGroup;
    }

    /// <summary>Places that fill the run, one after another or joined by "and" / "of" ("Roermond and Landgraaf").</summary>
    private static bool CoveredByPlaces(IReadOnlyList<Token> t, Run run, List<(int Start, int End, PlaceEntry Entry)> placesInRun)
    {
        var k = run.Start;
        foreach (var (start, end, _) in placesInRun)
        {
            if (start != k && !(start == k + 1 && t[k].IsLowerWord))
            {
                return false;
            }

            if (k != run.Start && start == k)
            {
                return false;
            }

            k = end;
        }

        return k == run.End;
    }

    /// <summary>
    /// A person's name by its words: a given name or an initial first, a known family name last after a word that is
    /// not an ordinary English word, or a country in brackets after it; no part of it a place of the own lists.
    /// </summary>
    private bool LooksLikePerson(IReadOnlyList<Token> t, Run run)
    {
        if (IsAcronym(t, new Run(run.End - 1, run.End)) || Places(t, run.Start + 1, run.End).Any(p => !p.Entry.FromOpenData && p.Entry.Subtype != "region"))
        {
            return false;
        }

        for (var k = run.Start; k < run.End; k++)
        {
            if (!t[k].IsCapitalized && !rules.Connectors.Contains(t[k].Lower))
            {
                return false;
            }
        }

        var first = t[run.Start];
        if (PersonStart(first) || (first.IsCapitalized && _open.GivenNames.Contains(first.Text) && !IsStrongPlace(t, run.Start)))
        {
            return true;
        }

        if (CountryInBrackets(t, run.End))
        {
            return true;
        }

        var last = t[run.End - 1];
        return _open.FamilyNames.Contains(last.Text) && !_open.CommonWords.Contains(first.Lower) && !IsStrongPlace(t, run.Start);
    }

    private bool IsStrongPlace(IReadOnlyList<Token> t, int i) => places.TryMatch(t, i, out var entry, out _) && !entry.FromOpenData;

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
            found.Add(PlaceMention(layer, new Run(start, end), articleId, entry));
        }
    }

    private static bool HasHead(IReadOnlyList<Token> t, Run run, FrozenWords heads)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            // "Corp." and "Corp" alike.
            if (heads.Contains(t[k].Lower.TrimEnd('.')) && (k == run.End - 1 || t[k + 1].IsLowerWord) && (run.End - run.Start > 1 || k == run.End - 1))
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
