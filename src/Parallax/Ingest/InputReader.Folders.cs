using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Parallax.Ingest;

public sealed partial class InputReader
{
    /// <summary>
    /// Reads every file with a supported extension in a folder and its subfolders, in ordinal name order,
    /// files before subfolders. Sidecars (*.meta.json), other extensions, hidden entries (".name") and
    /// symbolic links to folders are passed over.
    /// </summary>
    private static async IAsyncEnumerable<IngestItem> ReadFolderAsync(string folder, int depth, IngestOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!TryList(folder, out var files, out var folders, out var problem))
        {
            yield return problem;
            yield break;
        }

        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            if (IsHidden(file) || Sidecar.IsSidecar(file) || FormatOf(file) is null)
            {
                continue;
            }

            await foreach (var item in ReadFileAsync(file, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        foreach (var sub in folders)
        {
            if (IsHidden(sub) || IsLink(sub))
            {
                continue;
            }

            if (depth + 1 > options.MaxFolderDepth)
            {
                yield return Error(IngestCodes.TooDeep, $"folder nesting deeper than {options.MaxFolderDepth} levels; not read", sub);
                continue;
            }

            await foreach (var item in ReadFolderAsync(sub, depth + 1, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private static bool TryList(string folder, out string[] files, out string[] folders, [NotNullWhen(false)] out IngestItem? problem)
    {
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            (files, folders) = ([], []);
            problem = Error(IngestCodes.Unreadable, $"cannot list the folder: {ex.Message}", folder);
            return false;
        }
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    private static bool IsLink(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not knowing whether it is a link, read it: listing it reports the same problem as a diagnostic.
            return false;
        }
    }
}
