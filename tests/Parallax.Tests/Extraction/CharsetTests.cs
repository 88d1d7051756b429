using System.Text;
using Parallax.Documents;
using static Parallax.Tests.Extraction.ExtractionKit;

namespace Parallax.Tests.Extraction;

/// <summary>Bytes to text: byte order marks, declared charsets (transport, meta), legacy code pages, and declarations that lie.</summary>
public sealed class CharsetTests
{
    private const string Cyrillic = "Паром на остров Чайка отменён после повреждения корпуса, сообщил оператор в понедельник утром.";
    private const string Latin = "Le café du port de Sorrel a rouvert ses portes après l'été, a déclaré le propriétaire à la presse.";

    private static readonly Encoding Cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Page(string head, string sentence) =>
        $"<html><head>{head}<title>T</title></head><body><article><p>{sentence}</p><p>{sentence}</p><p>{sentence}</p></article></body></html>";

    [Fact]
    public void A_UTF8_byte_order_mark_decides_and_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1251\">", Latin))).ToArray();

        var article = ArticleOf(HtmlBytes(bytes));

        Assert.StartsWith(Latin, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', article.Input);
    }

    [Fact]
    public void A_UTF16_byte_order_mark_decodes_UTF16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page("", Cyrillic))).ToArray();

        var article = ArticleOf(HtmlBytes(bytes));

        Assert.StartsWith(Cyrillic, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_of_windows_1251_decodes_Cyrillic()
    {
        var bytes = Cp1251.GetBytes(Page("<meta charset=\"windows-1251\">", Cyrillic));

        var result = HtmlBytes(bytes);

        Assert.StartsWith(Cyrillic, ArticleOf(result).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("charset.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_latin_1_http_equiv_declaration_decodes_accents()
    {
        var bytes = Cp1252.GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", Latin));

        var article = ArticleOf(HtmlBytes(bytes));

        Assert.StartsWith(Latin, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_UTF8_that_is_really_windows_1252_is_decoded_as_1252_with_a_warning()
    {
        // Given a page that says utf-8 but was saved in windows-1252 (é is the single byte 0xE9)
        var bytes = Cp1252.GetBytes(Page("<meta charset=\"utf-8\">", Latin));

        // When it is extracted
        var result = HtmlBytes(bytes);

        // Then no replacement characters appear and the mismatch is reported
        Assert.StartsWith(Latin, ArticleOf(result).Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', ArticleOf(result).Text);
        Assert.Contains(result.Diagnostics, d => d.Code == "charset.invalid-utf8");
    }

    [Fact]
    public void The_transport_charset_wins_over_the_meta_declaration()
    {
        var bytes = Cp1251.GetBytes(Page("<meta charset=\"iso-8859-1\">", Cyrillic));

        var article = ArticleOf(HtmlBytes(bytes, new DocumentHints { Charset = "windows-1251" }));

        Assert.StartsWith(Cyrillic, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_charset_name_is_reported_and_UTF8_is_used()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-martian-7\">", Latin));

        var result = HtmlBytes(bytes);

        Assert.Contains(result.Diagnostics, d => d.Code == "charset.unknown");
        Assert.StartsWith(Latin, ArticleOf(result).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_UTF8_is_read_as_UTF8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("", Cyrillic));

        var result = HtmlBytes(bytes);

        Assert.StartsWith(Cyrillic, ArticleOf(result).Text, StringComparison.Ordinal);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_scraped_text_in_windows_1251_decodes_with_the_transport_charset()
    {
        var text = "Паром отменён\n\n" + Cyrillic + "\n\n" + Cyrillic;
        var document = SourceDocument.FromBytes("page.txt", ContentKind.Text, Cp1251.GetBytes(text), new DocumentHints { Charset = "windows-1251" });

        var article = ArticleOf(Extractor.Extract(document, TestContext.Current.CancellationToken));

        Assert.Contains(Cyrillic, article.Text, StringComparison.Ordinal);
    }
}
