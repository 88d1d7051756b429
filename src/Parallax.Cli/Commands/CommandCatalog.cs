using System.CommandLine;

namespace Parallax.Cli.Commands;

/// <summary>The subcommands of `parallax`, in help order. A new command adds one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return ClusterCommand.Create(context);
    }
}
