using System.Text.Json;
using Parallax.Cli;
using Parallax.Documents;
using Parallax.Facts;
using Parallax.Pipeline;
using Parallax.Tests.Storage;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Cli;

/// <summary>`parallax ingest` run again on a store: only the new inputs are analysed and placed in the stored stories.</summary>
public sealed class IncrementalIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    private sealed class CountingAnalyzer(ITextAnalyzer inner) : ITextAnalyzer
    {
        private int _count;

        public int Count => _count;

        public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return inner.Analyze(article, cancellationToken);
        }
    }

    private static CliResult Run(ParallaxEngine engine, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = Program.Run(args, new CliContext(output, error) { EngineOverride = engine }, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    private List<JsonElement> Stories() =>
        [.. JsonDocument.Parse(CliRun.Run("stories", "--db", Db, "--format", "json").Out).RootElement.Clone().EnumerateArray()];

    private static List<string> Ids(JsonElement story) => [.. story.GetProperty("articleIds").EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void A_second_ingest_analyses_only_its_own_inputs()
    {
        // Given an engine that counts analyses, and the samples split in two
        var counting = new CountingAnalyzer(new TextAnalyzer());
        var engine = ParallaxDefaults.Builder().UseAnalyzer(counting).Build();
        var files = Directory.GetFiles(TestPaths.Samples).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        // When the halves are ingested one after the other
        Assert.Equal(ExitCodes.Ok, Run(engine, ["ingest", .. files[..2], "--db", Db]).Exit);
        Assert.Equal(ExitCodes.Ok, Run(engine, ["ingest", .. files[2..], "--db", Db]).Exit);

        // Then each input was analysed once, and the four reports of the flood are one story, as in one ingest
        Assert.Equal(files.Length, counting.Count);
        var story = Assert.Single(Stories());
        Assert.Equal(files.Length, Ids(story).Count);
    }

    [Fact]
    public void Samples_ingested_after_the_seeds_stay_out_of_the_seed_story()
    {
        // Given a store holding the two seed articles
        var seeds = Directory.GetFiles(TestPaths.Seeds(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(ExitCodes.Ok, CliRun.Run(["ingest", .. seeds, "--db", Db]).Exit);
        var seedIds = Ids(Assert.Single(Stories()));

        // When the samples are ingested in a second run
        var second = CliRun.Run("ingest", TestPaths.Samples, "--db", Db);

        // Then the seeds are still one story of their own, and the samples make another
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Contains("2 stories in the store", second.Out, StringComparison.Ordinal);
        var stories = Stories();
        Assert.Equal(seedIds, Ids(stories.Single(s => Ids(s).Contains(seedIds[0]))));
        Assert.Equal(4, Ids(stories.Single(s => !Ids(s).Contains(seedIds[0]))).Count);
    }

    [Fact]
    public void Stories_rebuild_regroups_the_store_as_one_ingest_does()
    {
        // Given the samples ingested in two runs into one store and in one run into another
        var files = Directory.GetFiles(TestPaths.Samples).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        CliRun.Run(["ingest", .. files[..1], "--db", Db]);
        CliRun.Run(["ingest", .. files[1..], "--db", Db]);
        var once = Path.Combine(_folder.Path, "once.db");
        CliRun.Run(["ingest", .. files, "--db", once]);

        // When the first store's stories are rebuilt
        var rebuilt = CliRun.Run("stories", "--db", Db, "--rebuild", "--format", "json");

        // Then they are the stories of the one ingest
        Assert.Equal(ExitCodes.Ok, rebuilt.Exit);
        Assert.Equal(CliRun.Run("stories", "--db", once, "--format", "json").Out, rebuilt.Out);
    }
}
