using System.Text.Json;
using Parallax.Cli;
using Parallax.Tests.Storage;

namespace Parallax.Tests.Cli;

/// <summary>`parallax annotate`: the JSON Lines face of the text analyzer that the NER, time and quote evals read.</summary>
public sealed class AnnotateCommandTests : IDisposable
{
    private const string Story =
        "Russian Defence Minister Sergei Shoigu said yesterday that 3,000 troops had arrived in Tajikistan. "
        + "\"We are ready to help our allies,\" Shoigu told reporters in Moscow.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Line(string id, string text, string? dct = null) =>
        JsonSerializer.Serialize(dct is null ? new Dictionary<string, string> { ["id"] = id, ["text"] = text } : new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["dct"] = dct });

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private (CliResult Result, List<JsonElement> Output) Annotate(string inputJsonl, params string[] extra)
    {
        var input = _folder.File("input.jsonl", inputJsonl);
        var output = Path.Combine(_folder.Path, "output.jsonl");
        var result = CliRun.Run(["annotate", "--input", input, "--output", output, .. extra]);
        return (result, File.Exists(output) ? Lines(File.ReadAllText(output)) : []);
    }

    [Fact]
    public void Each_line_gets_entities_times_quantities_attributions_and_sentences_in_the_scorer_shape()
    {
        // Given one article line with a dct
        var input = Line("a1", Story, "2021-07-28") + "\n";

        // When it is annotated
        var (result, output) = Annotate(input);

        // Then one line comes out with the id and every layer, entity types the NER scorer knows, and role lists for quotes
        Assert.Equal(ExitCodes.Ok, result.Exit);
        var line = Assert.Single(output);
        Assert.Equal("a1", line.GetProperty("id").GetString());
        Assert.Equal(
            ["attributions", "entities", "events", "id", "quantities", "sentences", "statements", "timexes"],
            line.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var entities = line.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "Sergei Shoigu" && e.GetProperty("type").GetString() == "PER");
        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "Tajikistan" && e.GetProperty("type").GetString() == "LOC");
        var moscow = Assert.Single(entities, e => e.GetProperty("text").GetString() == "Moscow");
        Assert.Equal("RU", moscow.GetProperty("country").GetString());
        Assert.Equal(55.75, moscow.GetProperty("coordinates")[0].GetDouble(), 0.5);
        Assert.Equal(37.62, moscow.GetProperty("coordinates")[1].GetDouble(), 0.5);
        Assert.All(entities, e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "PER", "ORG", "LOC", "MISC" }));
        Assert.All(entities, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("kind").GetString())));
        var quantity = Assert.Single(line.GetProperty("quantities").EnumerateArray());
        Assert.Equal(3000, quantity.GetProperty("value").GetDouble());
        Assert.Equal(2, line.GetProperty("sentences").GetArrayLength());
        Assert.All(line.GetProperty("statements").EnumerateArray(), s => Assert.Equal("attributed", s.GetProperty("status").GetString()));
        Assert.Equal(2, line.GetProperty("statements").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, line.GetProperty("events").ValueKind);
        var quote = Assert.Single(line.GetProperty("attributions").EnumerateArray(), a => a.GetProperty("kind").GetString() == "direct");
        Assert.Equal(JsonValueKind.Array, quote.GetProperty("content").ValueKind);
        Assert.Equal(JsonValueKind.Array, quote.GetProperty("source").ValueKind);
        Assert.Equal("Sergei Shoigu", quote.GetProperty("speaker").GetString());
    }

    [Fact]
    public void Every_offset_slices_the_input_text()
    {
        // Given an article line
        var (result, output) = Annotate(Line("a1", Story, "2021-07-28") + "\n");

        // When its spans are cut out of the input text
        var line = Assert.Single(output);
        string Cut(JsonElement span) => Story[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

        // Then entity, time and quantity spans give back their text, and quote roles cover the quote, the cue and the speaker
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.All(line.GetProperty("entities").EnumerateArray(), e => Assert.Equal(e.GetProperty("text").GetString(), Cut(e)));
        Assert.All(line.GetProperty("timexes").EnumerateArray(), t => Assert.Equal(t.GetProperty("text").GetString(), Cut(t)));
        Assert.All(line.GetProperty("quantities").EnumerateArray(), q => Assert.Equal(q.GetProperty("text").GetString(), Cut(q)));
        var quote = Assert.Single(line.GetProperty("attributions").EnumerateArray(), a => a.GetProperty("kind").GetString() == "direct");
        Assert.Equal("\"We are ready to help our allies,\"", Cut(quote.GetProperty("content")[0]));
        Assert.Equal("told", Cut(quote.GetProperty("cue")[0]));
        Assert.Equal("Shoigu", Cut(quote.GetProperty("source")[0]));
        Assert.Equal(Story.Length, line.GetProperty("sentences").EnumerateArray().Last().GetProperty("end").GetInt32());
    }

    [Theory]
    [InlineData("2021-07-28", "2021-07-27")]
    [InlineData("2021-07-28T23:30:00", "2021-07-27")]
    [InlineData("1998-03-01", "1998-02-28")]
    public void The_dct_anchors_yesterday(string dct, string expected)
    {
        // Given an article line that says "yesterday", with a document creation time
        var (result, output) = Annotate(Line("a1", Story, dct) + "\n");

        // When it is annotated
        var timex = Assert.Single(Assert.Single(output).GetProperty("timexes").EnumerateArray());

        // Then "yesterday" is the day before the dct
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal("yesterday", timex.GetProperty("text").GetString());
        Assert.Equal("DATE", timex.GetProperty("type").GetString());
        Assert.Equal(expected, timex.GetProperty("value").GetString());
    }

    [Fact]
    public void Bad_lines_are_named_with_their_line_numbers_and_the_good_lines_are_written()
    {
        // Given good lines around a broken JSON line, a line without text, a non-object and a blank line
        var input = string.Join('\n', Line("a1", Story), "{\"id\": \"a2\", \"text\": ", "{\"id\": \"a3\"}", "[1, 2]", "", Line("a6", "Nothing to see here.")) + "\n";

        // When the file is annotated
        var (result, output) = Annotate(input);

        // Then each bad line is reported as file:line with its reason, and the good lines come out in order
        Assert.Equal(ExitCodes.Partial, result.Exit);
        Assert.Contains("input.jsonl:2: error input.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("input.jsonl:3: error input.missing-field", result.Error, StringComparison.Ordinal);
        Assert.Contains("input.jsonl:4: error input.not-object", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("input.jsonl:5", result.Error, StringComparison.Ordinal);
        Assert.Equal(["a1", "a6"], output.Select(o => o.GetProperty("id").GetString()));
        Assert.Contains("5 lines, 2 annotated, 3 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_dct_is_a_warning_and_the_line_is_still_annotated()
    {
        // Given a line whose dct is not a date
        // When it is annotated
        var (result, output) = Annotate(Line("a1", Story, "last Tuesday") + "\n");

        // Then the dct is named in a warning and the line is still written
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Contains("input.jsonl:1: warning input.bad-dct", result.Error, StringComparison.Ordinal);
        Assert.Single(output);
    }

    [Fact]
    public void Two_threads_keep_the_input_order()
    {
        // Given many lines of very different lengths, so that later lines finish first
        var lines = Enumerable.Range(0, 60)
            .Select(i => Line($"doc-{i:D2}", string.Concat(Enumerable.Repeat(Story + " ", i % 7 == 0 ? 40 : 1)), "2021-07-28"));
        var input = string.Join('\n', lines) + "\n";

        // When they are annotated on two threads
        var (result, output) = Annotate(input, "--threads", "2");

        // Then the output lines are in input order
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"doc-{i:D2}"), output.Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public void Without_output_the_lines_go_to_stdout()
    {
        // Given two lines and no --output
        var input = _folder.File("input.jsonl", Line("a1", Story) + "\n" + Line("a2", Story) + "\n");

        // When they are annotated
        var result = CliRun.Run("annotate", "--input", input);

        // Then both lines are on standard output, in order
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal(["a1", "a2"], Lines(result.Out).Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public void Offsets_count_code_points_when_the_text_has_characters_outside_the_BMP()
    {
        // Given a text with an emoji (two UTF-16 units, one code point) before a name
        var text = "\U0001F600 Russian Defence Minister Sergei Shoigu said the troops had arrived.";

        // When it is annotated
        var (_, output) = Annotate(Line("a1", text) + "\n");

        // Then the offsets are code point offsets, as the shared scorers count them
        var person = Assert.Single(Assert.Single(output).GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "PER");
        Assert.Equal(text.IndexOf("Sergei", StringComparison.Ordinal) - 1, person.GetProperty("start").GetInt32());
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error()
    {
        // Given no input file
        // When annotate is pointed at it
        var result = CliRun.Run("annotate", "--input", Path.Combine(_folder.Path, "nope.jsonl"));

        // Then it is a usage error that says so
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("input file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_prints_each_stage_and_the_collections_without_changing_the_output()
    {
        // Given one article line
        var input = Line("a1", Story, "2021-07-28") + "\n";

        // When it is annotated with and without --profile
        var (plain, plainOutput) = Annotate(input);
        var plainText = plainOutput.Select(o => o.GetRawText()).ToList();
        var (profiled, profiledOutput) = Annotate(input, "--profile");

        // Then the profile goes to stderr with a line per stage and the collections, and the annotations are the same
        Assert.Equal(ExitCodes.Ok, profiled.Exit);
        Assert.DoesNotContain("Entities", plain.Error, StringComparison.Ordinal);
        foreach (var stage in new[] { "Tokens", "Sentences", "Time", "Entities", "Quantities", "Quotes", "Statements", "Events" })
        {
            Assert.Contains("\n" + stage + " ", profiled.Error, StringComparison.Ordinal);
        }

        Assert.Contains("gc: ", profiled.Error, StringComparison.Ordinal);
        Assert.Equal(plainText, profiledOutput.Select(o => o.GetRawText()));
    }

    [Fact]
    public void Layers_basic_writes_the_first_part_only_and_the_same_values()
    {
        // Given one article line
        var input = Line("a1", Story, "2021-07-28") + "\n";

        // When it is annotated with all layers, with the basic ones only, and with basic plus events
        var (_, all) = Annotate(input);
        var (basicRun, basic) = Annotate(input, "--layers", "basic");
        var (_, withEvents) = Annotate(input, "--layers", "basic,events");

        // Then the basic line has no quote, statement or event keys, and its entities, times and quantities are those of the full line
        Assert.Equal(ExitCodes.Ok, basicRun.Exit);
        var line = Assert.Single(basic);
        Assert.Equal(["entities", "id", "quantities", "sentences", "timexes"], line.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var key in new[] { "entities", "timexes", "quantities", "sentences" })
        {
            Assert.Equal(Assert.Single(all).GetProperty(key).GetRawText(), line.GetProperty(key).GetRawText());
        }

        var events = Assert.Single(withEvents);
        Assert.Equal(Assert.Single(all).GetProperty("events").GetRawText(), events.GetProperty("events").GetRawText());
        Assert.False(events.TryGetProperty("attributions", out _));
    }

    [Theory]
    [InlineData("quotes,bogus")]
    [InlineData("everything")]
    public void An_unknown_layer_is_a_usage_error(string layers)
    {
        var input = _folder.File("input.jsonl", Line("a1", Story) + "\n");
        var result = CliRun.Run("annotate", "--input", input, "--layers", layers);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--layers takes", result.Error, StringComparison.Ordinal);
    }
}
