using System.Text;
using Parallax.Cli;

namespace Parallax.Tests.Cli;

/// <summary>The result of one in-process `parallax` run.</summary>
internal sealed record CliResult(int Exit, string Out, string Error);

/// <summary>Runs the CLI in-process with string writers and, when given, a store path and standard input.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args) => RunWithStdin(null, args);

    public static CliResult RunWithStdin(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error)
        {
            Reader = new Parallax.Ingest.InputReader(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? ""))),
        };
        var exit = Program.Run(args, context, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
