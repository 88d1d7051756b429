using Parallax.Documents;
using Parallax.Facts.Sentences;
using Parallax.Facts.Statements;
using Parallax.Facts.Tokens;

namespace Parallax.Facts.Events;

/// <summary>
/// Finds events: trigger verbs and nouns of <c>events.json</c> with their PLOVER category, then their arguments
/// from simple clause patterns around the trigger. For a verb, the agent is the phrase before its verb group
/// and the patient the phrase after it (or after a patient preposition: "met with X"); in the passive ("were
/// arrested by X") the roles swap. For a noun, the agent is a possessive or a name before it ("Russia's
/// invasion") or a "by" phrase, the patient an "of/against/on" phrase. Participants carry the entity mentions
/// inside them; the place is a place name after a locative preposition in the sentence, the time the nearest
/// resolved time expression of the sentence. Linear in the tokens apart from small bounded windows.
/// </summary>
internal sealed partial class EventExtractor(EventRules rules)
{
    private const int PrepositionWindow = 8;

    public List<EventMention> Extract(
        TextLayer layer, IReadOnlyList<EntityMention> entities, IReadOnlyList<TimeMention> times, bool[] timeTokens,
        string articleId, CancellationToken cancellationToken)
    {
        var tokens = layer.Tokens;
        var entityAt = new int[tokens.Count];
        Array.Fill(entityAt, -1);
        var entitiesOf = new List<int>?[layer.Sentences.Count];
        for (var e = 0; e < entities.Count; e++)
        {
            var first = layer.TokenAt(entities[e].Span.Start);
            for (var k = first; k < tokens.Count && tokens[k].End <= entities[e].Span.End; k++)
            {
                entityAt[k] = e;
            }

            if (first < tokens.Count)
            {
                (entitiesOf[layer.SentenceOf[first]] ??= []).Add(e);
            }
        }

        var timesOf = new List<TimeMention>?[layer.Sentences.Count];
        foreach (var time in times)
        {
            var first = layer.TokenAt(time.Span.Start);
            if (first < tokens.Count && time.Function is null && time.Type is TimexType.Date or TimexType.Time)
            {
                (timesOf[layer.SentenceOf[first]] ??= []).Add(time);
            }
        }

        // In text order, for the bounded place and time searches.
        foreach (var list in entitiesOf)
        {
            list?.Sort((x, y) => entities[x].Span.Start.CompareTo(entities[y].Span.Start));
        }

        foreach (var list in timesOf)
        {
            list?.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }

        var context = new Context(layer, entities, entityAt, timeTokens, new bool[tokens.Count], articleId);
        var events = new List<EventMention>();
        for (var s = 0; s < layer.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = layer.Sentences[s];
            var matches = rules.Triggers.Matches(tokens, sentence.FirstToken, sentence.EndToken, k => entityAt[k] >= 0 || timeTokens[k]);
            // Verbs end argument phrases; a noun trigger may sit inside one ("lifted a night curfew").
            foreach (var m in matches)
            {
                Array.Fill(context.IsTrigger, !IsNoun(tokens, sentence, m.First, m.Value), m.First, m.End - m.First);
            }

            var first = events.Count;
            foreach (var m in matches)
            {
                var found = Build(context, sentence, m.First, m.End, m.Value) with { Sentence = s };
                found = found with
                {
                    Place = Place(context, sentence, entitiesOf[s], m.First, found),
                    Time = Time(timesOf[s], tokens[m.First].Start),
                };
                events.Add(found);
            }

            InheritComplementPatients(tokens, events, first, matches);

            foreach (var m in matches)
            {
                Array.Fill(context.IsTrigger, false, m.First, m.End - m.First);
            }
        }

        return events;
    }

    private EventMention Build(Context c, SentenceSlice sentence, int first, int end, EventTrigger trigger)
    {
        var t = c.Layer.Tokens;
        var start = t[first].Start;
        var stop = t[end - 1].End;
        var mention = new EventMention(new Span(c.ArticleId, start, stop), c.Layer.Text[start..stop], trigger.Lemma, trigger.Category);
        return IsNoun(t, sentence, first, trigger)
            ? NounArguments(c, sentence, first, end, trigger, mention)
            : VerbArguments(c, sentence, first, end, trigger, mention);
    }

    /// <summary>
    /// Whether a trigger reads as a noun: a noun pattern, a word after a determiner ("a meeting", "additional
    /// supplies"), or a form that is both ("aid", "claims") unless what precedes it makes it a verb: a name, a
    /// pronoun, a word of the verb group, "to" or a control word ("Russia supplies", "will aid", "to claim").
    /// </summary>
    private bool IsNoun(IReadOnlyList<Token> t, SentenceSlice sentence, int first, EventTrigger trigger)
    {
        if (trigger.Noun)
        {
            return true;
        }

        if (first == sentence.FirstToken || !t[first - 1].IsWord)
        {
            return false;
        }

        var before = t[first - 1];
        if (rules.Determiners.Contains(before.Lower))
        {
            return true;
        }

        return rules.NounForms.Contains(t[first].Lower) && !(before.IsCapitalized || rules.Pronouns.Contains(before.Lower)
            || rules.VerbGroup.Contains(before.Lower) || before.Is("to") || rules.ControlWords.Contains(before.Lower)
            || before.Lower.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>
    /// "offered to negotiate with X", "promised to continue aid to X": a verb whose complement ("to" + verb) is
    /// the next event takes that event's patient when it has none of its own.
    /// </summary>
    private static void InheritComplementPatients(IReadOnlyList<Token> t, List<EventMention> events, int first, List<PhraseMatcher<EventTrigger>.Match> matches)
    {
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var m = matches[i];
            var next = matches[i + 1];
            if (events[first + i].Patient is null && m.End < t.Count && t[m.End].Is("to") && next.First - m.End <= 3
                && events[first + i + 1].Patient is { } patient)
            {
                events[first + i] = events[first + i] with { Patient = patient };
            }
        }
    }

    private EventMention VerbArguments(Context c, SentenceSlice sentence, int first, int end, EventTrigger trigger, EventMention mention)
    {
        var t = c.Layer.Tokens;
        var k = first - 1;
        bool negated = false, planned = false, be = false, direct = true, intent = false, demand = false;
        while (k >= sentence.FirstToken && t[k].IsWord)
        {
            var w = t[k].Lower;
            if (rules.VerbGroup.Contains(w) || (t[k].IsLowerWord && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)))
            {
                negated |= rules.Negations.Contains(w);
                planned |= rules.Planned.Contains(w);
                intent |= rules.IntentWords.Contains(w);
                demand |= rules.DemandWords.Contains(w);
                be |= direct && rules.BeForms.Contains(w);
                k--;
                continue;
            }

            if (w == "to" || (t[k].IsLowerWord && rules.ControlWords.Contains(w)))
            {
                // An infinitive or a participle after a control word takes its subject ("are scheduled to take part",
                // "claim to have seized", "continued providing"); after any other word "to" opens a purpose clause.
                planned |= w == "to";
                direct = false;
                if (w == "to")
                {
                    k--;
                    if (k < sentence.FirstToken || !t[k].IsLowerWord || !rules.ControlWords.Contains(t[k].Lower))
                    {
                        return mention with
                        {
                            Category = Category(trigger, intent, demand, negated),
                            Negated = negated,
                            Mode = "planned",
                            Patient = Object(c, sentence, end, trigger.PatientPrepositions),
                        };
                    }
                }

                planned |= rules.Planned.Contains(t[k].Lower);
                intent |= rules.IntentWords.Contains(t[k].Lower);
                k--;
                continue;
            }

            break;
        }

        var subject = SubjectBefore(c, sentence, k);
        var passive = be && IsParticiple(t[first].Lower);
        EventArgument? agent, patient;
        if (passive)
        {
            patient = subject;
            agent = AfterPreposition(c, sentence, end, "by");
        }
        else
        {
            agent = subject;
            patient = Object(c, sentence, end, trigger.PatientPrepositions) ?? ThatClauseSubject(c, sentence, end);
        }

        return mention with
        {
            Category = Category(trigger, intent, demand, negated),
            Agent = agent,
            Patient = patient,
            Negated = negated,
            Mode = planned ? "planned" : null,
        };
    }

    /// <summary>
    /// The PLOVER category in context: a stated intent to cooperate ("will provide aid") is AGREE, a "must" is
    /// DEMAND (PLOVER's AGREE and DEMAND definitions); otherwise the trigger's own.
    /// </summary>
    private string? Category(EventTrigger trigger, bool intent, bool demand, bool negated)
    {
        if (trigger.Category is not { } category || negated)
        {
            return trigger.Category;
        }

        return demand ? "DEMAND" : intent && rules.IntentCategories.Contains(category) ? "AGREE" : category;
    }

    private EventMention NounArguments(Context c, SentenceSlice sentence, int first, int end, EventTrigger trigger, EventMention mention)
    {
        var t = c.Layer.Tokens;
        var k = first - 1;

        // Up to three modifiers back to a possessive or a name: "Russia's planned military supplies", "the NATO invasion".
        for (var n = 0; n < 3 && k >= sentence.FirstToken && t[k].IsLowerWord && !rules.Boundaries.Contains(t[k].Lower)
            && !rules.Adjuncts.Contains(t[k].Lower) && t[k].Lower is not ("a" or "an" or "the" or "of"); n++)
        {
            k--;
        }

        EventArgument? agent = null;
        if (k > sentence.FirstToken && t[k].Lower is "'s" or "\u2019s" or "'" && c.EntityAt[k - 1] >= 0)
        {
            agent = EntityArgument(c, c.EntityAt[k - 1]);
        }
        else if (k >= sentence.FirstToken && c.EntityAt[k] >= 0)
        {
            agent = EntityArgument(c, c.EntityAt[k]);
        }

        EventArgument? patient = null;
        if (end < sentence.EndToken && t[end].IsWord)
        {
            var w = t[end].Lower;
            if (w == "of" && trigger.NounOfIsAgent)
            {
                agent ??= Run(c, sentence, end + 1);
            }
            else if (w is "of" or "against" or "on" || trigger.PatientPrepositions?.Contains(w) == true)
            {
                patient = Run(c, sentence, end + 1);
            }
        }

        agent ??= AfterPreposition(c, sentence, end, "by");
        return mention with { Agent = agent, Patient = patient };
    }

    /// <summary>"demanded that the United States match ...": the subject of the clause, up to its last name.</summary>
    private EventArgument? ThatClauseSubject(Context c, SentenceSlice sentence, int end)
    {
        var t = c.Layer.Tokens;
        if (end >= sentence.EndToken || !t[end].Is("that") || Run(c, sentence, end + 1) is not { Entities.Count: > 0 } run)
        {
            return null;
        }

        var last = c.Layer.TokenAt(run.Span.End) - 1;
        while (last > end && c.EntityAt[last] < 0)
        {
            last--;
        }

        var from = run.Span.Start;
        var to = t[last].End;
        if (to <= from)
        {
            // No entity token inside the run's own span: keep the run as found.
            return run;
        }

        return run with { Span = run.Span with { End = to }, Text = c.Layer.Text[from..to] };
    }

    private bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || rules.Participles.Contains(word);

    private EventArgument? Object(Context c, SentenceSlice sentence, int end, FrozenWords? prepositions)
    {
        var direct = Run(c, sentence, end);
        if (prepositions is null || (direct is not null && direct.Entities.Count > 0))
        {
            return direct;
        }

        var t = c.Layer.Tokens;
        for (var j = end; j < sentence.EndToken && j < end + PrepositionWindow; j++)
        {
            if (t[j].Kind == TokenKind.Punct && !t[j].IsPunct(','))
            {
                break;
            }

            if (t[j].IsLowerWord && prepositions.Contains(t[j].Lower))
            {
                var after = Run(c, sentence, j + 1);
                if (after is not null && (after.Entities.Count > 0 || direct is null))
                {
                    return after;
                }
            }
            else if (t[j].IsLowerWord && rules.Boundaries.Contains(t[j].Lower) || c.IsTrigger[j])
            {
                break;
            }
        }

        return direct;
    }

    private EventArgument? AfterPreposition(Context c, SentenceSlice sentence, int end, string preposition)
    {
        var t = c.Layer.Tokens;
        for (var j = end; j < sentence.EndToken && j < end + PrepositionWindow; j++)
        {
            if (t[j].Kind == TokenKind.Punct || c.IsTrigger[j])
            {
                return null;
            }

            if (t[j].Is(preposition))
            {
                return Run(c, sentence, j + 1);
            }
        }

        return null;
    }

    private sealed record Context(
        TextLayer Layer, IReadOnlyList<EntityMention> Entities, int[] EntityAt, bool[] TimeTokens, bool[] IsTrigger, string ArticleId);
}
