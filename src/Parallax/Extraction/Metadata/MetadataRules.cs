using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>The compiled form of <c>Rules/Extraction/metadata.json</c>.</summary>
internal sealed class MetadataRules
{
    private MetadataRules(MetadataFile f)
    {
        TitleSeparators = f.TitleSeparators;
        AuthorMetaNames = f.AuthorMetaNames;
        PublishedMetaNames = f.PublishedMetaNames;
        ModifiedMetaNames = f.ModifiedMetaNames;
        BylineClassHints = RuleFiles.Pattern(f.BylineClassHints);
        BylinePrefixes = RuleFiles.Pattern(f.BylinePrefixes);
        BylineReject = RuleFiles.Pattern(f.BylineReject);
        MaxBylineChars = f.MaxBylineChars;
    }

    public IReadOnlyList<string> TitleSeparators { get; }
    public IReadOnlyList<string> AuthorMetaNames { get; }
    public IReadOnlyList<string> PublishedMetaNames { get; }
    public IReadOnlyList<string> ModifiedMetaNames { get; }
    public Regex BylineClassHints { get; }
    public Regex BylinePrefixes { get; }
    public Regex BylineReject { get; }
    public int MaxBylineChars { get; }

    public static MetadataRules Load() => new(RuleFiles.Read<MetadataFile>("metadata.json"));

    private sealed record MetadataFile(
        string[] TitleSeparators,
        string[] AuthorMetaNames,
        string[] PublishedMetaNames,
        string[] ModifiedMetaNames,
        string BylineClassHints,
        string BylinePrefixes,
        string BylineReject,
        int MaxBylineChars);
}
