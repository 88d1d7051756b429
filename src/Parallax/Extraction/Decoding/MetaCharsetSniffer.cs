using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Decoding;

/// <summary>
/// Finds a charset declared in the first bytes of an HTML page: <c>&lt;meta charset="..."&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=..."&gt;</c>
/// (a simplified form of WHATWG HTML 13.2.3.2 "prescan a byte stream to determine its encoding").
/// </summary>
internal static class MetaCharsetSniffer
{
    private const int PrescanBytes = 4096;

    private static readonly Regex Meta = RuleFiles.Pattern(
        @"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]+)");

    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var m = Meta.Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }
}
