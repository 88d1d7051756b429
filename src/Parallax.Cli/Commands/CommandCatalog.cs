using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary>The subcommands of `parallax`, in help order. A new command adds one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        IngestCommand.Create(context),
        AnalyzeCommand.Create(context),
        StoriesCommand.Create(context),
        ReportCommand.Create(context),
        CompareCommand.Create(context),
        ExtractCommand.Create(context),
        ClusterCommand.Create(context),
        AnnotateCommand.Create(context),
    ];
}
