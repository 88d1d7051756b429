using System.CommandLine;
using Parallax.Comparison;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>`parallax analyze PATH...`: ingest, then print the cross-source report of every story the inputs belong to.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = InputOptions.Create("Files (.html, .htm, .txt, .jsonl), folders, or - for standard input.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(CommonOptions.ReportFormats, "text");
        var output = CommonOptions.Out();
        var command = new Command("analyze", "Ingest inputs and print the cross-source report of each story they belong to.") { db, format, output };
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(db));
            if (store is null)
            {
                return ExitCodes.StoreError;
            }

            IngestOutcome outcome;
            try
            {
                outcome = await Ingestion.RunAsync(context, store, inputs.Paths(parse), inputs.Options(parse), inputs.Threads(parse), ct);
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return ExitCodes.StoreError;
            }

            Ingestion.PrintResults(context.Error, outcome);
            var engine = context.Engine;
            var mine = outcome.Inputs.Articles.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<ComparisonReport> reports;
            try
            {
                var (stories, byId) = Ingestion.StoriesOfInputs(engine, store, outcome, ct);
                reports = [.. stories.Where(s => s.ArticleIds.Any(mine.Contains)).Select(s => engine.CompareStory(s, byId))];
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return ExitCodes.StoreError;
            }

            var written = ReportOutput.Write(context, engine.Writers[parse.GetValue(format)!], reports, parse.GetValue(output));
            return written != ExitCodes.Ok ? written : outcome.Inputs.ExitCode;
        });
        return command;
    }
}
