using System.CommandLine;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>The `parallax` command. Each subcommand lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("Parallax: compare how news outlets report one event, claim by claim, with evidence.");
        foreach (var command in CommandCatalog.All(context))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("parallax: cancelled");
            return ExitCodes.Cancelled;
        }
    }
}
