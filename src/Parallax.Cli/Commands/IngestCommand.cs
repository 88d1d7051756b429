using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>`parallax ingest PATH...`: read, extract and analyse inputs, store them and regroup the stories.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = InputOptions.Create("Files (.html, .htm, .txt, .jsonl), folders, or - for standard input.");
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Read inputs, extract and analyse the articles, store them and update the stories.") { db };
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(db));
            if (store is null)
            {
                return ExitCodes.StoreError;
            }

            try
            {
                var outcome = await Ingestion.RunAsync(context, store, inputs.Paths(parse), inputs.Options(parse), inputs.Threads(parse), ct);
                Ingestion.PrintResults(context.Out, outcome);
                return outcome.Inputs.ExitCode;
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return ExitCodes.StoreError;
            }
        });
        return command;
    }
}
