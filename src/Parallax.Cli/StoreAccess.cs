using Parallax.Storage;
using Parallax.Storage.Sqlite;

namespace Parallax.Cli;

/// <summary>Opens the store named by --db (or the default location), turning failures into a message and an exit code.</summary>
internal static class StoreAccess
{
    public static IArticleStore? Open(CliContext context, string? db)
    {
        try
        {
            return new SqliteArticleStore(db ?? StoreLocation.Default());
        }
        catch (StoreException e)
        {
            context.Error.WriteLine($"parallax: {e.Message}");
            return null;
        }
    }
}
