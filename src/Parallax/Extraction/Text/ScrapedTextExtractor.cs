using Parallax.Documents;
using Parallax.Pipeline;

namespace Parallax.Extraction.Text;

/// <summary>
/// Extracts the article from a page scraped to plain text: every line is classified by rules as data
/// (appeals, newsletter prompts, breadcrumbs, captions, notices, interface words), the title is the first
/// headline-like line before the body, and the body is what remains, one paragraph per line.
/// </summary>
internal sealed class ScrapedTextExtractor(TextRules rules, OutletSignatures outlets, ExtractionOptions options)
{
    private readonly LineClassifier _classifier = new(rules);
    private readonly CaptionJudge _captions = new(rules);

    public ExtractionResult Extract(SourceDocument document, string input)
    {
        var lines = TextLine.Split(input);
        var reasons = _classifier.Classify(lines);
        MarkMasthead(lines, reasons, outlets.Infer(lines.Where((l, i) => reasons[i] is not null).Select(l => l.Text)));
        var title = FindTitle(lines, reasons);
        MarkOutsideBody(lines, reasons, title);
        JudgeCaptions(lines, reasons);

        var builder = new CleanTextBuilder();
        var removed = new List<RemovedSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (reasons[i] is { } reason)
            {
                AddRemoved(removed, line, reason, input);
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Insert("\n\n", line.Start);
            }

            builder.Copy(input, line.Start, line.End - line.Start);
        }

        var (text, map) = builder.Build();
        if (text.Length == 0)
        {
            return ExtractionResult.Failed(new Diagnostic(Severity.Error, "text.no-body", "no article body found: every line looks like site furniture", document.Name));
        }

        var furniture = lines.Where((l, i) => reasons[i] is not null and not "title").Select(l => l.Text);
        var outlet = outlets.Infer(furniture);
        var article = new Article
        {
            Id = "",
            SourceName = document.Name,
            Text = text,
            Map = map,
            Input = input,
            Removed = removed,
            Title = title is { } t ? new Found<string>(lines[t].Text, "text.headline") : null,
            Outlet = outlet is null ? null : new Found<string>(outlet, "text.signature"),
        };
        var diagnostics = new List<Diagnostic>();
        if (title is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, "text.no-title", "no headline-like line found before the body", document.Name));
        }

        return new ExtractionResult(article, diagnostics);
    }

    /// <summary>
    /// A line before the first prose line that is just the outlet's name (as its furniture signs it) is the
    /// masthead, not the headline ("The" before the name is optional on either side).
    /// </summary>
    private void MarkMasthead(List<TextLine> lines, string?[] reasons, string? outlet)
    {
        if (outlet is null)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null && _classifier.IsProse(lines[i]))
            {
                return;
            }

            if (reasons[i] is null && string.Equals(WithoutArticle(lines[i].Text), WithoutArticle(outlet), StringComparison.OrdinalIgnoreCase))
            {
                reasons[i] = "masthead";
            }
        }
    }

    private static string WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private int? FindTitle(List<TextLine> lines, string?[] reasons)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null && !lines[i].IsBlank && _classifier.IsHeadline(lines[i]) && ProseFollows(lines, reasons, i))
            {
                reasons[i] = "title";
                return i;
            }

            if (reasons[i] is null && _classifier.IsProse(lines[i]))
            {
                return null;
            }
        }

        return null;
    }

    private bool ProseFollows(List<TextLine> lines, string?[] reasons, int from)
    {
        var seen = 0;
        for (var j = from + 1; j < lines.Count && seen < 8; j++)
        {
            if (lines[j].IsBlank)
            {
                continue;
            }

            seen++;
            if (reasons[j] is null && _classifier.IsProse(lines[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Unclassified lines before the title, and non-prose lines after the last prose line, are furniture.</summary>
    private void MarkOutsideBody(List<TextLine> lines, string?[] reasons, int? title)
    {
        for (var i = 0; i < (title ?? 0); i++)
        {
            if (!lines[i].IsBlank)
            {
                reasons[i] ??= "before-title";
            }
        }

        var lastProse = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null && _classifier.IsProse(lines[i]))
            {
                lastProse = i;
            }
        }

        for (var i = lastProse + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                reasons[i] ??= "after-body";
            }
        }
    }

    private void JudgeCaptions(List<TextLine> lines, string?[] reasons)
    {
        var body = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null)
            {
                body.UnionWith(CaptionJudge.NamedWords(lines[i].Text));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] == LineClassifier.Caption)
            {
                var belongs = _captions.Belongs(lines[i].Text, body);
                reasons[i] = belongs ? (options.KeepOwnCaptions ? null : "caption") : "caption.other-story";
            }
        }
    }

    private static void AddRemoved(List<RemovedSpan> removed, TextLine line, string reason, string input)
    {
        if (removed.Count > 0 && removed[^1] is { } last && string.Equals(last.Reason, reason, StringComparison.Ordinal)
            && string.IsNullOrWhiteSpace(input[last.End..line.Start]))
        {
            removed[^1] = last with { End = line.End, Text = input[last.Start..line.End] };
            return;
        }

        removed.Add(new RemovedSpan(line.Start, line.End, reason, line.Text));
    }
}
