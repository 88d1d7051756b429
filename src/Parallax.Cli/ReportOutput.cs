using System.Text;
using Parallax.Comparison;
using Parallax.Pipeline;

namespace Parallax.Cli;

/// <summary>Writes rendered reports to standard output or to a file (written whole, then moved into place).</summary>
internal static class ReportOutput
{
    public static int Write(CliContext context, IReportWriter writer, IReadOnlyList<ComparisonReport> reports, string? outPath)
    {
        if (outPath is null)
        {
            Render(writer, reports, context.Out);
            return ExitCodes.Ok;
        }

        var full = Path.GetFullPath(outPath);
        var temp = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var file = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
            {
                Render(writer, reports, file);
            }

            File.Move(temp, full, overwrite: true);
            context.Error.WriteLine($"parallax: wrote {full}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            context.Error.WriteLine($"parallax: cannot write {full}: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder itself is missing or closed to us: there is nothing to clean up.
        }
    }

    /// <summary>One report as itself; several JSON reports as one JSON array, other formats one after another.</summary>
    private static void Render(IReportWriter writer, IReadOnlyList<ComparisonReport> reports, TextWriter target)
    {
        var asArray = writer.Format == "json" && reports.Count != 1;
        if (asArray)
        {
            target.Write('[');
        }

        for (var i = 0; i < reports.Count; i++)
        {
            if (asArray && i > 0)
            {
                target.Write(',');
            }

            writer.Write(reports[i], target);
        }

        if (asArray)
        {
            target.WriteLine(']');
        }
    }
}
