using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;


namespace Parallax.Facts.Entities;

/// <summary>What kind of name a run is: person, organisation, group, place, from cues, heads and the name lists.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>A one-word group word or demonym ("Kurdish", "Sunni", "Iraqi").</summary>
    private bool IsGroupWord(IReadOnlyList<Token> t, int i) =>
        (rules.GroupWords.TryMatch(t, i, out _, out var end) && end == i + 1)
        || (places.TryMatch(t, i, out var entry, out end) && end == i + 1 && entry.Subtype == "demonym");

    /// <summary>A given name ("Phil") or an initial ("P.", "T.O'Gorman") opens a person's name.</summary>
    private bool PersonStart(Token token) =>
        token.IsCapitalized && (rules.GivenNames.Contains(token.Text)
            || (token.Text.Length >= 2 && token.Text[1] == '.' && (token.Text.Length == 2 || (char.IsUpper(token.Text[2]) && token.Text.Any(char.IsLower)))));

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
            if (rules.Roles.Contains(t[k].Lower.TrimEnd('.')) && run.End - (k + 1) is >= 1 and <= 3 && !rules.MiscHeads.Contains(last.Lower)
                && !Places(t, k + 1, run.End).Any(p => p.Start == k + 1 && p.End == run.End && !p.Entry.FromOpenData))
            {
                AddPlaces(layer, new Run(run.Start, k + 1), articleId, found);
                var role = layer.Text[t[run.Start].Start..t[k].End];
                found.Add(Mention(layer, new Run(k + 1, run.End), articleId, EntityKind.Person, null) with { Role = role });
                return true;
            }
        }

        // "Minneapolis-based", "Moscow-backed": a name joined to a lowercase word is a name-derived word (CoNLL-2003: MISC).
        if (size == 1 && IsNameCompound(t[run.Start].Text))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Other, null));
            return true;
        }

        // "Douglas & Lomason", "Bear Stearns & Co": names joined by an ampersand are a firm.
        if (HasAmpersand(t, run) || (run.End - run.Start <= 2 && rules.KnownOrganizations.Contains(t[run.Start].Text)))
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

        // "West Bank", "Soviet Union", "Russian Federation": a known place of two words or more ending in an
        // organisation's head word is the place.
        if (size >= 2 && HasHead(t, run, rules.OrgHeads) && places.TryMatch(t, run.Start, out var headedPlace, out var placeEnd) && placeEnd == run.End
            && (size == 2 || !headedPlace.FromOpenData))
        {
            AddPlaces(layer, run, articleId, found);
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

        // "Air France", "Statistics Canada", "Hong Kong Standard": a country or region of the own lists with other
        // capitalised words that are no place, people, role or place modifier ("Central", "Upper") is an organisation.
        if (strongPlaces > 0 && !wholePlace && !CoveredByPlaces(t, run, knownPlace) && NamedAfterPlace(layer, run, knownPlace))
        {
            found.Add(Mention(layer, run, articleId, EntityKind.Organization, null));
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

    /// <summary>The places of the run are no demonyms and the words outside them capitalised words that are no given name first, people, role, place modifier, acronym or sentence-opening common word.</summary>
    private bool NamedAfterPlace(TextLayer layer, Run run, List<(int Start, int End, PlaceEntry Entry)> placesInRun)
    {
        var t = layer.Tokens;
        if (_open.GivenNames.Contains(t[run.Start].Text) || rules.GivenNames.Contains(t[run.Start].Text))
        {
            return false;
        }

        var sentenceStart = layer.SentenceAt(run.Start).FirstToken;
        var k = run.Start;
        var others = 0;
        foreach (var (start, end, entry) in placesInRun.Append((run.End, run.End, null!)))
        {
            for (; k < start; k++)
            {
                if (!t[k].IsCapitalized || t[k].Text.Length < 2 || t[k].IsAllCaps || IsGroupWord(t, k) || rules.Roles.Contains(t[k].Lower)
                    || rules.PlaceModifiers.Contains(t[k].Lower) || (k == sentenceStart && _open.IsCommonWord(t[k].Lower)))
                {
                    return false;
                }

                others++;
            }

            if (entry is not null && entry.Subtype == "demonym")
            {
                return false;
            }

            k = Math.Max(k, end);
        }

        return others > 0;
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
        // "Neil Jordan": after a given name of the own list even a country can be a family name.
        if (IsAcronym(t, new Run(run.End - 1, run.End))
            || (!PersonStart(t[run.Start]) && Places(t, run.Start + 1, run.End).Any(p => !p.Entry.FromOpenData && p.Entry.Subtype != "region")))
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

    /// <summary>"Ontario-based": a capitalised part, a hyphen and a last part in lowercase letters.</summary>
    private static bool IsNameCompound(string text)
    {
        var hyphen = text.LastIndexOf('-');
        if (hyphen < 2 || hyphen > text.Length - 3 || !char.IsUpper(text[0]))
        {
            return false;
        }

        for (var k = hyphen + 1; k < text.Length; k++)
        {
            if (!char.IsAsciiLetterLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAmpersand(IReadOnlyList<Token> t, Run run)
    {
        for (var k = run.Start + 1; k < run.End - 1; k++)
        {
            if (t[k].IsPunct('&'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(IReadOnlyList<Token> t, Run run) =>
        run.End - run.Start == 1 && t[run.Start].IsAllCaps && t[run.Start].Text.Replace(".", "", StringComparison.Ordinal).Length is >= 2 and <= 6;
}
