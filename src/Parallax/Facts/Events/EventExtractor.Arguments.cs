using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Events;

/// <summary>The argument phrases: runs of tokens before and after a trigger, the place and the time.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>
    /// The phrase that ends at token <paramref name="k"/> and runs left to a clause boundary (punctuation, a
    /// boundary word, another trigger or a time). Commas and "and" between names stay inside ("Russia,
    /// Tajikistan and Uzbekistan"); a relative "who/which" reaches back to the phrase before it.
    /// </summary>
    private EventArgument? SubjectBefore(Context c, SentenceSlice sentence, int k, bool relative = false)
    {
        var t = c.Layer.Tokens;
        var end = k + 1;
        var j = k;
        while (j >= sentence.FirstToken && end - j <= rules.MaxArgumentTokens)
        {
            var token = t[j];
            if (c.TimeTokens[j] || c.IsTrigger[j])
            {
                break;
            }

            if (c.EntityAt[j] >= 0 || IsPossessive(token))
            {
                j--;
                continue;
            }

            if (token.Kind == TokenKind.Punct)
            {
                if (token.IsPunct(',') && j - 1 >= sentence.FirstToken && j + 1 < end && c.EntityAt[j - 1] >= 0 && ListContinues(c, sentence, j + 1))
                {
                    j--;
                    continue;
                }

                break;
            }

            if (token.IsWord && rules.Coordinators.Contains(token.Lower))
            {
                var left = j - 1 >= sentence.FirstToken && t[j - 1].IsPunct(',') ? j - 2 : j - 1;
                if (left >= sentence.FirstToken && j + 1 < end && (t[left].IsCapitalized || c.EntityAt[left] >= 0) && (t[j + 1].IsCapitalized || t[j + 2 < end ? j + 2 : j + 1].IsCapitalized))
                {
                    j--;
                    continue;
                }

                break;
            }

            if (token.IsWord && rules.Boundaries.Contains(token.Lower))
            {
                break;
            }

            if (token.IsWord && rules.Pronouns.Contains(token.Lower))
            {
                // A pronoun is a whole subject: "... the refugees we accept".
                j = j == k ? j - 1 : j;
                break;
            }

            j--;
        }

        var start = j + 1;
        while (start < end && t[start].IsWord && c.EntityAt[start] < 0 && (rules.Adjuncts.Contains(t[start].Lower) || rules.Coordinators.Contains(t[start].Lower)))
        {
            // "against Afghan government forces", "By supporting": the preposition is not part of the subject.
            start++;
        }

        if (start >= end)
        {
            // "Shoigu, who blamed ...", "the forces that invaded ...": the phrase before the relative pronoun.
            if (!relative && j >= sentence.FirstToken && t[j].IsWord && t[j].Lower is "who" or "which" or "that" && j - 1 >= sentence.FirstToken)
            {
                var before = t[j - 1].IsPunct(',') ? j - 2 : j - 1;
                return before >= sentence.FirstToken && before < k ? SubjectBefore(c, sentence, before, relative: true) : null;
            }

            return null;
        }

        return Argument(c, start, end);
    }

    /// <summary>The phrase that starts at token <paramref name="j"/> and runs right to a boundary or an adjunct preposition.</summary>
    private EventArgument? Run(Context c, SentenceSlice sentence, int j)
    {
        var t = c.Layer.Tokens;
        var k = j;
        while (k < sentence.EndToken && k - j < rules.MaxArgumentTokens)
        {
            var token = t[k];
            if (c.TimeTokens[k] || c.IsTrigger[k])
            {
                break;
            }

            if (c.EntityAt[k] >= 0 || IsPossessive(token))
            {
                k++;
                continue;
            }

            if (token.Kind == TokenKind.Punct)
            {
                if (token.IsPunct(',') && k > j && c.EntityAt[k - 1] >= 0 && k + 1 < sentence.EndToken && ListContinues(c, sentence, k + 1))
                {
                    k++;
                    continue;
                }

                break;
            }

            var w = token.Lower;
            if (w is "at" && k + 1 < sentence.EndToken && t[k + 1].Lower is "least" or "most")
            {
                // "at least three civilians": a quantity, not a place.
                k += 2;
                continue;
            }

            if (rules.Coordinators.Contains(w))
            {
                if (k > j && k + 1 < sentence.EndToken && (t[k + 1].IsCapitalized || (t[k + 1].IsLowerWord && rules.Determiners.Contains(t[k + 1].Lower)
                    && k + 2 < sentence.EndToken && t[k + 2].IsCapitalized)))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (token.IsWord && (rules.Boundaries.Contains(w) || rules.Adjuncts.Contains(w)))
            {
                break;
            }

            k++;
        }

        while (k > j && (t[k - 1].Kind == TokenKind.Punct || rules.Coordinators.Contains(t[k - 1].Lower)))
        {
            k--;
        }

        return k > j ? Argument(c, j, k) : null;
    }

    /// <summary>
    /// Whether the list goes on after a comma at token <paramref name="k"/>: a coordinator ("and", "or") or a
    /// name followed by another comma or a coordinator ("Syria, Libya, and ..."), not an apposition.
    /// </summary>
    private bool ListContinues(Context c, SentenceSlice sentence, int k)
    {
        var t = c.Layer.Tokens;
        if (rules.Coordinators.Contains(t[k].Lower))
        {
            return true;
        }

        var entity = c.EntityAt[k];
        if (entity < 0)
        {
            return false;
        }

        var after = k;
        while (after < sentence.EndToken && c.EntityAt[after] == entity)
        {
            after++;
        }

        return after < sentence.EndToken && (t[after].IsPunct(',') || rules.Coordinators.Contains(t[after].Lower));
    }

    /// <summary>How far back (in characters) a pronoun's antecedent is looked for.</summary>
    private const int AntecedentWindow = 400;

    private static bool IsPossessive(Token token) => token.Lower is "'s" or "\u2019s";

    /// <summary>
    /// An argument over tokens [start, end): its text and the entities in it. When the phrase has a head part
    /// before a preposition ("forces in Kabul"), the entities of that part alone if it has any.
    /// </summary>
    private EventArgument Argument(Context c, int start, int end)
    {
        var t = c.Layer.Tokens;
        var head = new List<string>();
        var all = new List<string>();
        var inHead = true;
        for (var k = start; k < end; k++)
        {
            if (c.EntityAt[k] < 0 && t[k].IsWord && rules.Adjuncts.Contains(t[k].Lower))
            {
                inHead = false;
            }

            if (c.EntityAt[k] >= 0 && (k == start || c.EntityAt[k - 1] != c.EntityAt[k]))
            {
                var name = c.Entities[c.EntityAt[k]].Canonical;
                if (!all.Contains(name, StringComparer.Ordinal))
                {
                    all.Add(name);
                }

                if (inHead && !head.Contains(name, StringComparer.Ordinal))
                {
                    head.Add(name);
                }
            }
        }

        var from = t[start].Start;
        var to = t[end - 1].End;
        if (end - start == 1 && all.Count == 0 && rules.Pronouns.Contains(t[start].Lower) && Antecedent(c, t[start]) is { } antecedent)
        {
            all.Add(antecedent);
        }

        return new EventArgument(new Span(c.ArticleId, from, to), c.Layer.Text[from..to], head.Count > 0 ? head : all);
    }

    /// <summary>
    /// The entity a pronoun most likely refers to: the last person before "he/she", the last organisation or
    /// country before "it", the last organisation or nationality before "they", within
    /// <see cref="AntecedentWindow"/> characters. Null for "I", "we", "you" and when none is near.
    /// </summary>
    private static string? Antecedent(Context c, Token pronoun)
    {
        Func<EntityMention, bool>? fits = pronoun.Lower switch
        {
            "he" or "she" => e => e.Kind == EntityKind.Person,
            "it" => e => e.Kind == EntityKind.Organization || (e.Kind == EntityKind.Place && !IsDemonym(e)),
            "they" => e => e.Kind == EntityKind.Organization || (e.Kind == EntityKind.Place && IsDemonym(e)),
            _ => null,
        };
        if (fits is null)
        {
            return null;
        }

        var k = c.Layer.TokenAt(pronoun.Start) - 1;
        for (; k >= 0 && c.Layer.Tokens[k].End >= pronoun.Start - AntecedentWindow; k--)
        {
            if (c.EntityAt[k] >= 0 && fits(c.Entities[c.EntityAt[k]]))
            {
                return c.Entities[c.EntityAt[k]].Canonical;
            }
        }

        return null;
    }

    private static bool IsDemonym(EntityMention e) => string.Equals(e.Subtype, "demonym", StringComparison.Ordinal);

    private static EventArgument EntityArgument(Context c, int entity)
    {
        var e = c.Entities[entity];
        return new EventArgument(e.Span, e.Text, [e.Canonical]);
    }

    /// <summary>The place name after a locative preposition nearest the trigger, outside the agent and patient.</summary>
    private EventArgument? Place(Context c, SentenceSlice sentence, List<int>? entities, int trigger, EventMention mention)
    {
        if (entities is null)
        {
            return null;
        }

        var t = c.Layer.Tokens;
        EventArgument? best = null;
        var bestDistance = int.MaxValue;
        var at = t[trigger].Start;
        for (var n = FirstNear(entities, i => c.Entities[i].Span.Start, at - NearChars); n < entities.Count; n++)
        {
            var index = entities[n];
            var e = c.Entities[index];
            if (e.Span.Start > at + NearChars)
            {
                break;
            }

            if (e.Kind != EntityKind.Place
                || Inside(e.Span, mention.Agent) || Inside(e.Span, mention.Patient) || IsDemonym(e))
            {
                continue;
            }

            var k = c.Layer.TokenAt(e.Span.Start) - 1;
            if (k >= sentence.FirstToken && t[k].Is("the"))
            {
                k--;
            }

            if (k < sentence.FirstToken || !rules.Locatives.Contains(t[k].Lower))
            {
                continue;
            }

            var distance = Math.Abs(k - trigger);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = EntityArgument(c, index);
            }
        }

        return best;
    }

    private static bool Inside(Span span, EventArgument? argument) =>
        argument is not null && span.Start >= argument.Span.Start && span.End <= argument.Span.End;

    /// <summary>The date or time of the sentence nearest the trigger (datelines excluded).</summary>
    private static EventTime? Time(List<TimeMention>? times, int at)
    {
        if (times is null)
        {
            return null;
        }

        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        for (var n = FirstNear(times, x => x.Span.Start, at - NearChars); n < times.Count && times[n].Span.Start <= at + NearChars; n++)
        {
            var distance = Math.Min(Math.Abs(times[n].Span.Start - at), Math.Abs(times[n].Span.End - at));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = times[n];
            }
        }

        return best is null ? null : new EventTime(best.Span, best.Text, best.Value);
    }

    /// <summary>How far (in characters) from a trigger its place and time are looked for: bounds the work in a huge sentence.</summary>
    private const int NearChars = 400;

    /// <summary>The index of the first item (in text order) that starts at or after <paramref name="offset"/>.</summary>
    private static int FirstNear<T>(List<T> items, Func<T, int> start, int offset)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < offset)
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
