using Parallax.Storage;

namespace Parallax.Tests.Storage;

public sealed class StoreLocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void PARALLAX_DB_wins_over_XDG_DATA_HOME()
    {
        var explicitPath = Path.Combine(_folder.Path, "mine", "x.db");
        var env = Env(("PARALLAX_DB", explicitPath), ("XDG_DATA_HOME", "/elsewhere"));

        var path = StoreLocation.Default(env);

        Assert.Equal(explicitPath, path);
        Assert.True(Directory.Exists(Path.GetDirectoryName(explicitPath)));
    }

    [Fact]
    public void XDG_DATA_HOME_gives_a_parallax_folder()
    {
        var path = StoreLocation.Default(Env(("XDG_DATA_HOME", _folder.Path)));

        Assert.Equal(Path.Combine(_folder.Path, "parallax", "parallax.db"), path);
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "parallax")));
    }

    [Fact]
    public void Without_either_variable_the_local_application_data_folder_is_used()
    {
        var path = StoreLocation.Resolve(Env());

        Assert.EndsWith(Path.Combine("parallax", "parallax.db"), path, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(path));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_a_store_exception()
    {
        var blocker = _folder.File("file", "x");

        var error = Assert.Throws<StoreException>(() => StoreLocation.Default(Env(("PARALLAX_DB", Path.Combine(blocker, "x.db")))));

        Assert.Contains("cannot create directory", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal)).Value;
}
