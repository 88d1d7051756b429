using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Tests.Storage;
using static Parallax.Tests.Ingest.IngestTestKit;

namespace Parallax.Tests.Ingest;

public sealed class InputReaderJsonlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Good_lines_come_through_around_a_broken_one()
    {
        var path = _folder.File("feed.jsonl", string.Join('\n',
            """{"id": "a1", "url": "https://x.example/1", "outlet": "X", "title": "One", "published": "2021-07-28T10:15:00+03:00", "html": "<p>One</p>"}""",
            """{"text": "Two, broken", """,
            "",
            """{"id": 17, "text": "Three"}"""));

        var items = await ReadAll([path]);

        Assert.Equal("doc jsonl.bad-line doc", Codes(items));
        var first = items[0].Document!;
        Assert.Equal((path + ":1", ContentKind.Html, "<p>One</p>", "a1"), (first.Name, first.Kind, first.Text, items[0].RecordId));
        Assert.Equal(("https://x.example/1", "X", "One"), (first.Hints.Url, first.Hints.Outlet, first.Hints.Title));
        Assert.Equal(new DateTimeOffset(2021, 7, 28, 10, 15, 0, TimeSpan.FromHours(3)), first.Hints.Published);
        Assert.Equal(path + ":2", items[1].Diagnostic!.Source);
        Assert.Contains("line 2", items[1].Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal((path + ":4", ContentKind.Text, "17"), (items[2].Document!.Name, items[2].Document!.Kind, items[2].RecordId));
    }

    [Theory]
    [InlineData("""{"title": "no body"}""", IngestCodes.JsonlNoContent)]
    [InlineData("""{"html": "", "text": "   "}""", IngestCodes.JsonlNoContent)]
    [InlineData("""[1, 2]""", IngestCodes.JsonlBadLine)]
    [InlineData("""{"text": "a"} trailing""", IngestCodes.JsonlBadLine)]
    [InlineData("""{"text": "lone \ud800 surrogate"}""", IngestCodes.JsonlBadLine)]
    [InlineData("""{"text": "ok", "title": "\udc00"}""", IngestCodes.JsonlBadLine)]
    public async Task A_record_without_usable_content_is_a_diagnostic(string line, string code)
    {
        var items = await ReadAll([_folder.File("one.jsonl", line + "\n")]);

        Assert.Equal(code, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task A_bad_date_is_a_warning_and_the_record_still_comes_through()
    {
        var items = await ReadAll([_folder.File("d.jsonl", """{"text": "Body", "published": "last Tuesday", "outlet": 5}""")]);

        Assert.Equal("jsonl.bad-value jsonl.bad-value doc", Codes(items));
        Assert.All(items.Take(2), i => Assert.Equal(Severity.Warning, i.Diagnostic!.Severity));
        Assert.Null(items[2].Document!.Hints.Published);
    }

    [Fact]
    public async Task A_dct_field_is_the_publication_date_when_published_is_absent()
    {
        var items = await ReadAll([_folder.File("t.jsonl", """{"id": "d1", "dct": "1998-08-07", "text": "Body"}""")]);

        Assert.Equal(new DateTimeOffset(1998, 8, 7, 0, 0, 0, TimeSpan.Zero), Assert.Single(items).Document!.Hints.Published);
    }

    [Fact]
    public async Task A_line_over_the_cap_is_skipped_and_the_next_one_read()
    {
        var path = _folder.File("long.jsonl", $$"""{"text": "{{new string('x', 500)}}"}""" + "\r\n" + """{"text": "short"}""" + "\r\n");

        var items = await ReadAll([path], IngestOptions.Default with { MaxLineChars = 100 });

        Assert.Equal("jsonl.line-too-long doc", Codes(items));
        Assert.Equal("short", items[1].Document!.Text);
    }

    [Fact]
    public async Task A_file_with_no_records_is_input_empty()
    {
        var items = await ReadAll([_folder.File("blank.jsonl", "\n\n  \n")]);

        Assert.Equal(IngestCodes.Empty, Assert.Single(items).Diagnostic?.Code);
    }

    [Fact]
    public async Task Too_many_bad_lines_stop_the_file_with_a_diagnostic()
    {
        var path = _folder.File("junk.jsonl", string.Concat(Enumerable.Repeat("not json\n", 500)));

        var items = await ReadAll([path]);

        Assert.True(items.Count <= 101, $"{items.Count} items");
        Assert.Contains("not read", items[^1].Diagnostic!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_fields_override_the_sidecar_and_the_sidecar_overrides_the_option()
    {
        _folder.File("batch.meta.json", """{"outlet": "Sidecar Outlet", "published": "2020-01-02"}""");
        var path = _folder.File("batch.jsonl", """{"text": "A", "outlet": "Record Outlet"}""" + "\n" + """{"text": "B"}""");

        var items = await ReadAll([path], IngestOptions.Default with { Published = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal("Record Outlet", items[0].Document!.Hints.Outlet);
        Assert.Equal("Sidecar Outlet", items[1].Document!.Hints.Outlet);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), items[1].Document!.Hints.Published);
    }
}
