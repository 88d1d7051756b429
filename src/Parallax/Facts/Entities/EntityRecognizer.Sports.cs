using Parallax.Facts.Sentences;
using Parallax.Facts.Tokens;


namespace Parallax.Facts.Entities;

/// <summary>Sports reports: results lines, teams named after towns, countries in brackets after players.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>"( Britain )" right after a name: the way results tables give a player's country.</summary>
    private bool CountryInBrackets(IReadOnlyList<Token> t, int i) =>
        i + 2 < t.Count && t[i].IsPunct('(') && places.TryMatch(t, i + 1, out var entry, out var end) && entry.Subtype == "country"
        && end < t.Count && t[end].IsPunct(')');

    /// <summary>A score right after a name: a whole number on the same line, not a year ("Ulsan 2", "Essex 259").</summary>
    private static bool ScoreAfter(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].NewlinesBefore == 0 && t[i].Kind == TokenKind.Number && t[i].Text.Length <= 3 && !t[i].IsOrdinal;

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
            // A line opening with a town and a colon names the ground of the results after it ("Hove : Sussex 363").
            var venue = (k > 0 && ((t[k - 1].IsWord && rules.VenueCues.Contains(t[k - 1].Lower)) || (last + 1 < t.Count && t[last + 1].IsPunct(')'))))
                || ((k == 0 || t[k].NewlinesBefore > 0) && last + 1 < t.Count && t[last + 1].IsPunct(':'));
            var dateline = InDateline(layer, new Run(k, last + 1));
            if (!venue && !dateline)
            {
                found[m] = e with { Kind = EntityKind.Organization, Subtype = null };
            }
        }
    }
}
