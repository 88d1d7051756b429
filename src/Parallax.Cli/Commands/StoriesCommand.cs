using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Storage;
using Parallax.Stories;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>`parallax stories`: the stored stories, as a table or as JSON.</summary>
internal static class StoriesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(["text", "json"], "text");
        var search = new Option<string?>("--search") { Description = "only stories with an article matching every word, best match first" };
        var limit = new Option<int>("--limit") { Description = "with --search: most stories listed", DefaultValueFactory = _ => 20 };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "first regroup every stored article into stories from scratch (analyses them all; ingest updates stories incrementally)",
        };
        var command = new Command("stories", "List the stored stories: id, articles, outlets, independent sources, dates, title.") { db, format, search, limit, rebuild };
        command.SetAction((parse, ct) =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(db));
            if (store is null)
            {
                return Task.FromResult(ExitCodes.StoreError);
            }

            try
            {
                if (parse.GetValue(rebuild))
                {
                    Ingestion.Store(context.Engine, store, [], rebuild: true, ct);
                }

                var query = parse.GetValue(search);
                var stories = query is null ? store.Stories() : store.SearchStories(query, Math.Max(1, parse.GetValue(limit)));
                if (parse.GetValue(format) == "json")
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(stories, Json));
                }
                else
                {
                    WriteTable(context.Out, stories);
                }

                return Task.FromResult(ExitCodes.Ok);
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return Task.FromResult(ExitCodes.StoreError);
            }
        });
        return command;
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<Story> stories)
    {
        if (stories.Count == 0)
        {
            writer.WriteLine("No stories stored yet: `parallax ingest PATH...` adds articles.");
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("story").AddColumn("articles").AddColumn("sources").AddColumn("outlets").AddColumn("first").AddColumn("last").AddColumn("title");
        foreach (var s in stories)
        {
            table.AddRow(
                Markup.Escape(s.Id),
                s.ArticleIds.Count.ToString(CultureInfo.InvariantCulture),
                s.IndependentSources.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", s.Outlets)),
                s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                s.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(s.Title));
        }

        console.Write(table);
    }
}
