namespace Parallax.Documents;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something a stage wants the user to know about one input: a parse problem, a guess, a limit hit.
/// <see cref="Code"/> is stable and machine-readable (e.g. "charset.mismatch"); <see cref="Message"/> is for people.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? Source = null)
{
    public override string ToString() => Source is null
        ? $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}"
        : $"{Source}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>A thrown form of an error diagnostic, for inputs that cannot be processed at all.</summary>
public sealed class InputException : Exception
{
    public InputException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    public InputException()
        : this(new Diagnostic(Severity.Error, "input", "bad input"))
    {
    }

    public InputException(string message)
        : this(new Diagnostic(Severity.Error, "input", message))
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner) => Diagnostic = new Diagnostic(Severity.Error, "input", message);

    public Diagnostic Diagnostic { get; }
}
