using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>`parallax report STORY`: the cross-source report of one stored story.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var story = new Argument<string>("story") { Description = "The story id, or a unique prefix of it (see `parallax stories`)." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(CommonOptions.ReportFormats, "text");
        var output = CommonOptions.Out();
        var command = new Command("report", "Print the cross-source report of a stored story.") { story, db, format, output };
        command.SetAction((parse, ct) =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(db));
            if (store is null)
            {
                return Task.FromResult(ExitCodes.StoreError);
            }

            try
            {
                var id = parse.GetValue(story)!;
                var found = store.GetStory(id);
                if (found is null)
                {
                    context.Error.WriteLine($"parallax: no story '{id}' in {StoreDescription(parse.GetValue(db))}; `parallax stories` lists them");
                    return Task.FromResult(ExitCodes.NotFound);
                }

                var engine = context.Engine;
                var articles = found.ArticleIds
                    .Select(store.Get)
                    .OfType<Documents.Article>()
                    .Select(a => engine.Analyzer.Analyze(a, ct))
                    .ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
                var report = engine.CompareStory(found, articles);
                return Task.FromResult(ReportOutput.Write(context, engine.Writers[parse.GetValue(format)!], [report], parse.GetValue(output)));
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return Task.FromResult(ExitCodes.StoreError);
            }
        });
        return command;
    }

    private static string StoreDescription(string? db) => db ?? StoreLocation.Default();
}
