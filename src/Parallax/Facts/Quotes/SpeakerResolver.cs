using Parallax.Facts.Sentences;

namespace Parallax.Facts.Quotes;

/// <summary>
/// Turns a source span into a speaker name: a person named in it (by the full name it corefers with); a
/// pronoun ("he") to the last person named before it; a role noun phrase ("the minister", "Moscow's defence
/// minister") to the last person before it whose role has that word, else the first such person after it,
/// else (for a bare definite role) the last person named. Anything else keeps the source's own words.
/// </summary>
internal sealed class SpeakerResolver(AttributionRules rules, Entities.EntityRules entityRules)
{
    public string Resolve(TextLayer layer, int sourceStart, int sourceEnd, IReadOnlyList<EntityMention> entities)
    {
        var persons = entities.Where(e => e.Kind == EntityKind.Person).ToList();
        var named = persons.LastOrDefault(p => p.Span.Start >= sourceStart && p.Span.End <= sourceEnd);
        if (named is not null)
        {
            return named.Canonical;
        }

        var text = layer.Text[sourceStart..sourceEnd];
        var words = layer.Tokens.Skip(layer.TokenAt(sourceStart)).TakeWhile(t => t.End <= sourceEnd).Where(t => t.IsWord).ToList();
        var before = persons.Where(p => p.Span.End <= sourceStart).ToList();
        if (words.Count == 1 && rules.PersonPronouns.Contains(words[0].Lower))
        {
            return before.LastOrDefault()?.Canonical ?? text;
        }

        var role = words.LastOrDefault(w => entityRules.Roles.Contains(w.Lower));
        if (role is null || (words.Count > 0 && (words[0].Is("a") || words[0].Is("an"))))
        {
            return text;
        }

        bool HasRole(EntityMention p) => p.Role is { } r && r.Contains(role.Text, StringComparison.OrdinalIgnoreCase);
        var match = before.LastOrDefault(HasRole) ?? persons.FirstOrDefault(p => p.Span.Start >= sourceEnd && HasRole(p));
        if (match is not null)
        {
            return match.Canonical;
        }

        return words.Count == 2 && rules.Definites.Contains(words[0].Lower) && before.Count > 0 ? before[^1].Canonical : text;
    }
}
