using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Tests.Storage;
using static Parallax.Tests.Ingest.IngestTestKit;

namespace Parallax.Tests.Ingest;

public sealed class InputReaderFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Html_and_text_files_become_documents_with_their_bytes()
    {
        var html = _folder.File("page.HTML", "<html><body><p>Hello</p></body></html>");
        var text = _folder.File("note.txt", "Plain words.\n");

        var items = await ReadAll([html, text]);

        Assert.Equal("doc doc", Codes(items));
        Assert.Equal((html, ContentKind.Html), (items[0].Document!.Name, items[0].Document!.Kind));
        Assert.Equal(ContentKind.Text, items[1].Document!.Kind);
        Assert.Equal("Plain words.\n", Text(items[1]));
        Assert.Null(items[1].Document!.Text);
    }

    [Fact]
    public async Task A_missing_path_is_input_not_found()
    {
        var items = await ReadAll([Path.Combine(_folder.Path, "nope.txt")]);

        var diagnostic = Assert.Single(items).Diagnostic!;
        Assert.Equal((IngestCodes.NotFound, Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.EndsWith("nope.txt", diagnostic.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public async Task An_empty_or_blank_file_is_input_empty(string content)
    {
        var items = await ReadAll([_folder.File("blank.txt", content)]);

        Assert.Equal(IngestCodes.Empty, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task Nul_bytes_early_in_a_text_file_mean_input_binary()
    {
        var bytes = "Looks like text\0\0\u0001 but is not"u8.ToArray();

        var items = await ReadAll([_folder.File("blob.txt", bytes), _folder.File("blob.html", bytes)]);

        Assert.Equal("input.binary input.binary", Codes(items));
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_not_binary()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("<p>Wide</p>")).ToArray();

        var items = await ReadAll([_folder.File("wide.html", bytes)]);

        Assert.Equal("doc", Codes(items));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder.Path, "huge.html");
        using (var huge = File.Create(path))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var items = await ReadAll([path]);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var diagnostic = Assert.Single(items).Diagnostic!;
        Assert.Equal(IngestCodes.TooLarge, diagnostic.Code);
        Assert.Contains("200 MB", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public async Task The_size_limit_is_an_option()
    {
        var path = _folder.File("small.txt", new string('x', 2000));

        var items = await ReadAll([path], IngestOptions.Default with { MaxFileBytes = 1000 });

        Assert.Equal(IngestCodes.TooLarge, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task An_unknown_extension_given_explicitly_lists_the_supported_ones()
    {
        var items = await ReadAll([_folder.File("table.csv", "a,b\n")]);

        var diagnostic = Assert.Single(items).Diagnostic!;
        Assert.Equal(IngestCodes.UnsupportedFormat, diagnostic.Code);
        Assert.Contains(".html, .htm, .txt, .jsonl", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_read_permission_is_input_unreadable()
    {
        var path = _folder.File("secret.txt", "hidden words");
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        if (CanOpen(path))
        {
            Assert.Skip("this user (root, or a system without Unix permission bits) reads the file anyway");
        }

        var items = await ReadAll([path]);

        Assert.Equal(IngestCodes.Unreadable, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task One_bad_input_does_not_stop_the_others()
    {
        var good = _folder.File("good.txt", "Fine.");

        var items = await ReadAll([Path.Combine(_folder.Path, "missing.txt"), good, _folder.File("empty.txt", "")]);

        Assert.Equal("input.not-found doc input.empty", Codes(items));
    }

    private static bool CanOpen(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
