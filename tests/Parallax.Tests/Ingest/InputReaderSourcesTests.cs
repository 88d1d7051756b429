using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Tests.Storage;
using static Parallax.Tests.Ingest.IngestTestKit;

namespace Parallax.Tests.Ingest;

/// <summary>Folders, sidecars and standard input.</summary>
public sealed class InputReaderSourcesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_folder_is_read_recursively_in_name_order_with_only_known_extensions()
    {
        _folder.File("b.txt", "B");
        _folder.File("a.html", "<p>A</p>");
        _folder.File("a.meta.json", """{"outlet": "A outlet"}""");
        _folder.File("notes.csv", "x,y");
        _folder.File(".hidden.txt", "H");
        _folder.File("sub/c.jsonl", """{"text": "C"}""");
        _folder.File("sub/deeper/d.htm", "<p>D</p>");

        var items = await ReadAll([_folder.Path]);

        Assert.Equal(["A", "B", "C", "D"], items.Select(i => Text(i).Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal)));
        Assert.Equal("A outlet", items[0].Document!.Hints.Outlet);
    }

    [Fact]
    public async Task A_sidecar_gives_hints_and_overrides_the_published_option()
    {
        var path = _folder.File("000_story.txt", "Body text.");
        _folder.File("000_story.meta.json", """{"published": "2021-07-28", "url": "https://x.example/s", "title": "T", "language": "en", "outlet": "O"}""");
        var other = _folder.File("001_story.txt", "Other body.");
        var option = new DateTimeOffset(2022, 5, 6, 0, 0, 0, TimeSpan.Zero);

        var items = await ReadAll([path, other], IngestOptions.Default with { Published = option });

        var hints = items[0].Document!.Hints;
        Assert.Equal(new DateTimeOffset(2021, 7, 28, 0, 0, 0, TimeSpan.Zero), hints.Published);
        Assert.Equal(("https://x.example/s", "T", "en", "O"), (hints.Url, hints.Title, hints.Language, hints.Outlet));
        Assert.Equal(option, items[1].Document!.Hints.Published);
    }

    [Theory]
    [InlineData("{\"published\": ", IngestCodes.MetaBadJson)]
    [InlineData("[\"2021-07-28\"]", IngestCodes.MetaBadJson)]
    [InlineData("{\"published\": \"28/07/2021\"}", IngestCodes.MetaBadValue)]
    public async Task A_bad_sidecar_is_a_warning_and_the_document_still_comes_through(string sidecar, string code)
    {
        var path = _folder.File("x.html", "<p>X</p>");
        _folder.File("x.meta.json", sidecar);

        var items = await ReadAll([path]);

        Assert.Equal($"{code} doc", Codes(items));
        Assert.Equal(Severity.Warning, items[0].Diagnostic!.Severity);
        Assert.EndsWith("x.meta.json", items[0].Diagnostic!.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  <!doctype html><p>Hi</p>", ContentKind.Html)]
    [InlineData("\uFEFF<p>Hi</p>", ContentKind.Html)]
    [InlineData("Hi there", ContentKind.Text)]
    public async Task Stdin_is_sniffed_as_html_or_text(string input, ContentKind kind)
    {
        var items = await ReadAll(["-"], stdin: Stdin(input));

        var document = Assert.Single(items).Document!;
        Assert.Equal((InputReader.StdinName, kind), (document.Name, document.Kind));
    }

    [Fact]
    public async Task Stdin_format_can_be_forced()
    {
        var items = await ReadAll(["-"], IngestOptions.Default with { Stdin = StdinFormat.Text }, Stdin("<p>literal</p>"));

        Assert.Equal(ContentKind.Text, Assert.Single(items).Document!.Kind);
    }

    [Fact]
    public async Task Stdin_can_carry_json_lines()
    {
        var items = await ReadAll(["-"], IngestOptions.Default with { Stdin = StdinFormat.Jsonl }, Stdin("{\"text\":\"a\"}\nbroken\n{\"html\":\"<p>b</p>\"}\n"));

        Assert.Equal("doc jsonl.bad-line doc", Codes(items));
        Assert.Equal("stdin:3", items[2].Document!.Name);
    }

    [Fact]
    public async Task Empty_or_oversized_stdin_is_a_diagnostic()
    {
        var empty = await ReadAll(["-"], stdin: Stdin(""));
        var large = await ReadAll(["-"], IngestOptions.Default with { MaxFileBytes = 10 }, Stdin(new string('a', 50)));

        Assert.Equal(IngestCodes.Empty, Assert.Single(empty).Diagnostic?.Code);
        Assert.Equal(IngestCodes.TooLarge, Assert.Single(large).Diagnostic?.Code);
    }

    [Fact]
    public async Task Stdin_that_cannot_be_opened_is_input_unreadable()
    {
        var items = await ReadAll(["-"]);

        Assert.Equal(IngestCodes.Unreadable, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task Folders_nested_past_the_limit_are_reported()
    {
        _folder.File("a/b/c/deep.txt", "Deep.");

        var items = await ReadAll([_folder.Path], IngestOptions.Default with { MaxFolderDepth = 1 });

        Assert.Equal(IngestCodes.TooDeep, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_reader()
    {
        _folder.File("a.txt", "A");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var reader = new InputReader(() => Stream.Null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in reader.ReadAsync([_folder.Path], IngestOptions.Default, cancel.Token))
            {
                Assert.Fail("read " + item);
            }
        });
    }
}
