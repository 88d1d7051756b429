using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;


namespace Parallax.Facts.Entities;

/// <summary>Runs of name words: where capitalised words form a name and where a run splits.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "Nasser Hussain and Peter Such", "Shell and Caltex": names joined by "and" are runs of their own unless the whole
    /// run is one known name ("Bosnia and Herzegovina") or an organisation or event named with a head word ("Ministry
    /// of Trade and Industry"). "Keith O'Neill of Norwich City", "Results of German Cup": a person's name or a
    /// capitalised sentence opener before "of" is a run of its own.
    /// </summary>
    private IEnumerable<Run> SplitCoordinated(TextLayer layer, Run run) =>
        SplitJoined(layer, run).SelectMany(r => SplitCompound(layer.Tokens, r));

    /// <summary>"Bergamo-based Atalanta": a compound of a name and a lowercase word opening a run is a name of its own.</summary>
    private static IEnumerable<Run> SplitCompound(IReadOnlyList<Token> t, Run run) =>
        run.End - run.Start > 1 && IsNameCompound(t[run.Start].Text) ? [new Run(run.Start, run.Start + 1), new Run(run.Start + 1, run.End)] : [run];

    private IEnumerable<Run> SplitJoined(TextLayer layer, Run run)
    {
        var t = layer.Tokens;
        if (run.End - run.Start < 3)
        {
            yield return run;
            yield break;
        }

        var keepAnd = KeepsAnd(t, run);
        var start = run.Start;

        for (var k = run.Start + 1; k < run.End - 1; k++)
        {
            if (t[k].Is("and") && k > start && (!keepAnd || rules.FirmSuffixes.Contains(t[k - 1].Lower.TrimEnd('.')) || PersonStart(t[k + 1]) || (IsGroupWord(t, k - 1) && IsGroupWord(t, k + 1))))
            {
                yield return new Run(start, k);
                start = k + 1;
            }
            else if (t[k].Is("of") && k > start && OpensBeforeOf(layer, new Run(start, k)))
            {
                yield return new Run(start, k, Weak: k - start == 1);
                start = k + 1;
            }
        }

        yield return start == run.Start ? run : new Run(start, run.End);
    }

    /// <summary>"and" stays inside a run that is one known name, has an "of" before it, or has a head word.</summary>
    private bool KeepsAnd(IReadOnlyList<Token> t, Run run)
    {
        if ((places.TryMatch(t, run.Start, out _, out var end) && end == run.End) || (_known.TryMatch(t, run.Start, out _, out end) && end == run.End)
            || (rules.KnownEvents.TryMatch(t, run.Start, out _, out end) && end == run.End))
        {
            return true;
        }

        for (var k = run.Start; k < run.End; k++)
        {
            var lower = t[k].Lower.TrimEnd('.');
            if (t[k].Is("of") || t[k].IsPunct('&') || rules.OrgHeads.Contains(lower) || rules.MiscHeads.Contains(lower) || rules.PlaceHeads.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words before "of" are a name of their own: a person's name ("Joel Naroff of First Union"), or one ordinary
    /// word opening the sentence that is no head or title ("Prices of U.S. Treasury").
    /// </summary>
    private bool OpensBeforeOf(TextLayer layer, Run left)
    {
        var t = layer.Tokens;
        var size = left.End - left.Start;
        if (size is 2 or 3 && PersonStart(t[left.Start]) && LooksLikePerson(t, left))
        {
            return true;
        }

        var lower = t[left.Start].Lower;
        return size == 1 && left.Start == layer.SentenceAt(left.Start).FirstToken && !t[left.Start].IsAllCaps && _open.IsCommonWord(lower)
            && !rules.OrgHeads.Contains(lower) && !rules.MiscHeads.Contains(lower) && !rules.PlaceHeads.Contains(lower)
            && !rules.TeamHeads.Contains(lower) && !rules.Roles.Contains(lower) && !places.TryMatch(t, left.Start, out _, out _);
    }

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

    /// <summary>The run is the place of a dateline: the one the sentence splitter found, a line opening with a name
    /// and then a comma or a date ("LONDON 1996-08-30"), or a name between a comma and the date ("MILWAUKEE , Wisconsin 1996-08-31").</summary>
    private static bool InDateline(TextLayer layer, Run run)
    {
        var t = layer.Tokens;
        if (layer.Dateline is { } line && t[run.Start].Start >= line.Start && t[run.End - 1].End <= line.End)
        {
            return true;
        }

        var last = run.End - 1;
        var dateAfter = last + 2 < t.Count && t[last + 1].Kind == TokenKind.Number && t[last + 1].Text.Length == 4 && t[last + 2].IsPunct('-');
        return ((run.Start == 0 || t[run.Start].NewlinesBefore > 0) && last + 1 < t.Count && (t[last + 1].IsPunct(',') || dateAfter))
            || (run.Start > 0 && t[run.Start - 1].IsPunct(',') && dateAfter);
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
        var placeInCapitals = 0;
        for (var k = 0; k < t.Count; k++)
        {
            // "LOS ANGELES", "ST LOUIS": every word of a place name in capitals is a name word, even an ordinary one.
            if (t[k].IsAllCaps && k >= placeInCapitals && places.TryMatch(t, k, out _, out var placeEnd) && placeEnd > k + 1)
            {
                placeInCapitals = placeEnd;
            }

            nameWord[k] = IsNameWord(t[k], taken[k])
                && (k < placeInCapitals || !CommonInCapitals(t, k, lowercase, k > 0 && nameWord[k - 1] && t[k].NewlinesBefore == 0))
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
                else if (((t[j].IsLowerWord && rules.Connectors.Contains(t[j].Lower)) || t[j].IsPunct('&')) && j + 1 < t.Count && nameWord[j + 1])
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

        // "GREATER MILWAUKEE OPEN", "RUGBY UNION": a head word after a name word; "WORLD CUP": a known event, or a
        // word that is no function word before an event's head word in capitals ("MAJOR LEAGUE").
        if ((afterName && (rules.MiscHeads.Contains(token.Lower) || rules.OrgHeads.Contains(token.Lower) || rules.TeamHeads.Contains(token.Lower)))
            || (rules.KnownEvents.TryMatch(t, i, out _, out var eventEnd) && eventEnd > i + 1)
            || (i + 1 < t.Count && t[i + 1].IsAllCaps && t[i + 1].NewlinesBefore == 0 && rules.MiscHeads.Contains(t[i + 1].Lower)
                && token.Text.Length > 3 && !rules.Connectors.Contains(token.Lower) && !rules.NotNames.Contains(TitleCase(token.Text))))
        {
            return false;
        }

        return !(places.TryMatch(t, i, out var place, out var end) && (end > i + 1 || !place.FromOpenData))
            && !(_known.TryMatch(t, i, out _, out var nameEnd) && nameEnd > i + 1);
    }

    private static string TitleCase(string capitals) => string.Concat(capitals.AsSpan(0, 1), capitals[1..].ToLowerInvariant());

    private static bool IsNameWord(Token token, bool taken) =>
        !taken && token.IsWord && (token.IsCapitalized || (token.Text.Length > 3 && token.Text[0] == 'a' && token.Text.StartsWith("al-", StringComparison.Ordinal)))
        && token.Text != "'s";
}
