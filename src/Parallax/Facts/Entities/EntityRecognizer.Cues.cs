using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Entities;

/// <summary>Evidence from the rest of the article: person cues, surnames of full names, and nouns beside a name.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>How a word is used like a person's name: before a verb of saying (firms say things too), or with an age or role.</summary>
    private enum PersonCueKind
    {
        None,
        Speech,
        Strong,
    }

    /// <summary>
    /// "Neil Jordan ... Jordan said": one word that is also the last word of a person's full name in the article is
    /// that person, even when it is also a place or firm elsewhere, unless a place preposition comes before it.
    /// </summary>
    private void SurnamesAsPersons(TextLayer layer, List<EntityMention> found, HashSet<string> cued, HashSet<string> strong)
    {
        HashSet<string>? surnames = null;
        var t = layer.Tokens;
        foreach (var e in found)
        {
            // A word with a person's cue somewhere in the article, unless a place of the own lists: a town of the open
            // lists before a verb of saying ("Wang said"), any name with an age or after a role ("Wang , 45 ,").
            if ((e.Kind == EntityKind.Place ? cued : strong).Contains(e.Text) && e.Kind is EntityKind.Place or EntityKind.Organization
                && !IsStrongPlace(t, TokenAt(t, e.Span.Start)))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text);
            }
        }

        foreach (var e in found)
        {
            if (e.Kind == EntityKind.Person && e.Text.LastIndexOf(' ') is var space and > 0 && FirstNameOfPerson(layer, e))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text[(space + 1)..]);
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (var m = 0; m < found.Count; m++)
        {
            var e = found[m];
            if (e.Kind is EntityKind.Place or EntityKind.Organization && surnames.Contains(e.Text))
            {
                var k = TokenAt(t, e.Span.Start);
                if (k == 0 || !(t[k - 1].IsWord && (rules.VenueCues.Contains(t[k - 1].Lower) || t[k - 1].Is("of"))))
                {
                    found[m] = e with { Kind = EntityKind.Person, Subtype = null, Country = null, Coordinates = null };
                }
            }
        }
    }

    /// <summary>
    /// A word used the way a person is: before a verb of saying ("Wang said"), with an age in commas ("Wang , 45 ,"),
    /// or after a lowercase role ("coach Lobanovsky").
    /// </summary>
    private PersonCueKind PersonCue(IReadOnlyList<Token> t, int i)
    {
        if (i + 1 < t.Count && t[i + 1].IsWord && speechVerbs.Contains(t[i + 1].Lower) && !t[i].IsAllCaps)
        {
            return PersonCueKind.Speech;
        }

        if (i + 3 < t.Count && t[i + 1].IsPunct(',') && t[i + 2].Kind == TokenKind.Number && t[i + 2].Text.Length == 2
            && char.IsAsciiDigit(t[i + 2].Text[0]) && char.IsAsciiDigit(t[i + 2].Text[1]) && t[i + 3].IsPunct(','))
        {
            return PersonCueKind.Strong;
        }

        return i > 0 && t[i - 1].IsLowerWord && rules.Roles.Contains(t[i - 1].Lower) ? PersonCueKind.Strong : PersonCueKind.None;
    }

    /// <summary>The name opens with a given name or an initial ("Neil Jordan", "P. Simmons").</summary>
    private bool FirstNameOfPerson(TextLayer layer, EntityMention e)
    {
        var first = layer.Tokens[TokenAt(layer.Tokens, e.Span.Start)];
        return PersonStart(first) || _open.GivenNames.Contains(first.Text);
    }

    /// <summary>
    /// "the news agency Tanjug", "Le Matin newspaper": a lowercase noun for a firm or body right before or after a name
    /// makes it an organisation; "Stansted airport", "Sharqiyah province": a noun for a place after it makes it a place.
    /// The cue holds for the same name everywhere in the article ("Tanjug said" too); a place of the own lists keeps
    /// its class, and so does a person with a person's cue.
    /// </summary>
    private void NounCues(TextLayer layer, List<EntityMention> found)
    {
        var t = layer.Tokens;
        Dictionary<string, EntityKind>? cued = null;
        var k = 0;
        foreach (var e in found)
        {
            while (k < t.Count && t[k].Start < e.Span.Start)
            {
                k++;
            }

            var end = k;
            while (end < t.Count && t[end].End <= e.Span.End)
            {
                end++;
            }

            if (k >= t.Count || t[k].Start != e.Span.Start || e.Kind == EntityKind.Other)
            {
                continue;
            }

            var before = k > 0 && t[k - 1].IsLowerWord && t[k - 1].NewlinesBefore == 0 ? t[k - 1].Lower : null;
            var after = end < t.Count && t[end].IsLowerWord && t[end].NewlinesBefore == 0 ? t[end].Lower : null;
            if ((before is not null && (rules.OrgNouns.Contains(before) || rules.OrgNounsBefore.Contains(before))) || (after is not null && rules.OrgNouns.Contains(after)))
            {
                (cued ??= new Dictionary<string, EntityKind>(StringComparer.Ordinal))[e.Text] = EntityKind.Organization;
            }
            else if (after is not null && rules.PlaceNouns.Contains(after))
            {
                (cued ??= new Dictionary<string, EntityKind>(StringComparer.Ordinal))[e.Text] = EntityKind.Place;
            }
        }

        if (cued is null)
        {
            return;
        }

        for (var m = 0; m < found.Count; m++)
        {
            var e = found[m];
            if (e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place && cued.TryGetValue(e.Text, out var kind) && kind != e.Kind
                && e.Role is null && !(e.Kind == EntityKind.Place && IsStrongPlace(t, TokenAt(t, e.Span.Start)))
                && !(e.Kind == EntityKind.Person && kind == EntityKind.Organization && e.Text.Contains(' ', StringComparison.Ordinal) && FirstNameOfPerson(layer, e)))
            {
                found[m] = e with { Kind = kind, Subtype = kind == EntityKind.Place ? "place" : null };
            }
        }
    }
}
