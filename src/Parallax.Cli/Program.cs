using System.CommandLine;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>The `parallax` command. Each subcommand lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return Run(args, new CliContext(Console.Out, Console.Error), cancel.Token);
    }

    /// <summary>Runs the command line in-process (tests call this with string writers).</summary>
    public static int Run(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Parallax: compare how news outlets report one event, claim by claim, with evidence.");
        foreach (var command in CommandCatalog.All(context))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"parallax: {error.Message}");
            }

            var name = parsed.CommandResult.Command == root ? "" : " " + parsed.CommandResult.Command.Name;
            context.Error.WriteLine($"Run 'parallax{name} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error }, cancellationToken)
                .GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("parallax: cancelled");
            return ExitCodes.Cancelled;
        }
    }
}
