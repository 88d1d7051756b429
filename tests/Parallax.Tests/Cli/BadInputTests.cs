using Parallax.Cli;
using Parallax.Tests.Storage;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Cli;

/// <summary>Every kind of bad input gets its own message and a non-zero exit, and the store keeps what it had.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    private string StoredListing() => CliRun.Run("stories", "--db", Db, "--format", "json").Out;

    private void IngestSamples()
    {
        var result = CliRun.Run("ingest", TestPaths.Samples, "--db", Db);
        Assert.Equal(ExitCodes.Ok, result.Exit);
    }

    [Theory]
    [InlineData("empty.txt", "", "input.empty")]
    [InlineData("binary.txt", "\0\u0001\u0002PNG\0\0\0", "input.binary")]
    [InlineData("notes.docx", "some text", "input.unsupported-format")]
    public void A_bad_file_is_named_with_its_reason_and_the_store_is_unchanged(string name, string content, string code)
    {
        // Given a store with the samples
        IngestSamples();
        var before = StoredListing();
        var path = _folder.File(name, content);

        // When the bad file is ingested
        var result = CliRun.Run("ingest", path, "--db", Db);

        // Then the exit is non-zero, the message names the file and the reason, and the stories are as they were
        Assert.NotEqual(ExitCodes.Ok, result.Exit);
        Assert.Contains(code, result.Error, StringComparison.Ordinal);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, StoredListing());
    }

    [Fact]
    public void A_200_MB_file_is_refused_without_being_read()
    {
        IngestSamples();
        var before = StoredListing();
        var path = Path.Combine(_folder.Path, "huge.html");
        using (var file = File.Create(path))
        {
            file.SetLength(200L * 1024 * 1024);
        }

        var result = CliRun.Run("ingest", path, "--db", Db);

        Assert.Equal(ExitCodes.InputError, result.Exit);
        Assert.Contains("input.too-large", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, StoredListing());
    }

    [Fact]
    public void A_broken_jsonl_line_is_reported_and_the_good_lines_are_stored()
    {
        var path = _folder.File("feed.jsonl", """
            {"url": "https://a.example/1", "outlet": "A", "published": "2025-03-11", "title": "Dam opened", "text": "Engineers opened the dam on Monday. About 12,000 people left their homes, officials said."}
            {"url": "https://a.example/2", "text": "unterminated
            """);

        var result = CliRun.Run("ingest", path, "--db", Db);

        Assert.Equal(ExitCodes.Partial, result.Exit);
        Assert.Contains("jsonl.bad-line", result.Error, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:2", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 articles read", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_db_gives_a_store_error()
    {
        var notAFolder = _folder.File("plain-file", "x");

        var result = CliRun.Run("ingest", TestPaths.Samples, "--db", Path.Combine(notAFolder, "store.db"));

        Assert.Equal(ExitCodes.StoreError, result.Exit);
        Assert.Contains("cannot open store", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_and_left_intact()
    {
        var foreign = _folder.File("notes.db", "these are my notes, not a database");

        var result = CliRun.Run("ingest", TestPaths.Samples, "--db", foreign);

        Assert.Equal(ExitCodes.StoreError, result.Exit);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(foreign));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("compare", "--format", "pdf", "x.txt")]
    [InlineData("ingest", "x.txt", "--threads", "0")]
    [InlineData("analyze", "x.txt", "--published", "yesterday-ish")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_with_the_usage_code(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_named()
    {
        var result = CliRun.Run("compare", Path.Combine(_folder.Path, "nope.html"));

        Assert.Equal(ExitCodes.InputError, result.Exit);
        Assert.Contains("input.not-found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_story_is_not_found()
    {
        IngestSamples();

        var result = CliRun.Run("report", "ffffffffffff", "--db", Db);

        Assert.Equal(ExitCodes.NotFound, result.Exit);
        Assert.Contains("no story 'ffffffffffff'", result.Error, StringComparison.Ordinal);
    }
}
