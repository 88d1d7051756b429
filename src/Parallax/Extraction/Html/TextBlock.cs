using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>A run of text that one block-level element holds directly, in document order.</summary>
internal sealed class TextBlock(IElement element, string text, int linkChars, bool isHeading, FurnitureRoot[] furniture)
{
    public IElement Element { get; } = element;

    /// <summary>The text with white space collapsed; line breaks from &lt;br&gt; are kept as "\n".</summary>
    public string Text { get; } = text;

    /// <summary>How many of the characters are inside links.</summary>
    public int LinkChars { get; } = linkChars;

    public bool IsHeading { get; } = isHeading;

    /// <summary>The furniture elements around the block, outermost first.</summary>
    public FurnitureRoot[] FurnitureChain { get; } = furniture;

    /// <summary>Why the block is furniture whatever the selection says ("nav", "hidden", "class:share"), or null.</summary>
    public string? Furniture { get; private set; } = furniture.Length == 0 ? null : furniture[0].Reason;

    /// <summary>Whether the block is a paragraph of prose rather than a label or a link.</summary>
    public bool IsProse(int minChars) => Text.Length >= minChars && LinkDensity < 0.3;

    /// <summary>Settles <see cref="Furniture"/> as the outermost furniture root not vetoed.</summary>
    public void SettleFurniture(IReadOnlySet<FurnitureRoot> vetoed)
    {
        Furniture = FurnitureChain.FirstOrDefault(r => !vetoed.Contains(r))?.Reason;
        DropReason = Furniture ?? "outside-main";
    }

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    /// <summary>Whether selection kept it, and why not when it did not.</summary>
    public string? DropReason { get; set; } = furniture.Length == 0 ? "outside-main" : furniture[0].Reason;
}

/// <summary>
/// An element whose subtree looks like furniture, and why. A weak root's class also has a content hint
/// ("post-author-bio", "article-tags"): it stays furniture only while it holds a small share of the prose.
/// </summary>
internal sealed record FurnitureRoot(IElement Element, string Reason, bool Weak);
