using System.Collections.Frozen;
using System.Text;
using Parallax.Documents;

namespace Parallax.Extraction.Decoding;

/// <summary>
/// Turns input bytes into text. Order of authority, as in the HTML encoding sniffing algorithm
/// (WHATWG HTML 13.2.3.2): a byte order mark, then the transport's charset, then (HTML only) a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first bytes, else UTF-8.
/// A declared UTF-8 that is not valid UTF-8 falls back to windows-1252 with a diagnostic.
/// </summary>
internal static class CharsetDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedInput Decode(ReadOnlySpan<byte> bytes, ContentKind kind, string? transportCharset, string sourceName)
    {
        var diagnostics = new List<Diagnostic>();
        if (Bom(bytes) is { } bom)
        {
            return new DecodedInput(bom.Encoding.GetString(bytes[bom.Length..]), bom.Encoding.WebName, diagnostics);
        }

        var declared = Named(transportCharset, "transport", sourceName, diagnostics);
        if (declared is null && kind == ContentKind.Html)
        {
            declared = Named(MetaCharsetSniffer.Sniff(bytes), "meta", sourceName, diagnostics);
        }

        if (declared is not null && !IsUtf8(declared))
        {
            return new DecodedInput(declared.GetString(bytes), declared.WebName, diagnostics);
        }

        if (TryUtf8(bytes, out var text))
        {
            return new DecodedInput(text, "utf-8", diagnostics);
        }

        var fallback = Windows1252();
        diagnostics.Add(new Diagnostic(
            Severity.Warning,
            "charset.invalid-utf8",
            declared is null
                ? "no charset declared and the bytes are not valid UTF-8; decoded as windows-1252"
                : "declared UTF-8 but the bytes are not valid UTF-8; decoded as windows-1252",
            sourceName));
        return new DecodedInput(fallback.GetString(bytes), fallback.WebName, diagnostics);
    }

    /// <summary>An encoding by its IANA name or alias, including the legacy code pages; null when unknown.</summary>
    public static Encoding? ByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (key is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            // WHATWG Encoding: these labels all mean windows-1252.
            return Windows1252();
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(key) ?? TryBuiltIn(key);
    }

    private static Encoding? TryBuiltIn(string key) =>
        key is "utf-8" or "utf8" ? Encoding.UTF8 : BuiltIn.Value.TryGetValue(key, out var info) ? info.GetEncoding() : null;

    // The runtime's own encodings by name, listed once (Encoding.GetEncodings builds the whole list on every call).
    private static readonly Lazy<FrozenDictionary<string, EncodingInfo>> BuiltIn = new(() =>
        Encoding.GetEncodings().DistinctBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase));

    private static Encoding? Named(string? name, string where, string sourceName, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var encoding = ByName(name);
        if (encoding is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "charset.unknown", $"unknown charset '{name}' from {where}; ignored", sourceName));
        }

        return encoding;
    }

    private static bool IsUtf8(Encoding e) => e.CodePage == Encoding.UTF8.CodePage;

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = "";
            return false;
        }

        text = StrictUtf8.GetString(bytes);
        return true;
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => null,
    };
}
