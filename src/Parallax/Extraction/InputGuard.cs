using Parallax.Documents;

namespace Parallax.Extraction;

/// <summary>Refuses inputs that cannot be articles: too large, empty, or binary.</summary>
internal static class InputGuard
{
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
}
