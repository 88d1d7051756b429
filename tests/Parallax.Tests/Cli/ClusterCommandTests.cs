using System.Text.Json;
using static Parallax.Tests.Stories.StoryKit;

namespace Parallax.Tests.Cli;

/// <summary>`parallax cluster` read as a stream of blocks: output order, stories across blocks, bad options.</summary>
public sealed class ClusterCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cluster-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Input(params (string Id, string Text, int Day)[] lines)
    {
        var path = Path.Combine(_dir, "input.jsonl");
        File.WriteAllLines(path, lines.Select(l => JsonSerializer.Serialize(new { id = l.Id, text = l.Text, published = March10.AddDays(l.Day).ToString("O") })));
        return path;
    }

    private static Dictionary<string, string> Clusters(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("cluster").GetString()!);

    [Fact]
    public void A_report_in_a_later_block_joins_the_story_of_an_earlier_one()
    {
        // Given two reports of a ferry accident with a budget vote and two earthquakes between them
        var input = Input(("wire", FerryWire, 0), ("budget", Budget, 0), ("velka", QuakeVelka, 0), ("marrow", QuakeMarrow, 0), ("own", FerryOwnReport, 1));

        // When they are clustered two lines per block (the second ferry report in the last block)
        var result = CliRun.Run("cluster", "--input", input, "--block", "2", "--features", "light");

        // Then every id is written once, in input order, and the two ferry reports share a cluster of their own
        Assert.Equal(0, result.Exit);
        var clusters = Clusters(result.Out);
        Assert.Equal(["wire", "budget", "velka", "marrow", "own"], clusters.Keys);
        Assert.Equal(clusters["wire"], clusters["own"]);
        Assert.Equal(4, clusters.Values.Distinct().Count());
    }

    [Theory]
    [InlineData("--block", "0")]
    [InlineData("--refine-passes", "-1")]
    public void A_bad_block_size_or_pass_count_is_a_usage_error(string option, string value)
    {
        var input = Input(("wire", FerryWire, 0));

        var result = CliRun.Run("cluster", "--input", input, option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--block must be at least 1", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Bad_lines_are_diagnosed_and_the_rest_clustered()
    {
        // Given a good line, a line that is not JSON and a repeated id
        var path = Path.Combine(_dir, "mixed.jsonl");
        File.WriteAllLines(path, [
            JsonSerializer.Serialize(new { id = "wire", text = FerryWire }),
            "{not json",
            JsonSerializer.Serialize(new { id = "wire", text = Budget }),
        ]);

        // When clustered in blocks of two lines
        var result = CliRun.Run("cluster", "--input", path, "--block", "2");

        // Then the good line is clustered, each bad line is named, and the exit says the run was partial
        Assert.Equal(["wire"], Clusters(result.Out).Keys);
        Assert.Contains("mixed.jsonl:2", result.Error, StringComparison.Ordinal);
        Assert.Contains("input.duplicate-id", result.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, result.Exit);
    }
}
