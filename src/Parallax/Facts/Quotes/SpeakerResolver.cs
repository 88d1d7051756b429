using Parallax.Facts.Sentences;

namespace Parallax.Facts.Quotes;

/// <summary>An article's person mentions in text order, and full names by their last word.</summary>
internal sealed record PersonIndex(IReadOnlyList<EntityMention> Persons, IReadOnlyDictionary<string, string> BySurname)
{
    public static PersonIndex Of(IEnumerable<EntityMention> entities)
    {
        var persons = entities.Where(e => e.Kind == EntityKind.Person).ToList();
        var bySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in persons.Where(p => p.Canonical.Contains(' ', StringComparison.Ordinal)))
        {
            bySurname.TryAdd(p.Canonical[(p.Canonical.LastIndexOf(' ') + 1)..], p.Canonical);
        }

        return new PersonIndex(persons, bySurname);
    }
}

/// <summary>
/// Turns a source span into a speaker name: a person named in it (by the full name it corefers with); a
/// pronoun ("he") to the last person named before it; a role noun phrase ("the minister", "Moscow's defence
/// minister") to the last person before it whose role has that word, else the first such person after it,
/// else (for a bare definite role) the last person named. Anything else keeps the source's own words.
/// </summary>
internal sealed class SpeakerResolver(AttributionRules rules, Entities.EntityRules entityRules)
{
    /// <summary>How many persons back and forward a role is looked for (bounds the work per quote).</summary>
    private const int RoleSearch = 64;

    /// <summary>The speaker of the source [sourceStart, sourceEnd), given the article's persons.</summary>
    public string Resolve(TextLayer layer, int sourceStart, int sourceEnd, PersonIndex index)
    {
        var persons = index.Persons;
        var first = FirstStartingAtOrAfter(persons, sourceStart);
        EntityMention? named = null;
        for (var k = first; k < persons.Count && persons[k].Span.Start < sourceEnd; k++)
        {
            if (persons[k].Span.End <= sourceEnd)
            {
                named = persons[k];
            }
        }

        if (named is not null)
        {
            return named.Canonical;
        }

        var text = layer.Text[sourceStart..sourceEnd];
        if (index.BySurname.TryGetValue(text, out var full))
        {
            return full;
        }
        var words = new List<Tokens.Token>();
        for (var k = layer.TokenAt(sourceStart); k < layer.Tokens.Count && layer.Tokens[k].End <= sourceEnd; k++)
        {
            if (layer.Tokens[k].IsWord)
            {
                words.Add(layer.Tokens[k]);
            }
        }

        var lastBefore = first - 1;
        while (lastBefore >= 0 && persons[lastBefore].Span.End > sourceStart)
        {
            lastBefore--;
        }

        if (words.Count == 1 && (rules.PersonPronouns.Contains(words[0].Lower) || words[0].Is("who")))
        {
            return lastBefore >= 0 ? persons[lastBefore].Canonical : text;
        }

        var role = words.LastOrDefault(w => entityRules.Roles.Contains(w.Lower));
        if (role is null || (words.Count > 0 && (words[0].Is("a") || words[0].Is("an"))))
        {
            return text;
        }

        bool HasRole(EntityMention p) => p.Role is { } r && r.Contains(role.Text, StringComparison.OrdinalIgnoreCase);
        for (var k = lastBefore; k >= Math.Max(0, lastBefore - RoleSearch); k--)
        {
            if (HasRole(persons[k]))
            {
                return persons[k].Canonical;
            }
        }

        for (var k = first; k < Math.Min(persons.Count, first + RoleSearch); k++)
        {
            if (persons[k].Span.Start >= sourceEnd && HasRole(persons[k]))
            {
                return persons[k].Canonical;
            }
        }

        return words.Count == 2 && rules.Definites.Contains(words[0].Lower) && lastBefore >= 0 ? persons[lastBefore].Canonical : text;
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<EntityMention> persons, int offset)
    {
        int lo = 0, hi = persons.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (persons[mid].Span.Start < offset)
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
}
