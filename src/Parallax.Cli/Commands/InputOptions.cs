using System.CommandLine;
using Parallax.Ingest;

namespace Parallax.Cli.Commands;

/// <summary>The input arguments and options that every command reading documents shares.</summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> _paths;
    private readonly Option<int> _threads = CommonOptions.Threads();
    private readonly Option<DateTimeOffset?> _published = CommonOptions.Published();
    private readonly Option<string> _stdin = CommonOptions.StdinFormat();

    private InputOptions(string description) => _paths = CommonOptions.Paths(description);

    public static InputOptions Create(string description) => new(description);

    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        command.Options.Add(_threads);
        command.Options.Add(_published);
        command.Options.Add(_stdin);
    }

    public IReadOnlyList<string> Paths(ParseResult parse) => parse.GetValue(_paths) ?? [];

    public int Threads(ParseResult parse) => parse.GetValue(_threads);

    public IngestOptions Options(ParseResult parse) => new()
    {
        Published = parse.GetValue(_published),
        Stdin = parse.GetValue(_stdin) switch
        {
            "html" => StdinFormat.Html,
            "text" => StdinFormat.Text,
            "jsonl" => StdinFormat.Jsonl,
            _ => StdinFormat.Sniff,
        },
    };
}
