using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>A run of text that one block-level element holds directly, in document order.</summary>
internal sealed class TextBlock(IElement element, string text, int linkChars, bool isHeading)
{
    public IElement Element { get; } = element;

    /// <summary>The text with white space collapsed; line breaks from &lt;br&gt; are kept as "\n".</summary>
    public string Text { get; } = text;

    /// <summary>How many of the characters are inside links.</summary>
    public int LinkChars { get; } = linkChars;

    public bool IsHeading { get; } = isHeading;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    /// <summary>Whether selection kept it, and why not when it did not.</summary>
    public string? DropReason { get; set; } = "outside-main";
}
