using Parallax.Facts.Sentences;

namespace Parallax.Facts.Time;

/// <summary>Extracts time expressions and resolves them against the anchor date (TimeML 1.2.1 TIMEX3).</summary>
internal sealed class TimeRecognizer(TimeExtractor extractor, TimeResolver resolver)
{
    public (List<TimeMention> Mentions, List<TimeCandidate> Candidates) Recognize(TextLayer layer, string articleId, DateOnly? anchor, CancellationToken cancellationToken)
    {
        var candidates = extractor.Extract(layer, cancellationToken);
        var anchorValue = anchor is { } a ? TimeResolver.Date(a) : null;
        var mentions = new List<TimeMention>(candidates.Count);
        var kept = new List<TimeCandidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (Resolve(c, anchor, layer) is not { } timex)
            {
                continue;
            }

            var start = layer.Tokens[c.FirstToken].Start;
            var end = layer.Tokens[c.EndToken - 1].End;
            mentions.Add(new TimeMention(new Parallax.Documents.Span(articleId, start, end), layer.Text[start..end], timex.Type, timex.Value, anchorValue)
            {
                Mod = timex.Mod,
            });
            kept.Add(c);
        }

        AttachClocksToDays(layer, mentions, kept);
        JoinClocksWithNextDay(layer, mentions, kept);
        return (mentions, kept);
    }

    /// <summary>Resolves one candidate; a value outside the calendar ("10,000,000 days ago") leaves it out.</summary>
    private Timex? Resolve(TimeCandidate c, DateOnly? anchor, TextLayer layer)
    {
        try
        {
            return resolver.Resolve(c, anchor, layer);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A clock time takes the day of a full date stated in the same sentence ("on Monday at 10 a.m.").</summary>
    private static void AttachClocksToDays(TextLayer layer, List<TimeMention> mentions, List<TimeCandidate> candidates)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (candidates[i].Shape != TimeShape.Clock)
            {
                continue;
            }

            var sentence = layer.SentenceOf[candidates[i].FirstToken];
            var day = Enumerable.Range(Math.Max(0, i - 8), Math.Min(mentions.Count, i + 9) - Math.Max(0, i - 8))
                .Where(j => j != i && layer.SentenceOf[candidates[j].FirstToken] == sentence && mentions[j].Type == TimexType.Date
                    && mentions[j].Value.Length == 10 && mentions[j].Value[4] == '-' && mentions[j].Value[7] == '-')
                .OrderBy(j => Math.Abs(j - i))
                .Select(j => mentions[j].Value)
                .FirstOrDefault();
            if (day is not null)
            {
                mentions[i] = mentions[i] with { Value = day + TimeResolver.Clock(candidates[i]) };
            }
        }
    }

    /// <summary>
    /// A clock time right before its day is one expression ("12:00 UTC Monday", "10 a.m. Friday"): one TIMEX3 of type
    /// TIME whose value is already the day and the clock (see <see cref="AttachClocksToDays"/>).
    /// </summary>
    private static void JoinClocksWithNextDay(TextLayer layer, List<TimeMention> mentions, List<TimeCandidate> candidates)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (clock, day) = (candidates[i], candidates[i + 1]);
            if (clock.Shape != TimeShape.Clock || day.FirstToken != clock.EndToken || mentions[i + 1].Type != TimexType.Date
                || mentions[i + 1].Value.Length != 10 || !mentions[i].Value.StartsWith(mentions[i + 1].Value, StringComparison.Ordinal))
            {
                continue;
            }

            var span = mentions[i].Span with { End = mentions[i + 1].Span.End };
            mentions[i] = mentions[i] with { Span = span, Text = layer.Text[span.Start..span.End] };
            candidates[i] = clock with { EndToken = day.EndToken };
            mentions.RemoveAt(i + 1);
            candidates.RemoveAt(i + 1);
        }
    }
}
