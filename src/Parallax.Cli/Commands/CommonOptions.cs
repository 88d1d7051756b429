using System.CommandLine;
using System.Globalization;

namespace Parallax.Cli.Commands;

/// <summary>Options shared by several commands, made fresh per command (System.CommandLine symbols have one parent).</summary>
internal static class CommonOptions
{
    public static readonly string[] ReportFormats = ["text", "md", "html", "json"];

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Db() => new("--db")
    {
        Description = "The store file (default: $PARALLAX_DB, else the user's data directory: parallax/parallax.db).",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Documents processed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--threads must be 1 or more."); } } },
    };

    public static Option<DateTimeOffset?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD or ISO 8601) for inputs that do not state one; NAME.meta.json beside a file wins.",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return value;
            }

            r.AddError($"--published: '{text}' is not a date (use YYYY-MM-DD).");
            return null;
        },
    };

    public static Option<string> Format(string[] formats, string fallback) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => fallback,
    }.AcceptOnlyFromAmong(formats);

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output.",
    };

    public static Option<string> StdinFormat() => new Option<string>("--stdin-format")
    {
        Description = "What '-' (standard input) holds: html, text, jsonl or auto (sniffed).",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "html", "text", "jsonl");
}
