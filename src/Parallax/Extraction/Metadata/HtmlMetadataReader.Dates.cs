using System.Text;
using AngleSharp.Dom;
using Parallax.Documents;

namespace Parallax.Extraction.Metadata;

/// <summary>Publication dates shown to readers, when the page declares none in its head.</summary>
internal sealed partial class HtmlMetadataReader
{
    private static readonly string[] DateAttributes = ["datetime", "content", "title", "data-date", "data-timestamp"];

    /// <summary>
    /// The first date in an element that names a date (class or id with "date", "time", "publish", …; time, abbr),
    /// outside comments, sidebars and "updated" notes; its machine-readable attribute first, then its text.
    /// </summary>
    private Found<DateTimeOffset>? ElementDate(IDocument doc)
    {
        if (doc.Body is null)
        {
            return null;
        }

        foreach (var e in doc.Body.QuerySelectorAll(rules.DateElementSelector).Take(300))
        {
            if (InSkippedContainer(e))
            {
                continue;
            }

            foreach (var attr in DateAttributes)
            {
                if (DateReader.Parse(e.GetAttribute(attr)) is { } fromAttr)
                {
                    return new Found<DateTimeOffset>(fromAttr, "element." + attr);
                }
            }

            var text = e.TextContent;
            if (text.Length <= 200 && rules.TextDates.Find(text) is { } fromText)
            {
                return new Found<DateTimeOffset>(fromText, "element.text");
            }
        }

        return null;
    }

    /// <summary>The first date written in the text that follows the headline ("Published May 7, 2019").</summary>
    private Found<DateTimeOffset>? DateAfterHeadline(IElement? headline) =>
        headline is not null && rules.TextDates.Find(TextAfter(headline, rules.DateTextAfterTitleChars)) is { } d
            ? new Found<DateTimeOffset>(d, "text.after-title")
            : null;

    private bool InSkippedContainer(IElement e)
    {
        for (var a = e; a is not null and not { LocalName: "body" }; a = a.ParentElement)
        {
            if (SkipsDates(a))
            {
                return true;
            }
        }

        return false;
    }

    private bool SkipsDates(IElement e)
    {
        if (e.LocalName is "aside" or "nav" or "footer" or "form" or "script" or "style")
        {
            return true;
        }

        var words = e.GetAttribute("class") + " " + e.Id;
        return words.Length > 1 && rules.DateElementSkip.IsMatch(words);
    }

    /// <summary>
    /// The headline's own text and the text after it in document order, up to <paramref name="max"/> characters,
    /// leaving out elements whose dates are not the article's.
    /// </summary>
    private string TextAfter(IElement start, int max)
    {
        var sb = new StringBuilder(start.TextContent);
        for (INode? n = start; n is not null && sb.Length < max; n = n.NextSibling ?? Up(n))
        {
            if (!ReferenceEquals(n, start) && !(n is IElement e && SkipsDates(e)))
            {
                sb.Append(' ').Append(n.TextContent);
            }
        }

        return sb.Length > max ? sb.ToString(0, max) : sb.ToString();
    }

    /// <summary>The node after <paramref name="n"/>'s subtree in document order when it has no next sibling.</summary>
    private static INode? Up(INode n)
    {
        for (var p = n.Parent; p is not null; p = p.Parent)
        {
            if (p.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }
}
