namespace Parallax.Storage;

/// <summary>Where the embedded store lives when the user does not say.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "PARALLAX_DB";

    /// <summary>
    /// $PARALLAX_DB if set, else $XDG_DATA_HOME/parallax/parallax.db, else the local application data
    /// folder's parallax/parallax.db. Creates the folder; throws <see cref="StoreException"/> when it cannot.
    /// </summary>
    public static string Default() => Default(Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Default()"/>, reading the environment through <paramref name="environment"/>.</summary>
    public static string Default(Func<string, string?> environment)
    {
        var path = Resolve(environment);
        EnsureFolder(path);
        return path;
    }

    /// <summary>The default path, without creating anything.</summary>
    public static string Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(EnvironmentVariable) is { Length: > 0 } explicitPath)
        {
            return Path.GetFullPath(explicitPath);
        }

        var dataHome = environment("XDG_DATA_HOME");
        var root = string.IsNullOrWhiteSpace(dataHome)
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify)
            : dataHome;
        return Path.GetFullPath(Path.Combine(root, "parallax", "parallax.db"));
    }

    /// <summary>Creates the folder that will hold <paramref name="path"/>, or says why it cannot.</summary>
    internal static void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StoreException($"cannot open store {path}: cannot create directory {folder}: {ex.Message}", ex);
        }
    }
}
