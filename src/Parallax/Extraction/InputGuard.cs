using Parallax.Documents;

namespace Parallax.Extraction;

/// <summary>Refuses inputs that cannot be articles: too large, empty, binary, or nested beyond any real page.</summary>
internal static class InputGuard
{
    // Elements that never hold others or close themselves when a sibling opens: they add no nesting when left open.
    private static readonly HashSet<string> Flat = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
         "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>An error diagnostic when the raw input is over the size cap, else null.</summary>
    public static Diagnostic? CheckSize(SourceDocument document, long maxBytes)
    {
        long size = document.Text is { } t ? t.Length * 2L : document.Bytes.Length;
        return size > maxBytes
            ? new Diagnostic(Severity.Error, "input.too-large", $"input is {size:N0} bytes; the limit is {maxBytes:N0}", document.Name)
            : null;
    }

    /// <summary>An error diagnostic when the decoded text is empty or binary, else null.</summary>
    public static Diagnostic? CheckText(string text, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Diagnostic(Severity.Error, "input.empty", "input is empty or only white space", sourceName);
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var nul = 0;
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                nul++;
            }
            else if ((char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD')
            {
                control++;
            }
        }

        return nul * 200 > sample.Length || control * 10 > sample.Length
            ? new Diagnostic(Severity.Error, "input.binary", $"input looks binary ({nul} NUL and {control} control characters in the first {sample.Length})", sourceName)
            : null;
    }

    /// <summary>
    /// The offset at which the markup first holds more than <paramref name="maxOpen"/> unclosed containers at once,
    /// or -1 (counted on the raw text, before parsing: the HTML parser's cost grows faster than linearly with depth).
    /// </summary>
    public static int TooDeepAt(string html, int maxOpen)
    {
        var flat = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
        var open = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]) || flat.Contains(html.AsSpan(start, end - start)))
            {
                continue;
            }

            var selfClosing = html.IndexOf('>', end) is var gt and > 0 && html[gt - 1] == '/';
            open = closing ? Math.Max(0, open - 1) : selfClosing ? open : open + 1;
            if (open > maxOpen)
            {
                return i;
            }
        }

        return -1;
    }
}
