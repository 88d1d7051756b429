using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary>`parallax compare FILES...`: the whole path on the given inputs as one story, without the store.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = InputOptions.Create("The articles to compare: files, folders, or - for standard input.");
        var format = CommonOptions.Format(CommonOptions.ReportFormats, "text");
        var output = CommonOptions.Out();
        var command = new Command("compare", "Compare the given articles as one story and print the report; the store is not touched.") { format, output };
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var engine = context.Engine;
            var processed = await new Workflow(context, engine, context.Reader)
                .ProcessAsync(inputs.Paths(parse), inputs.Options(parse), inputs.Threads(parse), "compared", ct);
            if (processed.Articles.Count == 0)
            {
                context.Error.WriteLine("parallax: no article could be read from the inputs");
                return ExitCodes.InputError;
            }

            var report = engine.CompareAsOne(processed.Articles);
            var written = ReportOutput.Write(context, engine.Writers[parse.GetValue(format)!], [report], parse.GetValue(output));
            return written != ExitCodes.Ok ? written : processed.ExitCode;
        });
        return command;
    }
}
