using System.Diagnostics;
using Parallax.Pipeline;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// Shows pipeline progress on standard error: a live line on a terminal, plain lines (at most one a second,
/// plus a final one) when standard error is redirected or written to by a test.
/// </summary>
internal sealed class ProgressDisplay : IProgress<PipelineProgress>, IDisposable
{
    private readonly TextWriter _error;
    private readonly IAnsiConsole? _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastPrinted = TimeSpan.Zero;
    private PipelineProgress _last;

    public ProgressDisplay(TextWriter error, string verb)
    {
        _error = error;
        Verb = verb;
        var isTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        _terminal = isTerminal
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            : null;
    }

    public string Verb { get; }

    public void Report(PipelineProgress value)
    {
        lock (_gate)
        {
            _last = value;
            var now = _clock.Elapsed;
            if (_terminal is not null)
            {
                var name = value.Last.Length > 50 ? "…" + value.Last[^49..] : value.Last;
                _terminal.Write(new Markup($"\r[grey]{Verb}[/] [bold]{value.Done}[/] ({value.Failed} failed) {Markup.Escape(name)}\u001b[K"));
            }
            else if (now - _lastPrinted >= TimeSpan.FromSeconds(1))
            {
                _lastPrinted = now;
                _error.WriteLine($"parallax: {Verb} {value.Done} documents ({value.Failed} failed), last: {value.Last}");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_terminal is not null)
            {
                _terminal.Write("\r\u001b[K");
            }

            var rate = _last.Done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            _error.WriteLine($"parallax: {Verb} {_last.Done} documents ({_last.Failed} failed) in {_clock.Elapsed.TotalSeconds:0.0} s ({rate:0.0}/s)");
        }
    }
}
