using System.Text.Json;
using Parallax.Cli;
using Parallax.Tests.Storage;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Cli;

/// <summary>The whole path through the CLI: inputs to the store, stories, and reports in every format.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    private static JsonElement ParseJson(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void The_seeds_make_one_story_of_two_articles_with_their_outlets_and_titles()
    {
        // Given the two real seed scrapes with their publication-date sidecars
        var seeds = Directory.GetFiles(TestPaths.Seeds(), "*.txt").Order(StringComparer.Ordinal).ToArray();

        // When they are analysed
        var analyze = CliRun.Run(["analyze", .. seeds, "--db", Db, "--format", "json"]);

        // Then both are stored, the outlets and titles are recognised, and one report covers both
        Assert.Equal(ExitCodes.Ok, analyze.Exit);
        Assert.Contains("2 articles read, 2 stored, 0 inputs failed; 1 stories in the store", analyze.Error, StringComparison.Ordinal);
        var report = ParseJson(analyze.Out);
        var articles = report.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["Press TV", "The Moscow Times"], articles.Select(a => a.GetProperty("outlet").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(articles, a => a.GetProperty("title").GetString() == "Russia to Boost Tajikistan Army Amid Afghanistan 'Deterioration'");
        Assert.Contains(articles, a => a.GetProperty("title").GetString() == "Russia says Daesh terrorists moving into Afghanistan, pledges to boost Tajik army");
        Assert.All(articles, a => Assert.StartsWith("2021-07-28", a.GetProperty("published").GetString(), StringComparison.Ordinal));
        Assert.Contains(report.GetProperty("facts").EnumerateArray(), f => f.GetProperty("status").GetString() == "agreed");

        // And the stored story lists both articles
        var stories = ParseJson(CliRun.Run("stories", "--db", Db, "--format", "json").Out).EnumerateArray().ToList();
        var story = Assert.Single(stories);
        Assert.Equal(2, story.GetProperty("articleIds").GetArrayLength());
    }

    [Fact]
    public void A_stored_story_is_reported_in_every_format_and_to_a_file()
    {
        // Given the samples in a store
        Assert.Equal(ExitCodes.Ok, CliRun.Run("ingest", TestPaths.Samples, "--db", Db).Exit);
        var story = ParseJson(CliRun.Run("stories", "--db", Db, "--format", "json").Out)[0];
        var id = story.GetProperty("id").GetString()!;

        // When its report is asked for by an id prefix in each format
        var json = CliRun.Run("report", id[..6], "--db", Db, "--format", "json");
        var markdown = CliRun.Run("report", id, "--db", Db, "--format", "md");
        var html = CliRun.Run("report", id, "--db", Db, "--format", "html");
        var text = CliRun.Run("report", id, "--db", Db);
        var file = Path.Combine(_folder.Path, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var toFile = CliRun.Run("report", id, "--db", Db, "--format", "html", "--out", file);

        // Then each is the same story in its own shape
        Assert.All([json, markdown, html, text, toFile], r => Assert.Equal(ExitCodes.Ok, r.Exit));
        var report = ParseJson(json.Out);
        Assert.Equal(4, report.GetProperty("articles").GetArrayLength());
        foreach (var field in new[] { "articles", "facts", "framing" })
        {
            Assert.Equal(JsonValueKind.Array, report.GetProperty(field).ValueKind);
        }

        Assert.StartsWith("#", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("<html", html.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harrow", text.Out, StringComparison.Ordinal);
        Assert.Equal(html.Out, File.ReadAllText(file));
    }

    [Fact]
    public void Compare_does_not_touch_the_store_and_gives_the_report_shape()
    {
        // Given the samples and no store
        // When they are compared as one story
        var result = CliRun.Run("compare", TestPaths.Samples, "--format", "json", "--threads", "2");

        // Then the report names every article and every fact mention points into its article's text
        Assert.Equal(ExitCodes.Ok, result.Exit);
        var report = ParseJson(result.Out);
        var ids = report.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(4, ids.Count);
        var mentions = report.GetProperty("facts").EnumerateArray().SelectMany(f => f.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            Assert.Contains(m.GetProperty("article").GetString(), ids);
            Assert.True(m.GetProperty("end").GetInt32() > m.GetProperty("start").GetInt32());
        });
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Ingesting_the_same_inputs_twice_stores_them_once()
    {
        var first = CliRun.Run("ingest", TestPaths.Samples, "--db", Db);
        var second = CliRun.Run("ingest", TestPaths.Samples, "--db", Db);

        Assert.Contains("4 articles read, 4 stored", first.Out, StringComparison.Ordinal);
        Assert.Contains("4 articles read, 0 stored", second.Out, StringComparison.Ordinal);
        Assert.Equal(4, second.Out.Split('\n').Count(l => l.StartsWith("unchanged", StringComparison.Ordinal)));
    }

    [Fact]
    public void Standard_input_is_read_as_one_article()
    {
        var text = File.ReadAllText(TestPaths.Sample("coastline-daily.txt"));

        var result = CliRun.RunWithStdin(text, "compare", "-", "--published", "2025-03-11", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal(1, ParseJson(result.Out).GetProperty("articles").GetArrayLength());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    [InlineData("stories")]
    [InlineData("report")]
    [InlineData("compare")]
    [InlineData("extract")]
    [InlineData("cluster")]
    public void Every_command_has_help(string command)
    {
        var result = CliRun.Run(command, "--help");

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains(command, result.Out, StringComparison.Ordinal);
    }
}
